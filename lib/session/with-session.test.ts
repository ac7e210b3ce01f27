import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { errorResponse, RouteError } from './with-session';

afterEach(() => vi.restoreAllMocks());

const request = () =>
  new NextRequest('http://warren.test/api/queues/actions?name=x', {
    method: 'POST',
    headers: { cookie: 'warren_session=Fe26.2**sealed-secret', authorization: 'Basic c2VjcmV0' },
  });

describe('errorResponse', () => {
  it('answers an unexpected error with the generic 500 envelope and logs it once, without cookies or credentials', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = errorResponse(new TypeError('boom'), request());
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({
      error: { code: 'INTERNAL', message: 'Warren hit an unexpected error; the details are in its server log.' },
    });
    expect(log).toHaveBeenCalledTimes(1);
    const line = log.mock.calls[0]!.map(String).join(' ');
    expect(line).toContain('POST /api/queues/actions failed');
    expect(line).toContain('boom');
    expect(line).not.toMatch(/sealed-secret|c2VjcmV0|name=x/);
  });

  it('passes a route’s or the broker’s own error on as it is, with its headers, and logs nothing', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const limited = errorResponse(new RouteError('RATE_LIMITED', 'Too many failed logins; try again in 4 s.', { 'retry-after': '4' }), request());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('4');
    const refused = errorResponse(new BrokerError('ACCESS_REFUSED', 'access to vhost refused'), request());
    expect([refused.status, (await refused.json()).error.code]).toEqual([403, 'ACCESS_REFUSED']);
    expect(log).not.toHaveBeenCalled();
  });
});

import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { errorResponse, RouteError, withoutSession } from './with-session';

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

describe('maxBodyBytes', () => {
  const schema = { body: z.object({ text: z.string() }), maxBodyBytes: 64 };
  const handler = withoutSession(schema, async ({ body }) => ({ length: body.text.length }));
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    handler(
      new NextRequest('http://warren.test/api/definitions/preview', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        // Node's fetch needs this for a streamed body.
        ...(typeof body === 'object' && 'getReader' in body ? { duplex: 'half' } : {}),
      } as ConstructorParameters<typeof NextRequest>[1]),
      { params: Promise.resolve({}) },
    );

  beforeEach(() => vi.stubEnv('WARREN_AUDIT_FILE', 'off'));
  afterEach(() => vi.unstubAllEnvs());

  it('reads a body within the limit', async () => {
    const response = await post(JSON.stringify({ text: 'hello' }));
    expect([response.status, await response.json()]).toEqual([200, { length: 5 }]);
  });

  it('refuses a larger body by its declared length, and one without a length (streamed) once it passes the limit', async () => {
    // Refused before a byte is read: the declared length alone is too large.
    const declared = await post(JSON.stringify({ text: 'x' }), { 'content-length': '1000' });
    expect([declared.status, (await declared.json()).error.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    const chunk = new TextEncoder().encode(JSON.stringify({ text: 'y'.repeat(100) }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(chunk.slice(0, 40));
        controller.enqueue(chunk.slice(40));
        controller.close();
      },
    });
    const streamed = await post(stream);
    expect([streamed.status, (await streamed.json()).error.message]).toEqual([413, 'The request body is larger than this route takes (64 bytes at most)']);
  });
});

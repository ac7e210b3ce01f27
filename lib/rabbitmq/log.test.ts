import { afterEach, describe, expect, it, vi } from 'vitest';
import { logBrokerProblem, redactUrl } from './log';

afterEach(() => vi.restoreAllMocks());

describe('broker problems in the server log', () => {
  it('never writes credentials of a URL', () => {
    expect(redactUrl('http://admin:s3cret@rabbit-1:15672/')).toBe('http://rabbit-1:15672');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    logBrokerProblem('management API unreachable', 'http://admin:s3cret@rabbit-1:15672', 'ECONNREFUSED', 1);
    expect(warn).toHaveBeenCalledWith('[warren] management API unreachable at http://rabbit-1:15672: ECONNREFUSED');
  });

  it('writes the same problem once a minute, not on every poll', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (let t = 0; t < 50; t++) logBrokerProblem('AMQP listener unreachable', 'amqp://rabbit-2:5672', 'ECONNRESET', 1_000_000 + t * 1000);
    expect(warn).toHaveBeenCalledTimes(1);
    logBrokerProblem('AMQP listener unreachable', 'amqp://rabbit-2:5672', 'ECONNRESET', 1_000_000 + 61_000);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '@/lib/api/errors';
import { BrokerError, brokerErrorFromResponse } from './errors';

const reason = (text: string, error = 'bad_request') => ({ error, reason: text });

describe('brokerErrorFromResponse', () => {
  it('reads the AMQP-style code at the start of the reason, whatever the HTTP status', () => {
    const cases: Array<[number, string, string]> = [
      [400, "PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'q' in vhost '/'", 'PRECONDITION_FAILED'],
      [400, "ACCESS_REFUSED - queue name 'amq.x' contains reserved prefix 'amq.*'", 'ACCESS_REFUSED'],
      [400, "NOT_FOUND - no exchange 'nope' in vhost '/'", 'NOT_FOUND'],
      [400, "RESOURCE_LOCKED - cannot obtain exclusive access to locked queue 'q'", 'RESOURCE_LOCKED'],
    ];
    for (const [status, text, code] of cases) {
      const error = brokerErrorFromResponse(status, reason(text));
      expect(error).toBeInstanceOf(BrokerError);
      expect([error.code, error.message]).toEqual([code, text]);
    }
  });

  it('maps a redeclare with other arguments (3.10 answers 400 "inequivalent arg") to 406 PRECONDITION_FAILED', () => {
    const text = "inequivalent arg 'x-max-length' for queue 'q' in vhost '/': received the value '5' of type 'long' but current is none";
    const error = brokerErrorFromResponse(400, reason(text));
    expect([error.code, error.status, error.message]).toEqual(['PRECONDITION_FAILED', 406, text]);
  });

  it('treats only real login refusals among the 401s as LOGIN_FAILED', () => {
    for (const text of ['Login failed', 'Not management user', 'User can only log in via localhost']) {
      const error = brokerErrorFromResponse(401, reason(text, 'not_authorized'));
      expect([error.code, error.status, error.message]).toEqual(['LOGIN_FAILED', 401, text]);
    }
    // No body at all: the broker did not even get to the user's rights.
    expect(brokerErrorFromResponse(401, '').code).toBe('LOGIN_FAILED');
  });

  it('turns the broker’s 401 refusals of one request of a valid login into 403 ACCESS_REFUSED (they must not end the session)', () => {
    for (const text of [
      'Not administrator user',
      'Not monitor user',
      'User not authorised to access virtual host',
      'User not authorised to access object',
    ]) {
      const error = brokerErrorFromResponse(401, reason(text, 'not_authorised'));
      expect([error.code, error.status, error.message]).toEqual(['ACCESS_REFUSED', 403, text]);
    }
  });

  it('maps plain statuses to their codes', () => {
    const cases: Array<[number, string]> = [
      [400, 'BAD_REQUEST'],
      [403, 'ACCESS_REFUSED'],
      [404, 'NOT_FOUND'],
      [405, 'RESOURCE_LOCKED'],
      [406, 'PRECONDITION_FAILED'],
      [409, 'CONFLICT'],
      [503, 'BROKER_UNREACHABLE'],
      [500, 'BROKER_ERROR'],
      [502, 'BROKER_ERROR'],
    ];
    for (const [status, code] of cases) {
      const error = brokerErrorFromResponse(status, reason('something the broker said', 'whatever'));
      expect(error.code, String(status)).toBe(code);
      expect(error.status).toBe(ERROR_STATUS[error.code]);
    }
  });

  it('keeps the broker’s wording for paging errors', () => {
    const error = brokerErrorFromResponse(400, { error: 'page_out_of_range', reason: 'Page out of range, page: 9 page size: 100, len: 11' });
    expect([error.code, error.message]).toEqual(['BAD_REQUEST', 'Page out of range, page: 9 page size: 100, len: 11']);
  });

  it('says "Not found" for the broker’s bare "Object Not Found"', () => {
    expect(brokerErrorFromResponse(404, { error: 'Object Not Found' }).message).toBe('Not found');
    expect(brokerErrorFromResponse(404, { error: 'Object Not Found', reason: 'Not Found' }).message).toBe('Not Found');
  });

  it('uses a text body, trimmed and capped, when there is no JSON', () => {
    expect(brokerErrorFromResponse(500, '  <html>boom</html>\n').message).toBe('<html>boom</html>');
    expect(brokerErrorFromResponse(500, 'x'.repeat(2000)).message).toHaveLength(500);
  });

  it('falls back to the HTTP status when the body says nothing', () => {
    expect(brokerErrorFromResponse(500, undefined).message).toBe('The broker answered HTTP 500');
    expect(brokerErrorFromResponse(502, { error: 42 }).message).toBe('The broker answered HTTP 502');
  });
});

describe('brokerErrorFromResponse with an Erlang term as the reason', () => {
  // Regression: 3.10's term reasons (lists, not strings) reached the browser as the bare word "bad_request".
  it('says which regular expression PCRE refused and why, from lists of character codes', () => {
    const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!);
    const body = { error: 'bad_request', reason: ['invalid_regexp', codes('a(?<=b+)c'), [codes('lookbehind assertion is not fixed length'), 7]] };
    const error = brokerErrorFromResponse(400, body);
    expect([error.code, error.message]).toEqual([
      'BAD_REQUEST',
      'Invalid regular expression “a(?<=b+)c”: lookbehind assertion is not fixed length (at position 7)',
    ]);
    // Topic permissions send the pattern as a string; a UTF-8 pattern may come as its bytes.
    const utf8 = [...new TextEncoder().encode('水(')];
    expect(brokerErrorFromResponse(400, { error: 'bad_request', reason: ['invalid_regexp', '(', [codes('missing )'), 1]] }).message).toBe(
      'Invalid regular expression “(”: missing ) (at position 1)',
    );
    expect(brokerErrorFromResponse(400, { error: 'bad_request', reason: ['invalid_regexp', utf8, [codes('missing )'), 4]] }).message).toBe(
      'Invalid regular expression “水(”: missing ) (at position 4)',
    );
  });

  it('turns no_such_user into NOT_FOUND, and other terms into their parts', () => {
    const missing = brokerErrorFromResponse(400, { error: 'bad_request', reason: ['no_such_user', 'bob'] });
    expect([missing.code, missing.status, missing.message]).toEqual(['NOT_FOUND', 404, 'User “bob” does not exist']);
    const other = brokerErrorFromResponse(400, { error: 'bad_request', reason: ['not_base64', 'abc'] });
    expect([other.code, other.message]).toEqual(['BAD_REQUEST', 'not_base64: abc']);
  });

  it('keeps the status’s kind of refusal for other terms: a broker failure is not the user’s bad request', () => {
    const failed = brokerErrorFromResponse(500, { error: 'internal_server_error', reason: ['vhost_supervisor_start_failed', 'x'] });
    expect([failed.code, failed.status, failed.message]).toEqual(['BROKER_ERROR', 502, 'vhost_supervisor_start_failed: x']);
    expect(brokerErrorFromResponse(403, { error: 'not_authorised', reason: ['access_refused', 'x'] }).code).toBe('ACCESS_REFUSED');
  });
});

describe('BrokerError', () => {
  it('carries the HTTP status of its code', () => {
    const error = new BrokerError('BROKER_TIMEOUT', 'slow');
    expect([error.name, error.status, error.message, error instanceof Error]).toEqual(['BrokerError', 504, 'slow', true]);
  });
});

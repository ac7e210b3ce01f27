import 'server-only';
import { ERROR_STATUS, type ErrorCode } from '@/lib/api/errors';

/** Any failure talking to RabbitMQ, already mapped to Warren's error codes. */
export class BrokerError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BrokerError';
    this.status = ERROR_STATUS[code];
  }
}

/** AMQP-style reason prefixes RabbitMQ puts in management API errors ("PRECONDITION_FAILED - ..."). */
const REASON_CODES: Array<[RegExp, ErrorCode]> = [
  [/^PRECONDITION_FAILED\b/, 'PRECONDITION_FAILED'],
  [/^ACCESS_REFUSED\b/, 'ACCESS_REFUSED'],
  [/^NOT_FOUND\b/, 'NOT_FOUND'],
  [/^RESOURCE_LOCKED\b/, 'RESOURCE_LOCKED'],
  // 3.10 answers a queue redeclared with other arguments with 400 "inequivalent arg 'x-…' for
  // queue …": over AMQP the same refusal is 406 PRECONDITION_FAILED, and that is what it means.
  [/^inequivalent arg\b/i, 'PRECONDITION_FAILED'],
];

/**
 * The broker answers 401 both for "who are you?" and for "you may not": only these reasons mean
 * the login itself is refused. The others ("Not administrator user", "Not monitor user", "User
 * not authorised to access virtual host", "… object") refuse one request of a valid login: they
 * are 403s and must not end the session.
 */
const LOGIN_REFUSALS = /^(Login failed|Not management user|User can only log in via localhost)$/i;

/**
 * Maps a management API error response to a BrokerError. The body is usually
 * `{"error":"bad_request","reason":"..."}`; the reason is what the user needs to read.
 */
export function brokerErrorFromResponse(status: number, body: unknown): BrokerError {
  const { error, reason } = readErrorBody(body);
  const message = reason || error || `The broker answered HTTP ${status}`;
  for (const [pattern, code] of REASON_CODES) {
    if (pattern.test(message)) return new BrokerError(code, message);
  }
  switch (status) {
    case 400:
      return new BrokerError('BAD_REQUEST', message);
    case 401:
      return new BrokerError(reason && !LOGIN_REFUSALS.test(reason) ? 'ACCESS_REFUSED' : 'LOGIN_FAILED', message);
    case 403:
      return new BrokerError('ACCESS_REFUSED', message);
    case 404:
      return new BrokerError('NOT_FOUND', message === 'Object Not Found' ? 'Not found' : message);
    case 405:
      return new BrokerError('RESOURCE_LOCKED', message);
    case 406:
      return new BrokerError('PRECONDITION_FAILED', message);
    case 409:
      return new BrokerError('CONFLICT', message);
    case 503:
      return new BrokerError('BROKER_UNREACHABLE', message);
    default:
      return new BrokerError('BROKER_ERROR', message);
  }
}

function readErrorBody(body: unknown): { error?: string; reason?: string } {
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    return {
      error: typeof record.error === 'string' ? record.error : undefined,
      reason: typeof record.reason === 'string' ? record.reason : undefined,
    };
  }
  if (typeof body === 'string' && body.trim()) return { reason: body.trim().slice(0, 500) };
  return {};
}

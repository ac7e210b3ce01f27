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
  // A term says what went wrong; the status (or the term's own kind) still says what kind of refusal it is.
  const term = termReason(body);
  if (term?.code) return new BrokerError(term.code, term.message);
  const { error, reason } = readErrorBody(body);
  const message = term?.message || reason || error || `The broker answered HTTP ${status}`;
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

/**
 * 3.10 answers some refusals with an Erlang term as JSON instead of a sentence, its strings as
 * JSON strings or as lists of character codes: `["invalid_regexp", [40], [[109, …], 1]]` for a
 * permission regexp PCRE refuses, `["no_such_user", "bob"]`. Said as a sentence here.
 */
function termReason(body: unknown): { message: string; code?: ErrorCode } | undefined {
  const reason = body && typeof body === 'object' ? (body as Record<string, unknown>).reason : undefined;
  if (!Array.isArray(reason) || reason.length === 0) return undefined;
  const [kind, ...rest] = reason.map(termText);
  if (kind === 'invalid_regexp' && rest.length >= 1) {
    const detail = Array.isArray(reason[2]) ? reason[2].map(termText) : [];
    const where = detail[1] && /^\d+$/.test(detail[1]) ? ` (at position ${detail[1]})` : '';
    return { message: `Invalid regular expression “${rest[0]}”: ${detail[0] ?? 'not accepted by the broker'}${where}`, code: 'BAD_REQUEST' };
  }
  if (kind === 'no_such_user' && rest.length === 1) return { message: `User “${rest[0]}” does not exist`, code: 'NOT_FOUND' };
  return { message: [kind, ...rest].join(': ').slice(0, 500) };
}

/** One part of an Erlang term as text: a list of character codes is a string (UTF-8 bytes or code points). */
function termText(term: unknown): string {
  if (typeof term === 'string') return term;
  if (typeof term === 'number' || typeof term === 'boolean') return String(term);
  if (!Array.isArray(term)) return JSON.stringify(term) ?? '';
  if (term.length > 0 && term.every((code) => Number.isInteger(code) && code >= 9 && code <= 0x10ffff)) {
    const codes = term as number[];
    if (codes.every((code) => code < 256)) {
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(codes));
      } catch {
        // Not UTF-8: code points below 256 (Latin-1).
      }
    }
    return String.fromCodePoint(...codes);
  }
  return term.map(termText).join(', ');
}

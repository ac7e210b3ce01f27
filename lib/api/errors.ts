// The one error envelope every Warren route answers with, shared by server and browser.
// `{ error: { code, message } }` with the HTTP status from ERROR_STATUS.

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  /** A name the management API cannot carry in a path ("." or ".."). */
  UNADDRESSABLE: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  ACCESS_REFUSED: 403,
  CROSS_SITE_REQUEST: 403,
  NOT_FOUND: 404,
  /** AMQP's 405: a queue exclusive to another connection. Not HTTP's 405, which means a method the route lacks. */
  RESOURCE_LOCKED: 409,
  /** A method the route does not have (the answer's Allow header lists those it has). */
  METHOD_NOT_ALLOWED: 405,
  PRECONDITION_FAILED: 406,
  CONFLICT: 409,
  /** A mutation whose body is not declared as JSON (a form post from another site, for one). */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Too many failed logins from this address or for this username. */
  RATE_LIMITED: 429,
  BROKER_ERROR: 502,
  BROKER_UNREACHABLE: 503,
  /** The broker closed Warren's AMQP connection (an operator force-closed it, the node is going down). */
  CONNECTION_CLOSED: 503,
  /** The broker blocks publishers: a memory or disk alarm is raised. */
  BROKER_BLOCKED: 503,
  /** A payload or header table over the configured limit. */
  PAYLOAD_TOO_LARGE: 413,
  BROKER_TIMEOUT: 504,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Codes that mean "the broker (or part of it) cannot be reached": the shell shows a banner. */
export const UNREACHABLE_CODES: readonly ErrorCode[] = ['BROKER_UNREACHABLE', 'BROKER_TIMEOUT'];

/** Codes that mean "log in again". */
export const REAUTH_CODES: readonly ErrorCode[] = ['UNAUTHENTICATED', 'SESSION_EXPIRED'];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_STATUS;
}

/** An error answered by a Warren route, as the browser sees it. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status: number = ERROR_STATUS[code],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

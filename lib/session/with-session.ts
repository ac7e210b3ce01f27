import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import type { AuditResult } from '@/lib/api/audit';
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from '@/lib/api/errors';
import routeTable from '@/lib/api/route-table.json';
import { decodeSegment } from '@/lib/api/segments';
import { essentials } from '@/lib/audit/essentials';
import { recordAudit } from '@/lib/audit/audit-log';
import { matchRoute } from '@/lib/request-line.mjs';
import { BrokerError } from '@/lib/rabbitmq/errors';
import type { Credentials } from '@/lib/rabbitmq/management';
import { clientAddress, requestHost } from './client';
import { currentSession, endSession } from './session';
import type { SessionData } from './config';

/** An error a handler throws on purpose: it reaches the browser as it is. */
export class RouteError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Headers the answer carries (Retry-After for a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'RouteError';
  }
}

interface Schemas<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  params?: P;
  query?: Q;
  body?: B;
  /** The largest body this route reads, in bytes (a definitions file); larger ones are refused with 413 unread. */
  maxBodyBytes?: number;
}

interface BaseContext<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  req: NextRequest;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

export interface SessionContext<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>
  extends BaseContext<P, Q, B> {
  session: SessionData;
  credentials: Credentials;
}

type RouteHandler = (
  req: NextRequest,
  ctx: { params: Promise<Record<string, string | string[] | undefined>> },
) => Promise<Response>;

const empty = z.object({});
type Empty = typeof empty;

/**
 * Wraps a route handler that needs a logged-in user: checks the session, validates params,
 * query and body with zod, rejects cross-site mutations and maps every error to the envelope.
 */
export function withSession<P extends z.ZodType = Empty, Q extends z.ZodType = Empty, B extends z.ZodType = Empty>(
  schemas: Schemas<P, Q, B>,
  handler: (ctx: SessionContext<P, Q, B>) => Promise<unknown>,
): RouteHandler {
  return route(schemas, async (base, session) => {
    try {
      return await handler({ ...base, session, credentials: { username: session.username, password: session.password } });
    } catch (error) {
      // The broker no longer accepts these credentials (password changed, user deleted).
      if (error instanceof BrokerError && error.code === 'LOGIN_FAILED') {
        await endSession();
        throw new RouteError('UNAUTHENTICATED', `RabbitMQ no longer accepts your login: ${error.message}`);
      }
      throw error;
    }
  }, requireSession);
}

async function requireSession(): Promise<SessionData> {
  const state = await currentSession();
  if (state.status === 'expired') throw new RouteError('SESSION_EXPIRED', 'Your session has expired. Please log in again.');
  if (state.status !== 'active') throw new RouteError('UNAUTHENTICATED', 'Please log in.');
  return state.session;
}

/** The same wrapper for the few routes that work without a session (login). */
export function withoutSession<P extends z.ZodType = Empty, Q extends z.ZodType = Empty, B extends z.ZodType = Empty>(
  schemas: Schemas<P, Q, B>,
  handler: (ctx: BaseContext<P, Q, B>) => Promise<unknown>,
): RouteHandler {
  return route(schemas, handler);
}

function route<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, S>(
  schemas: Schemas<P, Q, B>,
  handler: (ctx: BaseContext<P, Q, B>, session: S) => Promise<unknown>,
  authenticate?: () => Promise<S>,
): RouteHandler {
  return async (req, ctx) => {
    const mutation = req.method !== 'GET' && req.method !== 'HEAD';
    // What the audit log needs, filled in as the request is understood.
    const audit: AuditContext = { user: null, object: undefined, request: undefined };
    let response: Response;
    try {
      if (mutation) {
        assertSameOrigin(req);
        assertJson(req);
      }
      // Before any validation: without a session a caller learns nothing about the route's input.
      const session = (await authenticate?.()) as S;
      audit.user = (session as { username?: string } | undefined)?.username ?? null;
      const rawParams = decodeParams((await ctx?.params) ?? {});
      audit.object = objectOf(rawParams);
      const params = parse(schemas.params ?? empty, rawParams, 'path');
      const query = parse(schemas.query ?? empty, Object.fromEntries(req.nextUrl.searchParams), 'query');
      const raw = schemas.body ? await readJson(req, schemas.maxBodyBytes) : undefined;
      if (mutation) {
        audit.request = essentials(raw);
        // A login says who by its body.
        audit.user ??= typeof (raw as { username?: unknown })?.username === 'string' ? (raw as { username: string }).username : null;
      }
      const body = schemas.body ? parse(schemas.body, raw, 'body') : {};
      const result = await handler({ req, params, query, body } as BaseContext<P, Q, B>, session);
      if (result instanceof Response) response = result;
      else if (result === undefined) response = new NextResponse(null, { status: 204, headers: { 'cache-control': 'no-store' } });
      else response = NextResponse.json(result, { headers: { 'cache-control': 'no-store' } });
      if (mutation) await auditChange(req, audit, response.status);
      return response;
    } catch (error) {
      response = errorResponse(error, req);
      if (mutation) await auditChange(req, audit, response.status, error);
      return response;
    }
  };
}

interface AuditContext {
  user: string | null;
  object: Record<string, string> | undefined;
  request: unknown;
}

function objectOf(params: Record<string, string | string[] | undefined>): Record<string, string> | undefined {
  const entries = Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? value.join('/') : value] as const]));
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Every change, done or refused, with who, from where, on what, and the broker's answer. */
function auditChange(req: NextRequest, audit: AuditContext, status: number, error?: unknown): Promise<void> {
  const result: AuditResult = status >= 500 ? 'failed' : status >= 400 ? 'refused' : 'done';
  // The table's segments are those under /api.
  const segments = req.nextUrl.pathname.split('/').filter(Boolean).slice(1);
  const known = error instanceof RouteError || error instanceof BrokerError;
  return recordAudit({
    time: new Date().toISOString(),
    user: audit.user,
    address: clientAddress(req),
    method: req.method,
    route: matchRoute(routeTable, segments)?.pattern ?? req.nextUrl.pathname,
    path: req.nextUrl.pathname,
    ...(audit.object ? { object: audit.object } : {}),
    ...(audit.request === undefined ? {} : { request: audit.request }),
    result,
    status,
    ...(error ? { error: known ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: 'unexpected error (see the server log)' } } : {}),
  });
}

export function errorResponse(error: unknown, req?: NextRequest): NextResponse<ApiErrorBody> {
  let code: ErrorCode = 'INTERNAL';
  let message = 'Warren hit an unexpected error; the details are in its server log.';
  if (error instanceof RouteError || error instanceof BrokerError) {
    code = error.code;
    message = error.message;
  } else {
    console.error(`[warren] ${req?.method ?? ''} ${req?.nextUrl.pathname ?? ''} failed:`, error);
  }
  const headers = { 'cache-control': 'no-store', ...(error instanceof RouteError ? error.headers : {}) };
  return NextResponse.json({ error: { code, message } }, { status: ERROR_STATUS[code], headers });
}

/** Path params as names: Next.js has percent-decoded them; Warren's own escapes ("~.", "~") are undone here. */
function decodeParams(params: Record<string, string | string[] | undefined>): Record<string, string | string[] | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value.map(decodeSegment) : value && decodeSegment(value)]),
  );
}

function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
  throw new RouteError('VALIDATION_FAILED', `Invalid ${where}: ${details}`);
}

async function readJson(req: NextRequest, maxBytes?: number): Promise<unknown> {
  const text = maxBytes === undefined ? await req.text() : await readBounded(req, maxBytes);
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new RouteError('VALIDATION_FAILED', 'The request body is not valid JSON');
  }
}

/**
 * The body as text, refused once it passes `maxBytes`: by its declared length before a byte is
 * read, else while it streams in (a chunked upload declares none).
 */
async function readBounded(req: NextRequest, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new RouteError('PAYLOAD_TOO_LARGE', `The request body is larger than this route takes (${maxBytes.toLocaleString('en-US')} bytes at most)`);
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Every mutation declares a JSON body, whether it has one or not. A page of another site can
 * send a form or text/plain without asking; application/json makes the browser ask Warren first
 * (a CORS preflight), which Warren never grants.
 */
function assertJson(req: NextRequest): void {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new RouteError(
      'UNSUPPORTED_MEDIA_TYPE',
      type ? `Warren takes changes as JSON only (Content-Type: application/json), not ${type}` : 'Warren takes changes as JSON only: send Content-Type: application/json',
    );
  }
}

/** Cookies are SameSite=Lax already; this also refuses a cross-site POST/PUT/DELETE outright. */
function assertSameOrigin(req: NextRequest): void {
  const fetchSite = req.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    throw new RouteError('CROSS_SITE_REQUEST', 'Cross-site requests are not allowed');
  }
  const origin = req.headers.get('origin');
  if (origin) {
    // X-Forwarded-Host only from a proxy Warren was told to trust: a client can send any header.
    const host = requestHost(req);
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      throw new RouteError('CROSS_SITE_REQUEST', 'Cross-site requests are not allowed');
    }
    if (originHost !== host) throw new RouteError('CROSS_SITE_REQUEST', 'Cross-site requests are not allowed');
  }
}

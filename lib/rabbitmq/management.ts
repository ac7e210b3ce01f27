import 'server-only';
import { createHash } from 'node:crypto';
import type { Page } from '@/lib/api/page';
import { isDotSegment } from '@/lib/api/segments';
import { BrokerError, brokerErrorFromResponse } from './errors';
import { MANAGEMENT_TIMEOUT_MS, managementUrls } from './config';
import { logBrokerProblem } from './log';

/** The logged-in user's own credentials: every broker call is made as that user. */
export interface Credentials {
  username: string;
  password: string;
}

export type QueryValue = string | number | boolean | undefined | null;

export interface ManagementRequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  timeoutMs?: number;
  /** Extra request headers, e.g. X-Reason when force-closing a connection. */
  headers?: Record<string, string>;
  /** Ask the broker now, not a shared or recent answer: for checks right before a write. */
  fresh?: boolean;
}

type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

/**
 * Builds a management API path, encoding every interpolated value as one path segment
 * (vhost "/" becomes %2F, a queue "a/b?c" stays one segment). A value "." or ".." cannot be a
 * segment at all (every URL parser, the broker's included, reads it as a step to another path:
 * purging queue "." would purge the queue "contents"), so it is refused here, for every path.
 */
export function mgmtPath(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  for (const value of values) {
    if (isDotSegment(String(value))) throw unaddressable(String(value));
  }
  return strings.reduce(
    (path, part, i) => path + part + (i < values.length ? encodeURIComponent(String(values[i])) : ''),
    '',
  );
}

/** Whether the management API can address all these names (none is "." or ".."). */
export function addressable(...names: string[]): boolean {
  return !names.some(isDotSegment);
}

export function unaddressable(name: string): BrokerError {
  return new BrokerError(
    'UNADDRESSABLE',
    `RabbitMQ's management API cannot address the name "${name}": in a URL path it reads as a step to another path, ` +
      'so the broker would act on another object. Warren does not send such a request.',
  );
}

// The node that answered last is tried first; the others are the failover order.
let preferredNode = 0;

// Identical GETs of the same user share one broker request while it is in flight, and its
// answer for a moment after (MANAGEMENT_CACHE_MS): tabs polling at the same interval but out of
// phase then cost the broker about one request per refresh between them. The broker itself only
// collects statistics every 5 s, so an answer a second or two old shows nothing less.
const inFlight = new Map<string, Promise<unknown>>();
const recent = new Map<string, { at: number; value: unknown }>();
const RECENT_MAX_ENTRIES = 1000;
/** How often answers past their age are dropped when no request comes to drop them. */
const SWEEP_EVERY_MS = 10_000;
let sweeper: NodeJS.Timeout | undefined;

function cacheMs(): number {
  const value = Number(process.env.WARREN_MANAGEMENT_CACHE_MS);
  return Number.isFinite(value) && value >= 0 ? value : 2_000;
}

/** The one function that performs every management API request. */
export async function managementRequest<T>(
  credentials: Credentials,
  method: Method,
  path: string,
  options: ManagementRequestOptions = {},
): Promise<T> {
  const search = buildSearch(options.query);
  const user = credentialKey(credentials);
  sweepAnswers();
  if (method !== 'GET') {
    forgetAnswers(credentials);
    return (await send(credentials, method, path + search, options)) as T;
  }

  if (options.fresh) return (await send(credentials, method, path + search, options)) as T;
  const key = `${user}\u0000${path}${search}`;
  const ttl = cacheMs();
  const hit = recent.get(key);
  if (hit && Date.now() - hit.at < ttl) return hit.value as T;
  const pending = inFlight.get(key);
  if (pending) return pending as Promise<T>;
  const request = send(credentials, method, path + search, options)
    .then((value) => {
      if (ttl > 0) remember(key, value);
      return value;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, request);
  return request as Promise<T>;
}

/** This user changed something (through the API or over AMQP): their next reads must see it. */
export function forgetAnswers(credentials: Credentials): void {
  const prefix = `${credentialKey(credentials)}\u0000`;
  for (const key of recent.keys()) if (key.startsWith(prefix)) recent.delete(key);
}

function remember(key: string, value: unknown): void {
  recent.delete(key);
  recent.set(key, { at: Date.now(), value });
  // Maps iterate in insertion order: the first entries are the oldest.
  for (const oldest of recent.keys()) {
    if (recent.size <= RECENT_MAX_ENTRIES) break;
    recent.delete(oldest);
  }
  sweeper ??= setInterval(() => {
    sweepAnswers();
    if (recent.size === 0 && sweeper) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  }, SWEEP_EVERY_MS).unref();
}

/**
 * Drops the answers older than the cache's age. They are never served, but a page of 500 queues
 * is large, and 1,000 of them would otherwise stay in memory until newer answers push them out.
 */
export function sweepAnswers(now = Date.now()): void {
  const ttl = cacheMs();
  for (const [key, entry] of recent) {
    // Oldest first: the first fresh one means the rest are fresh too.
    if (now - entry.at < ttl) break;
    recent.delete(key);
  }
}

/** How many answers the cache holds (tests). */
export function answerCacheSize(): number {
  return recent.size;
}

const RETRY_AFTER_500_MS = 50;

async function send(
  credentials: Credentials,
  method: Method,
  pathAndSearch: string,
  options: ManagementRequestOptions & { retried?: boolean },
): Promise<unknown> {
  const urls = managementUrls();
  const timeoutMs = options.timeoutMs ?? MANAGEMENT_TIMEOUT_MS;
  const authorization =
    'Basic ' + Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64');
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  let lastFailure: BrokerError | undefined;

  for (let attempt = 0; attempt < urls.length; attempt++) {
    const index = (preferredNode + attempt) % urls.length;
    const base = urls[index]!;
    let response: Response;
    try {
      response = await fetch(`${base}/api${pathAndSearch}`, {
        method,
        headers: {
          authorization,
          // Some endpoints (DELETE .../contents) answer 406 to a strict application/json.
          accept: 'application/json, */*;q=0.5',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
        cache: 'no-store',
      });
    } catch (error) {
      lastFailure = transportError(error, base, timeoutMs);
      // A change that timed out may still be under way on that node (a definitions import): sent
      // again to the next node it would run twice. Only a node that could not be reached is skipped.
      if (method !== 'GET' && lastFailure.code === 'BROKER_TIMEOUT') {
        throw new BrokerError(
          'BROKER_TIMEOUT',
          `${lastFailure.message}; the change may still be under way on the broker: check before trying again`,
        );
      }
      continue;
    }
    // A node that is shutting down answers 503; another node may still serve the cluster.
    if (response.status === 503 && attempt < urls.length - 1) {
      logBrokerProblem('management API unavailable (HTTP 503)', base, 'trying the next node');
      lastFailure = new BrokerError('BROKER_UNREACHABLE', 'The management API is unavailable (HTTP 503)');
      continue;
    }
    preferredNode = index;
    // 3.10 answers a list with 500 when one of its objects goes away while it is being listed (a
    // connection closing during GET /api/connections): asking again once gets the list without it.
    if (response.status === 500 && method === 'GET' && !options.retried) {
      await response.arrayBuffer().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_500_MS));
      return send(credentials, method, pathAndSearch, { ...options, retried: true });
    }
    return readResponse(response);
  }
  throw lastFailure ?? new BrokerError('BROKER_UNREACHABLE', 'No management API URL is configured');
}

async function readResponse(response: Response): Promise<unknown> {
  const text = await response.text();
  let parsed: unknown = text;
  if (text && (response.headers.get('content-type') ?? '').includes('json')) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (!response.ok) throw brokerErrorFromResponse(response.status, parsed);
  return text ? parsed : undefined;
}

/** A plain sentence for the client; which node and why go to the server log. */
function transportError(error: unknown, base: string, timeoutMs: number): BrokerError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    logBrokerProblem('management API timed out', base, `no answer within ${timeoutMs} ms`);
    return new BrokerError('BROKER_TIMEOUT', `The management API did not answer within ${timeoutMs / 1000} s`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : '';
  logBrokerProblem('management API unreachable', base, cause || (error instanceof Error ? error.message : String(error)));
  return new BrokerError('BROKER_UNREACHABLE', 'The management API cannot be reached');
}

function buildSearch(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

function credentialKey(credentials: Credentials): string {
  // Hashed so that passwords never sit in a map key in clear.
  return createHash('sha256').update(`${credentials.username}\u0000${credentials.password}`).digest('base64url');
}

export interface PageRequest {
  page: number;
  pageSize: number;
  name?: string;
  useRegex?: boolean;
  sort?: string;
  sortReverse?: boolean;
  columns?: readonly string[];
  /** More query parameters for this list (e.g. the queues list's `disable_stats`). */
  extra?: Record<string, QueryValue>;
}

/** The management API caps page_size at 500; larger answers 400. */
export const MAX_PAGE_SIZE = 500;

/** Fetches one page of a list, with paging, sort, filter and columns pushed down to the broker. */
export function listPage<T>(credentials: Credentials, path: string, request: PageRequest): Promise<Page<T>> {
  return managementRequest<Page<T>>(credentials, 'GET', path, {
    query: {
      pagination: true,
      page: request.page,
      page_size: Math.min(request.pageSize, MAX_PAGE_SIZE),
      name: request.name,
      use_regex: request.name ? Boolean(request.useRegex) : undefined,
      sort: request.sort,
      sort_reverse: request.sort ? Boolean(request.sortReverse) : undefined,
      columns: request.columns?.join(','),
      ...request.extra,
    },
  });
}

/**
 * Like listPage, but a page past the end (the broker answers 400 "page out of range", e.g.
 * after the last items of the last page were deleted) falls back to the last page.
 */
export async function listPageClamped<T>(credentials: Credentials, path: string, request: PageRequest): Promise<Page<T>> {
  try {
    return await listPage<T>(credentials, path, request);
  } catch (error) {
    if (!(error instanceof BrokerError) || error.code !== 'BAD_REQUEST' || request.page <= 1) throw error;
    if (!/page out of range/i.test(error.message)) throw error;
    const first = await listPage<T>(credentials, path, { ...request, page: 1 });
    if (first.page_count <= 1) return first;
    return listPage<T>(credentials, path, { ...request, page: first.page_count });
  }
}

/** The PageRequest for a validated list query (lib/schemas/list.ts). */
export function pageRequest(
  query: { page: number; page_size: number; name?: string; use_regex?: boolean; sort?: string; sort_reverse?: boolean },
  columns?: readonly string[],
): PageRequest {
  return {
    page: query.page,
    pageSize: query.page_size,
    name: query.name,
    useRegex: query.use_regex,
    sort: query.sort,
    sortReverse: query.sort_reverse,
    columns,
  };
}

/** A literal text escaped for a regular expression (the broker's `name` filter with `use_regex`). */
export const escapeRegex = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * One queue or exchange found by its exact name through its list — a `name` filter with
 * `columns=` — instead of by its path: for the names a path cannot carry ("." and ".."). With a
 * vhost of such a name, the list of all vhosts is filtered and the vhost picked here; either
 * way the broker's filter leaves a handful of rows at most. Null when there is none.
 */
export async function findInList<T extends { name: string; vhost: string }>(
  credentials: Credentials,
  kind: 'queues' | 'exchanges',
  vhost: string,
  name: string,
  { columns, fresh = false }: { columns?: readonly string[]; fresh?: boolean } = {},
): Promise<T | null> {
  const path = addressable(vhost) ? mgmtPath`/${kind}/${vhost}` : `/${kind}`;
  const page = await managementRequest<Page<T>>(credentials, 'GET', path, {
    query: {
      pagination: true,
      page: 1,
      page_size: MAX_PAGE_SIZE,
      name: `^${escapeRegex(name)}$`,
      use_regex: true,
      columns: columns?.join(','),
    },
    fresh,
  });
  return page.items.find((item) => item.name === name && item.vhost === vhost) ?? null;
}

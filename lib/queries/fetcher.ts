import { ApiError, isErrorCode } from '@/lib/api/errors';
import { encodeSegment } from '@/lib/api/segments';
import { documentLocale } from '@/lib/i18n/define';
import { format } from '@/lib/i18n/format';

/** Encodes one path segment for a Warren /api URL (vhost "/" → %2F, "." → "~.", "" → "~"). */
export const seg = encodeSegment;

/** Fetches a Warren route (never the broker) and turns the error envelope into an ApiError. */
export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  // Every change is declared as JSON, with a body or without (Warren refuses other mutations: 415).
  const mutation = (rest.method ?? 'GET').toUpperCase() !== 'GET';
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { accept: 'application/json', ...(json !== undefined || mutation ? { 'content-type': 'application/json' } : {}), ...headers },
      body: json === undefined ? rest.body : JSON.stringify(json),
      credentials: 'same-origin',
    });
  } catch {
    // Said by the browser, not by a route: in the page's language (a route's message stays as it is).
    throw new ApiError('BROKER_UNREACHABLE', format(documentLocale(), 'fetch.unreachable'), 0);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    if (error && isErrorCode(error.code) && typeof error.message === 'string') {
      throw new ApiError(error.code, error.message, response.status);
    }
    throw new ApiError('INTERNAL', format(documentLocale(), 'fetch.httpStatus', { status: response.status }), response.status);
  }
  return body as T;
}

export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

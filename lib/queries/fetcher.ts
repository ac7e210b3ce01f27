import { ApiError, isErrorCode } from '@/lib/api/errors';
import { encodeSegment } from '@/lib/api/segments';

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
    throw new ApiError('BROKER_UNREACHABLE', 'Warren’s server cannot be reached. Check your network or whether Warren is running.', 0);
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
    throw new ApiError('INTERNAL', `Warren answered HTTP ${response.status}`, response.status);
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

import 'server-only';
import type { NextRequest } from 'next/server';

/** Whether a reverse proxy in front of Warren sets X-Forwarded-* (WARREN_TRUST_PROXY=true). */
export function trustProxy(): boolean {
  return process.env.WARREN_TRUST_PROXY === 'true';
}

/**
 * The client's address. server.mjs (`npm start`) puts the socket's address in X-Forwarded-For,
 * replacing whatever the client sent, unless a trusted proxy is configured: then the proxy's
 * own entry, the last one, is the address it saw.
 */
export function clientAddress(req: NextRequest): string {
  const forwarded = req.headers.get('x-forwarded-for') ?? '';
  const entries = forwarded.split(',').map((entry) => entry.trim()).filter(Boolean);
  const address = entries[entries.length - 1] ?? 'unknown';
  // "::ffff:127.0.0.1" and "127.0.0.1" are one client.
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

/** The host the browser addressed: the request's own Host, or the trusted proxy's X-Forwarded-Host. */
export function requestHost(req: NextRequest): string | null {
  if (trustProxy()) {
    const forwarded = req.headers.get('x-forwarded-host');
    if (forwarded) return forwarded.split(',')[0]!.trim();
  }
  return req.headers.get('host');
}

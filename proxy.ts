import { NextResponse, type NextRequest } from 'next/server';
import routeTable from '@/lib/api/route-table.json';
import { apiPrecheck } from '@/lib/request-line.mjs';
import { cookieSecure, readSessionCookie, sessionCookieName } from '@/lib/session/config';

/**
 * Every page request passes here (not the API or Next's assets): a page without a live session
 * goes to the login page, remembering where the user was (API routes answer 401 themselves, in
 * withSession), and every page gets its security headers, with a fresh nonce for its scripts.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/api' || request.nextUrl.pathname.startsWith('/api/')) return apiRequest(request);
  const session = await readSessionCookie(request.cookies.get(sessionCookieName())?.value);
  const { pathname, search } = request.nextUrl;
  if (pathname === '/login' && session) return NextResponse.redirect(new URL('/', request.url));
  if (pathname !== '/login' && !session) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', pathname + search);
    if (request.cookies.has(sessionCookieName())) login.searchParams.set('reason', 'expired');
    const response = NextResponse.redirect(login);
    response.cookies.delete(sessionCookieName());
    return response;
  }

  // Next.js reads the nonce from the request's Content-Security-Policy header and puts it on its
  // own scripts; the root layout hands it to the theme script (x-nonce).
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  if (cookieSecure()) response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
  return response;
}

/**
 * Every answer under /api/ is JSON: a path no route has is a 404 and a method its route lacks a
 * 405 (with Allow), in the error envelope, from the route table of app/api (lib/api/route-table.json)
 * — instead of Next.js's HTML 404 page and empty 405. (server.mjs checks the same, and what Next.js
 * cannot even route, before this.)
 */
function apiRequest(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const check = apiPrecheck(routeTable, request.method, pathname + search);
  if (!check) return NextResponse.next();
  return NextResponse.json(
    { error: { code: check.code, message: check.message } },
    { status: check.status, headers: { 'cache-control': 'no-store', ...(check.allow ? { allow: check.allow } : {}) } },
  );
}

/**
 * Scripts only from Warren with this response's nonce (and what those load: 'strict-dynamic'), no
 * inline script, no plugins, no <base>, forms only to Warren, never framed. Styles may be inline:
 * React sets style attributes (column widths) and the toasts inject their stylesheet.
 */
export function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    // Next's development server evaluates code (hot reload); a production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(cookieSecure() ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export const config = {
  // Pages and the API, not Next's assets. (Queue names may contain dots, so no "has a file
  // extension" exclusion: /queues/shop/payments.dlq is a page.) Link prefetches carry no nonce
  // of use, so they are left alone.
  matcher: [
    {
      source: '/((?!_next/|favicon.ico).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
};

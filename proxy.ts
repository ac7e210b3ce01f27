import { NextResponse, type NextRequest } from 'next/server';
import { readSessionCookie, SESSION_COOKIE } from '@/lib/session/config';

/**
 * Sends a page request without a live session to the login page, remembering where the user
 * was. API routes answer 401 themselves (withSession); this is only the page-level redirect.
 */
export async function proxy(request: NextRequest) {
  const session = await readSessionCookie(request.cookies.get(SESSION_COOKIE)?.value);
  const { pathname, search } = request.nextUrl;
  if (pathname === '/login') {
    return session ? NextResponse.redirect(new URL('/', request.url)) : NextResponse.next();
  }
  if (session) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('next', pathname + search);
  if (request.cookies.has(SESSION_COOKIE)) login.searchParams.set('reason', 'expired');
  const response = NextResponse.redirect(login);
  response.cookies.delete(SESSION_COOKIE);
  return response;
}

export const config = {
  // Pages only: not the API or Next's assets. (Queue names may contain dots, so no
  // "has a file extension" exclusion: /queues/shop/payments.dlq is a page.)
  matcher: ['/((?!api/|_next/|favicon.ico).*)'],
};

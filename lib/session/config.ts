import 'server-only';
import { randomBytes } from 'node:crypto';
import { unsealData, type SessionOptions } from 'iron-session';

/** What the encrypted session cookie holds. Never sent to the browser in readable form. */
export interface SessionData {
  username: string;
  password: string;
  tags: string[];
  /** Epoch ms of the last request: the session ends after SESSION_IDLE_SECONDS without one. */
  lastSeen: number;
}

export const SESSION_COOKIE = 'warren_session';

/** Idle timeout, like the broker's own `management.login_session_timeout` (8 h by default). */
export const SESSION_IDLE_SECONDS = Number(process.env.WARREN_SESSION_IDLE_SECONDS) || 8 * 60 * 60;

let devSecret: string | undefined;

function sessionSecret(): string {
  const secret = process.env.SESSION_SECRET;
  if (secret && secret.length >= 32) return secret;
  if (process.env.NODE_ENV === 'production') {
    throw new Error('SESSION_SECRET must be set to at least 32 characters in production');
  }
  // Development only: sessions last as long as the dev server does.
  devSecret ??= randomBytes(32).toString('hex');
  return devSecret;
}

export function sessionOptions(): SessionOptions {
  return {
    password: sessionSecret(),
    cookieName: SESSION_COOKIE,
    // The seal and the cookie expire a little after the idle limit; lastSeen decides exactly.
    ttl: SESSION_IDLE_SECONDS + 60,
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.WARREN_COOKIE_SECURE === 'true',
      path: '/',
    },
  };
}

export function isIdleExpired(session: Pick<SessionData, 'lastSeen'>, now = Date.now()): boolean {
  return !session.lastSeen || now - session.lastSeen > SESSION_IDLE_SECONDS * 1000;
}

/** Reads a session cookie value; null when absent, tampered, sealed with another secret or idle too long. */
export async function readSessionCookie(value: string | undefined): Promise<SessionData | null> {
  if (!value) return null;
  try {
    const data = await unsealData<Partial<SessionData>>(value, { password: sessionSecret(), ttl: SESSION_IDLE_SECONDS + 60 });
    if (!data.username || typeof data.password !== 'string' || typeof data.lastSeen !== 'number') return null;
    const session = { username: data.username, password: data.password, tags: data.tags ?? [], lastSeen: data.lastSeen };
    return isIdleExpired(session) ? null : session;
  } catch {
    return null;
  }
}

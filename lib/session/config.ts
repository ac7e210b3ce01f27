import 'server-only';
import { randomBytes } from 'node:crypto';
import { unsealData, type SessionOptions } from 'iron-session';

/** What the encrypted session cookie holds. Never sent to the browser in readable form. */
export interface SessionData {
  /** The name the broker reported at login (GET /api/whoami), not the one typed. */
  username: string;
  password: string;
  tags: string[];
  /** Epoch ms of the last request: the session ends after SESSION_IDLE_SECONDS without one. */
  lastSeen: number;
  /** Epoch ms of the login: the session ends SESSION_MAX_SECONDS after it, however busy. */
  createdAt: number;
}

const seconds = (value: string | undefined, fallback: number) => {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
};

/** Idle timeout, like the broker's own `management.login_session_timeout` (8 h by default). */
export const SESSION_IDLE_SECONDS = seconds(process.env.WARREN_SESSION_IDLE_SECONDS, 8 * 60 * 60);

/**
 * Absolute lifetime (24 h by default): a tab that polls all day keeps renewing the idle timer,
 * so without this a session would never end. A wallboard can be given more.
 */
export const SESSION_MAX_SECONDS = seconds(process.env.WARREN_SESSION_MAX_SECONDS, 24 * 60 * 60);

/**
 * Secure cookies by default in production (Warren behind HTTPS); WARREN_COOKIE_SECURE=false is
 * the explicit opt-out for plain-HTTP setups (the demo, the tests on loopback).
 */
export function cookieSecure(): boolean {
  const setting = process.env.WARREN_COOKIE_SECURE;
  if (setting === 'true') return true;
  if (setting === 'false') return false;
  return process.env.NODE_ENV === 'production';
}

/**
 * A Secure cookie carries the __Host- prefix: the browser then only accepts it from this host,
 * over HTTPS, for path "/" and without a Domain, so no sibling subdomain can plant or overwrite it.
 */
export function sessionCookieName(): string {
  return cookieSecure() ? '__Host-warren_session' : 'warren_session';
}

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

/** The seal outlives neither limit by more than a minute; lastSeen and createdAt decide exactly. */
const sealSeconds = () => Math.min(SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS) + 60;

export function sessionOptions(): SessionOptions {
  return {
    password: sessionSecret(),
    cookieName: sessionCookieName(),
    ttl: sealSeconds(),
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieSecure(),
      path: '/',
    },
  };
}

export type Expiry = 'idle' | 'lifetime' | null;

/** Why a session is over (idle too long, or older than its lifetime), or null while it lasts. */
export function sessionExpiry(session: Pick<SessionData, 'lastSeen' | 'createdAt'>, now = Date.now()): Expiry {
  if (!session.createdAt || now - session.createdAt > SESSION_MAX_SECONDS * 1000) return 'lifetime';
  if (!session.lastSeen || now - session.lastSeen > SESSION_IDLE_SECONDS * 1000) return 'idle';
  return null;
}

/** The session data of a sealed cookie value, whether it is still valid or not; null when unreadable. */
export async function unsealSession(value: string | undefined): Promise<SessionData | null> {
  if (!value) return null;
  try {
    const data = await unsealData<Partial<SessionData>>(value, { password: sessionSecret(), ttl: sealSeconds() });
    if (!data.username || typeof data.password !== 'string' || typeof data.lastSeen !== 'number') return null;
    return {
      username: data.username,
      password: data.password,
      tags: data.tags ?? [],
      lastSeen: data.lastSeen,
      // A cookie sealed without a login time (before the absolute lifetime existed) has expired.
      createdAt: typeof data.createdAt === 'number' ? data.createdAt : 0,
    };
  } catch {
    return null;
  }
}

/** Reads a session cookie value; null when absent, tampered, sealed with another secret or expired. */
export async function readSessionCookie(value: string | undefined): Promise<SessionData | null> {
  const session = await unsealSession(value);
  return session && !sessionExpiry(session) ? session : null;
}

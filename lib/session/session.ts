import 'server-only';
import { cookies } from 'next/headers';
import { getIronSession } from 'iron-session';
import { sessionExpiry, sessionOptions, unsealSession, type SessionData } from './config';

// Refreshing lastSeen costs a Set-Cookie; once a minute is precise enough for an hours-long limit.
const TOUCH_AFTER_MS = 60_000;

async function ironSession() {
  return getIronSession<Partial<SessionData>>(await cookies(), sessionOptions());
}

export type SessionState = { status: 'active'; session: SessionData } | { status: 'missing' | 'expired' };

/** The current session, refreshing its idle timer. Works in route handlers (which may set cookies). */
export async function currentSession({ touch = true } = {}): Promise<SessionState> {
  const store = await ironSession();
  if (!store.username || typeof store.password !== 'string') return { status: 'missing' };
  const session: SessionData = {
    username: store.username,
    password: store.password,
    tags: store.tags ?? [],
    lastSeen: store.lastSeen ?? 0,
    createdAt: store.createdAt ?? 0,
  };
  if (sessionExpiry(session)) {
    if (touch) store.destroy();
    return { status: 'expired' };
  }
  if (touch && Date.now() - session.lastSeen > TOUCH_AFTER_MS) {
    store.lastSeen = Date.now();
    await store.save();
  }
  return { status: 'active', session };
}

export async function startSession(data: Omit<SessionData, 'lastSeen' | 'createdAt'>): Promise<void> {
  const store = await ironSession();
  store.username = data.username;
  store.password = data.password;
  store.tags = data.tags;
  store.lastSeen = store.createdAt = Date.now();
  await store.save();
}

/**
 * Ends the session in this browser and returns what it held (also when it had already expired),
 * so that the caller can release what Warren holds for it.
 */
export async function endSession(): Promise<SessionData | null> {
  const jar = await cookies();
  const { cookieName } = sessionOptions();
  const held = await unsealSession(jar.get(cookieName)?.value);
  const store = await ironSession();
  store.destroy();
  return held;
}

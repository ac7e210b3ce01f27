import 'server-only';
import { cookies } from 'next/headers';
import { getIronSession } from 'iron-session';
import { isIdleExpired, sessionOptions, type SessionData } from './config';

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
  };
  if (isIdleExpired(session)) {
    if (touch) store.destroy();
    return { status: 'expired' };
  }
  if (touch && Date.now() - session.lastSeen > TOUCH_AFTER_MS) {
    store.lastSeen = Date.now();
    await store.save();
  }
  return { status: 'active', session };
}

export async function startSession(data: Omit<SessionData, 'lastSeen'>): Promise<void> {
  const store = await ironSession();
  store.username = data.username;
  store.password = data.password;
  store.tags = data.tags;
  store.lastSeen = Date.now();
  await store.save();
}

export async function endSession(): Promise<void> {
  const store = await ironSession();
  store.destroy();
}

import 'server-only';

// Failed logins, counted per client address and per username, in this Warren instance's memory
// (several instances count separately: an attacker spread over N instances gets N times the
// tries, still with the growing delay on each). After FREE failures in a row each further one
// doubles the wait before the next try, up to MAX_DELAY_S; a successful login resets the count.

export interface ThrottleLimits {
  /** Failures in a row allowed before the delays start. */
  free: number;
  /** The longest wait, in seconds. */
  maxDelaySeconds: number;
}

/** A username is one account: few tries. An address may be a whole office behind one NAT: more. */
export const USERNAME_LIMITS: ThrottleLimits = { free: 5, maxDelaySeconds: 15 * 60 };
export const ADDRESS_LIMITS: ThrottleLimits = { free: 20, maxDelaySeconds: 15 * 60 };

/** A count is forgotten this long after its last failure. */
const FORGET_AFTER_MS = 60 * 60_000;
/** The most keys kept; beyond this the oldest counts go (memory stays bounded under a spray). */
const MAX_KEYS = 50_000;

interface Count {
  failures: number;
  /** Epoch ms before which another try is refused. */
  blockedUntil: number;
  lastFailure: number;
}

const counts = new Map<string, Count>();

/** Seconds until `key` may try again, or 0. */
export function retryAfter(key: string, now = Date.now()): number {
  const count = counts.get(key);
  if (!count) return 0;
  if (now - count.lastFailure > FORGET_AFTER_MS) {
    counts.delete(key);
    return 0;
  }
  return count.blockedUntil > now ? Math.ceil((count.blockedUntil - now) / 1000) : 0;
}

/** Records a failed login for `key`; returns the wait it now has, in seconds (0 while tries are free). */
export function recordFailure(key: string, limits: ThrottleLimits, now = Date.now()): number {
  const previous = counts.get(key);
  const failures = previous && now - previous.lastFailure <= FORGET_AFTER_MS ? previous.failures + 1 : 1;
  const over = failures - limits.free;
  const delay = over > 0 ? Math.min(2 ** (over - 1), limits.maxDelaySeconds) : 0;
  counts.delete(key); // re-inserted last: the Map's order is the age order
  counts.set(key, { failures, lastFailure: now, blockedUntil: now + delay * 1000 });
  for (const oldest of counts.keys()) {
    if (counts.size <= MAX_KEYS) break;
    counts.delete(oldest);
  }
  return delay;
}

export function recordSuccess(...keys: string[]): void {
  for (const key of keys) counts.delete(key);
}

/** Tests only: forget every count. */
export function resetThrottle(): void {
  counts.clear();
}

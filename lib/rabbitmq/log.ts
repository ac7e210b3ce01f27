import 'server-only';

// What the browser is told about a broker that cannot be reached is one plain sentence ("The
// management API cannot be reached"): before login too, so it must not map Warren's network.
// The detail (which node, the socket error) goes to the server log, here, without credentials,
// once a minute per problem: an outage with many tabs polling would otherwise flood the log.

const REPEAT_AFTER_MS = 60_000;
const lastLogged = new Map<string, number>();

/** A URL as it may appear in a log: no user name or password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(an unparsable URL)';
  }
}

export function logBrokerProblem(what: string, where: string, detail: string, now = Date.now()): void {
  const key = `${what}\u0000${where}\u0000${detail}`;
  const last = lastLogged.get(key);
  if (last !== undefined && now - last < REPEAT_AFTER_MS) return;
  lastLogged.set(key, now);
  if (lastLogged.size > 1000) lastLogged.delete(lastLogged.keys().next().value!);
  console.warn(`[warren] ${what} at ${redactUrl(where)}: ${detail}`);
}

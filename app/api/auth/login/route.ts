import { getWhoami, parseTags } from '@/lib/rabbitmq/overview';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { loginSchema } from '@/lib/schemas/auth';
import { clientAddress } from '@/lib/session/client';
import { ADDRESS_LIMITS, recordFailure, recordSuccess, retryAfter, USERNAME_LIMITS } from '@/lib/session/login-throttle';
import { startSession } from '@/lib/session/session';
import { RouteError, withoutSession } from '@/lib/session/with-session';
import { canUseManagement, isAdministrator, MANAGEMENT_TAGS } from '@/lib/tags';
import { cleanUpTracing } from '@/lib/rabbitmq/tracing';

// POST /api/auth/login — check the credentials against the broker (GET /api/whoami) and start a
// session; repeated failures per client address and per username wait longer each time (429)
export const POST = withoutSession({ body: loginSchema }, async ({ body, req }) => {
  const keys = [`addr:${clientAddress(req)}`, `user:${body.username}`];
  const wait = Math.max(...keys.map((key) => retryAfter(key)));
  if (wait > 0) throw tooMany(wait);

  refuseLoopbackUser(body.username);
  let name: string;
  let tags: string[];
  try {
    const whoami = await getWhoami(body);
    // The broker's own name for this login: what the session holds and every check uses.
    name = whoami.name;
    tags = parseTags(whoami.tags);
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'LOGIN_FAILED') {
      // 3.10 answers 401 "Not management user" for users without a management-capable tag.
      if (/not management user/i.test(error.message)) throw new RouteError('FORBIDDEN', noManagementTag(body.username));
      const delay = Math.max(recordFailure(keys[0]!, ADDRESS_LIMITS), recordFailure(keys[1]!, USERNAME_LIMITS));
      if (delay > 0) throw tooMany(delay, 'Login failed: wrong username or password. ');
      throw new RouteError('LOGIN_FAILED', loginRefusal(error.message));
    }
    throw error;
  }
  refuseLoopbackUser(name);
  if (!canUseManagement(tags)) throw new RouteError('FORBIDDEN', noManagementTag(name));
  recordSuccess(...keys);
  await startSession({ username: name, password: body.password, tags });
  // Tracing a firehose tail left on (Warren was killed mid-tail) goes off at an administrator's login.
  if (isAdministrator(tags)) void cleanUpTracing({ username: name, password: body.password }).catch(() => undefined);
  return { username: name, tags };
});

function tooMany(seconds: number, prefix = ''): RouteError {
  return new RouteError('RATE_LIMITED', `${prefix}Too many failed logins; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
}

/**
 * Users the broker restricts to loopback (its `loopback_users`, guest by default). Warren's own
 * connection to the broker comes from loopback, so without this check anyone who can reach
 * Warren could log in as guest/guest. Checked on the typed name and on the broker's.
 */
function refuseLoopbackUser(username: string): void {
  const loopback = (process.env.WARREN_LOOPBACK_USERS ?? 'guest').split(',').map((name) => name.trim()).filter(Boolean);
  if (!loopback.includes(username)) return;
  throw new RouteError(
    'FORBIDDEN',
    `RabbitMQ lets "${username}" log in only from localhost. Warren talks to the broker from its own host, ` +
      'so it refuses this user to keep that rule: create a user of your own (set WARREN_LOOPBACK_USERS to change the list).',
  );
}

function loginRefusal(reason: string): string {
  if (/login failed|not_authori[sz]ed/i.test(reason)) return 'Login failed: wrong username or password.';
  return `RabbitMQ refused the login: ${reason}`;
}

function noManagementTag(username: string): string {
  return (
    `User "${username}" has no management tag (${MANAGEMENT_TAGS.join(', ')}), so RabbitMQ does not let it use ` +
    'the management API. An administrator can add a tag under Admin → Users.'
  );
}

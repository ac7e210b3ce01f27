import 'server-only';
import { createHash } from 'node:crypto';
import amqp, { type Channel, type ChannelModel, type ConfirmChannel } from 'amqplib';
import { BrokerError } from './errors';
import { AMQP_TIMEOUT_MS, amqpUrls } from './config';
import { logBrokerProblem } from './log';
import { forgetAnswers, type Credentials } from './management';

/**
 * AMQP connections made with the logged-in user's own credentials, pooled per (user, vhost).
 * The pool is only a per-instance cache: any Warren instance rebuilds a connection from the
 * session when it needs one, so nothing here is session state.
 */

interface PoolEntry {
  connection: Promise<ChannelModel>;
  lastUsed: number;
  /** Whose connection it is (a hash of the credentials), so that a logout can close them all. */
  owner: string;
  /**
   * Work using the connection now (a request's channel, a move, a tail): the idle sweep leaves
   * it open meanwhile, and a logout closes it only once this is back to 0.
   */
  inUse: number;
  /** Taken out of the pool (a logout): closed as soon as nothing uses it. */
  retired: boolean;
}

const IDLE_CLOSE_MS = 5 * 60_000;
const CHANNEL_CLOSE_WAIT_MS = 2_000;
const pool = new Map<string, PoolEntry>();
let sweeper: NodeJS.Timeout | undefined;

// Hashed so that passwords never sit in a map key in clear.
function ownerKey(credentials: Credentials): string {
  return createHash('sha256').update(`${credentials.username}\u0000${credentials.password}`).digest('base64url');
}

function poolKey(credentials: Credentials, vhost: string): string {
  return `${ownerKey(credentials)}\u0000${vhost}`;
}

async function open(credentials: Credentials, vhost: string): Promise<ChannelModel> {
  let lastError: BrokerError | undefined;
  for (const raw of amqpUrls()) {
    const url = new URL(raw);
    try {
      return await amqp.connect(
        {
          protocol: url.protocol.replace(':', ''),
          hostname: url.hostname,
          port: url.port ? Number(url.port) : undefined,
          username: credentials.username,
          password: credentials.password,
          vhost,
          heartbeat: 30,
        },
        { timeout: AMQP_TIMEOUT_MS, clientProperties: { connection_name: `Warren (${credentials.username})` } },
      );
    } catch (error) {
      lastError = amqpError(error, `${url.hostname}:${url.port || 5672}`);
      // A refused login or vhost is the same on every node: no point trying the next one.
      if (lastError.code === 'ACCESS_REFUSED' || lastError.code === 'LOGIN_FAILED') throw lastError;
    }
  }
  throw lastError ?? new BrokerError('BROKER_UNREACHABLE', 'No AMQP URL is configured');
}

/** A pooled connection for this user and vhost, opened on first use. */
export function connection(credentials: Credentials, vhost: string): Promise<ChannelModel> {
  return pooled(credentials, vhost).connection;
}

/**
 * The pool's entry for this user and vhost, found or created at once (no await before the
 * caller counts itself in: a logout must never see an entry in use as idle, even while it opens).
 */
function pooled(credentials: Credentials, vhost: string): PoolEntry {
  const key = poolKey(credentials, vhost);
  const existing = pool.get(key);
  if (existing) {
    existing.lastUsed = Date.now();
    return existing;
  }
  const entry: PoolEntry = { connection: open(credentials, vhost), lastUsed: Date.now(), owner: ownerKey(credentials), inUse: 0, retired: false };
  pool.set(key, entry);
  startSweeper();
  const forget = () => {
    if (pool.get(key) === entry) pool.delete(key);
  };
  entry.connection.then(
    (model) => {
      model.on('close', forget);
      model.on('error', forget);
      // connection.blocked: a memory or disk alarm; publishes would wait until it is over.
      model.on('blocked', (reason: string) => {
        blockedBy.set(model, reason || 'resource alarm');
        for (const listener of blockedListeners.get(model) ?? []) listener(reason || 'resource alarm');
      });
      model.on('unblocked', () => blockedBy.delete(model));
    },
    forget,
  );
  return entry;
}

/**
 * Runs long `work` (a move, a live tail) on the pooled connection, which the idle sweep then
 * leaves open however long the work lasts. The work opens and closes its own channels.
 */
export async function withLease<T>(credentials: Credentials, vhost: string, work: (model: ChannelModel) => Promise<T>): Promise<T> {
  try {
    return await using(credentials, vhost, work);
  } finally {
    forgetAnswers(credentials);
  }
}

/**
 * Runs `work` with the pooled connection counted as in use: neither the idle sweep nor another
 * session's logout of the same user closes it under the work (a logout closes it after).
 */
async function using<T>(credentials: Credentials, vhost: string, work: (model: ChannelModel) => Promise<T>): Promise<T> {
  const entry = pooled(credentials, vhost);
  entry.inUse++;
  try {
    return await work(await entry.connection);
  } finally {
    entry.inUse--;
    entry.lastUsed = Date.now();
    if (entry.retired && entry.inUse === 0) void closeEntry(entry);
  }
}

function closeEntry(entry: PoolEntry): Promise<void> {
  return entry.connection.then((model) => model.close()).catch(() => {});
}

/** Runs `work` on a fresh channel of the pooled connection and always closes the channel. */
export async function withChannel<T>(
  credentials: Credentials,
  vhost: string,
  work: (channel: Channel) => Promise<T>,
): Promise<T> {
  return using(credentials, vhost, async (model) => runOnChannel(credentials, await model.createChannel(), work));
}

const blockedBy = new WeakMap<ChannelModel, string>();
const blockedListeners = new WeakMap<ChannelModel, Set<(reason: string) => void>>();

/**
 * The broker blocks publishers for now (a memory or disk alarm): said, never waited for. The
 * broker says so (connection.blocked) only once a connection publishes; what was sent by then
 * sits unread in its socket and is routed when the alarm clears. `sent` tells the two apart.
 */
export class PublishersBlockedError extends BrokerError {
  constructor(
    readonly reason: string,
    readonly sent: boolean,
  ) {
    super(
      'BROKER_BLOCKED',
      `The broker is blocking publishers: ${reason}. ${
        sent
          ? 'What was sent before it said so is held by the broker, unconfirmed: it is routed once the alarm clears.'
          : 'Nothing was published.'
      }`,
    );
  }
}

const blockedError = (reason: string, sent: boolean) => new PublishersBlockedError(reason, sent);

/**
 * For long publishing work on a leased connection (withLease): throws at once if the broker is
 * blocking it, then calls `listener` if it starts to; returns the unsubscribe.
 */
export function watchBlocked(model: ChannelModel, listener: (error: PublishersBlockedError) => void): () => void {
  const now = blockedBy.get(model);
  if (now) throw blockedError(now, false);
  let listeners = blockedListeners.get(model);
  if (!listeners) blockedListeners.set(model, (listeners = new Set()));
  const onBlocked = (reason: string) => listener(blockedError(reason, true));
  listeners.add(onBlocked);
  return () => listeners.delete(onBlocked);
}

/**
 * Runs `work` on a confirm channel of the pooled connection, for publishing: refused at once
 * while the broker blocks this connection (a memory or disk alarm), and ended with the same
 * error if it starts blocking while the work waits for confirms — a blocked publish would
 * otherwise hang until the alarm is over.
 */
export async function withPublisher<T>(
  credentials: Credentials,
  vhost: string,
  work: (channel: ConfirmChannel) => Promise<T>,
): Promise<T> {
  return using(credentials, vhost, (model) => publishOn(credentials, model, work));
}

async function publishOn<T>(credentials: Credentials, model: ChannelModel, work: (channel: ConfirmChannel) => Promise<T>): Promise<T> {
  const now = blockedBy.get(model);
  if (now) throw blockedError(now, false);
  let listeners = blockedListeners.get(model);
  if (!listeners) blockedListeners.set(model, (listeners = new Set()));
  let onBlocked: (reason: string) => void = () => {};
  const whenBlocked = new Promise<never>((_, reject) => {
    onBlocked = (reason) => reject(blockedError(reason, true));
  });
  whenBlocked.catch(() => {}); // only ever read through the race below
  listeners.add(onBlocked);
  try {
    const channel = await model.createConfirmChannel();
    return await runOnChannel(credentials, channel, (ch) => Promise.race([work(ch), whenBlocked]));
  } finally {
    listeners.delete(onBlocked);
  }
}

/** Like withChannel, with publisher confirms on. */
export async function withConfirmChannel<T>(
  credentials: Credentials,
  vhost: string,
  work: (channel: ConfirmChannel) => Promise<T>,
): Promise<T> {
  return using(credentials, vhost, async (model) => runOnChannel(credentials, await model.createConfirmChannel(), work));
}

async function runOnChannel<C extends Channel, T>(credentials: Credentials, channel: C, work: (channel: C) => Promise<T>): Promise<T> {
  // A channel error (404 on a missing queue, 406 ...) also closes the channel; keep it from
  // surfacing as an unhandled 'error' event, but keep its reason: a publish to a missing exchange
  // rejects waitForConfirms() with a bare "channel closed" while the 'error' event carries the 404.
  let closedBy: unknown;
  channel.on('error', (error: unknown) => {
    closedBy ??= error;
  });
  try {
    return await work(channel);
  } catch (error) {
    throw amqpError(closedBy ?? error);
  } finally {
    // Bounded: a connection the broker has stopped reading (an alarm) would never answer the close.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([channel.close().catch(() => {}), new Promise((resolve) => (timer = setTimeout(resolve, CHANNEL_CLOSE_WAIT_MS)))]);
    clearTimeout(timer);
    // Whatever the work changed (a purge, a binding, a publish), this user's next reads show it.
    forgetAnswers(credentials);
  }
}

/** Opens (or reuses) the AMQP connection for this user and vhost: the banner's AMQP probe. */
export async function checkAmqp(credentials: Credentials, vhost: string): Promise<void> {
  await connection(credentials, vhost);
}

/**
 * Maps amqplib errors (socket errors, channel/connection close codes) to BrokerError. A broker
 * that cannot be reached is one plain sentence for the client; `where` (host:port) and the
 * socket's error go to the server log only.
 */
export function amqpError(error: unknown, where = 'the AMQP listener'): BrokerError {
  if (error instanceof BrokerError) return error;
  const err = error as { code?: number | string; message?: string };
  // amqplib wraps the broker's words: 'Channel closed by server: 404 (NOT-FOUND) with message
  // "NOT_FOUND - no exchange …"'. The broker's sentence is what the user needs.
  const raw = err?.message ?? String(error);
  const message = /^(?:Channel|Connection) closed(?: by server)?: \d+ \([A-Z-]+\) with message "(.*)"$/s.exec(raw)?.[1] ?? raw;
  const unreachable = (detail: string) => {
    logBrokerProblem('AMQP listener unreachable', `amqp://${where}`, detail);
    return new BrokerError('BROKER_UNREACHABLE', 'The AMQP listener cannot be reached');
  };
  const timedOut = (detail: string) => {
    logBrokerProblem('AMQP listener timed out', `amqp://${where}`, detail);
    return new BrokerError('BROKER_TIMEOUT', `The AMQP listener did not answer within ${AMQP_TIMEOUT_MS / 1000} s`);
  };
  switch (err?.code) {
    case 320:
      return new BrokerError('CONNECTION_CLOSED', `The broker closed Warren's connection: ${message}`);
    case 404:
      return new BrokerError('NOT_FOUND', message);
    case 403:
      return new BrokerError('ACCESS_REFUSED', message);
    case 405:
      return new BrokerError('RESOURCE_LOCKED', message);
    case 406:
      return new BrokerError('PRECONDITION_FAILED', message);
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ENOTFOUND':
      return unreachable(String(err.code));
    case 'ETIMEDOUT':
      return timedOut(String(err.code));
  }
  if (/ACCESS_REFUSED|Login was refused|403/i.test(message)) return new BrokerError('ACCESS_REFUSED', message);
  // The broker closes the connection during connection.open (530 NOT_ALLOWED) when the vhost does
  // not exist or the user has no permissions on it; amqplib reports only this, without the reason.
  if (/Expected ConnectionOpenOk; got <ConnectionClose/.test(message)) {
    return new BrokerError('ACCESS_REFUSED', 'RabbitMQ refused access to the virtual host: it does not exist or the user has no permissions on it');
  }
  if (/timeout|timed out/i.test(message)) return timedOut(message);
  if (/socket|ECONN|closed/i.test(message)) return unreachable(message);
  return new BrokerError('BROKER_ERROR', message);
}

function startSweeper(): void {
  if (sweeper) return;
  sweeper = setInterval(() => {
    const now = Date.now();
    for (const [key, entry] of pool) {
      if (entry.inUse > 0 || now - entry.lastUsed < IDLE_CLOSE_MS) continue;
      pool.delete(key);
      void closeEntry(entry);
    }
    if (pool.size === 0 && sweeper) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  }, 60_000);
  sweeper.unref();
}

/**
 * Closes this user's pooled connections (logout): the broker sees them go at once, not after the
 * idle sweep. One in use (another tab or browser of the same user is mid-request, or moving
 * messages) leaves the pool now and closes when that work ends: a logout never cuts it.
 */
export async function closeConnectionsOf(credentials: Credentials): Promise<number> {
  const owner = ownerKey(credentials);
  const entries = [...pool].filter(([, entry]) => entry.owner === owner);
  for (const [key, entry] of entries) {
    pool.delete(key);
    entry.retired = true;
  }
  await Promise.all(entries.filter(([, entry]) => entry.inUse === 0).map(([, entry]) => closeEntry(entry)));
  return entries.length;
}

/** Closes every pooled connection (tests, shutdown). */
export async function closeAllConnections(): Promise<void> {
  const entries = [...pool.values()];
  pool.clear();
  await Promise.all(entries.map(closeEntry));
}

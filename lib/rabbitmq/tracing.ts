import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { managementRequest, mgmtPath, type Credentials } from './management';

// The firehose: tracing turned on for a vhost while an administrator's firehose tail runs, and
// off again when the last one of that vhost ends. Warren notes which vhosts it turned on in a
// file, so that tracing it left on (a crash, a kill) is turned off at the next firehose request
// or administrator login: Warren holds no credentials of its own to do it at startup.

const active = new Map<string, number>();

function stateFile(): string {
  // turbopackIgnore: a path known only at run time; the build must not trace the project for it.
  return path.resolve(/*turbopackIgnore: true*/ process.env.WARREN_TRACING_STATE ?? path.join('.data', 'warren-tracing.json'));
}

function readState(): string[] {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(stateFile(), 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function writeState(vhosts: string[]): void {
  try {
    fs.mkdirSync(path.dirname(stateFile()), { recursive: true });
    fs.writeFileSync(stateFile(), JSON.stringify([...new Set(vhosts)]));
  } catch (error) {
    console.error('[warren] cannot write the tracing state file:', error);
  }
}

interface VhostSettings {
  description?: string;
  tags?: string[] | string;
  tracing?: boolean;
}

/**
 * Tracing on or off, keeping the vhost's description and tags: a PUT /api/vhosts/{name} with
 * only {"tracing": …} wipes them on 3.10 (checked).
 */
export async function setTracing(credentials: Credentials, vhost: string, on: boolean): Promise<void> {
  const current = await managementRequest<VhostSettings>(credentials, 'GET', mgmtPath`/vhosts/${vhost}`, { fresh: true });
  const tags = Array.isArray(current.tags) ? current.tags.join(',') : (current.tags ?? '');
  await managementRequest(credentials, 'PUT', mgmtPath`/vhosts/${vhost}`, { body: { description: current.description ?? '', tags, tracing: on } });
}

/** A firehose tail starts: tracing on for its vhost (once for all tails of it here). */
export async function acquireTracing(credentials: Credentials, vhost: string): Promise<void> {
  const count = active.get(vhost) ?? 0;
  active.set(vhost, count + 1);
  if (count > 0) return;
  try {
    writeState([...readState(), vhost]);
    await setTracing(credentials, vhost, true);
  } catch (error) {
    active.set(vhost, (active.get(vhost) ?? 1) - 1);
    throw error;
  }
}

/** A firehose tail ends: tracing off when it was the vhost's last. */
export async function releaseTracing(credentials: Credentials, vhost: string): Promise<void> {
  const count = (active.get(vhost) ?? 1) - 1;
  if (count > 0) return void active.set(vhost, count);
  active.delete(vhost);
  try {
    await setTracing(credentials, vhost, false);
    writeState(readState().filter((name) => name !== vhost));
  } catch (error) {
    console.error(`[warren] could not turn tracing off on vhost "${vhost}"; it will be retried at the next administrator login:`, error);
  }
}

/** Tracing Warren turned on and left on (no tail of it runs here now): turned off. */
export async function cleanUpTracing(credentials: Credentials): Promise<void> {
  const left = readState().filter((vhost) => !active.has(vhost));
  if (!left.length) return;
  const still: string[] = [];
  for (const vhost of left) {
    try {
      await setTracing(credentials, vhost, false);
    } catch {
      still.push(vhost);
    }
  }
  writeState([...readState().filter((vhost) => active.has(vhost)), ...still]);
}

import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuditEntry, AuditPage, AuditQuery } from '@/lib/api/audit';

// The audit log: one JSON line per change made through Warren, written by the route wrapper
// (lib/session/with-session.ts) for every mutating request, so that no route needs code of its
// own. To a file (WARREN_AUDIT_FILE, default .data/audit/warren-<host>.jsonl; "off" for none) and,
// with WARREN_AUDIT_STDOUT=true, to stdout as well, for log shipping.

/** This instance, in each entry: several Warren instances' logs can be merged and told apart. */
const INSTANCE = `${os.hostname()}:${process.pid}`;

export function auditFile(): string | null {
  const configured = process.env.WARREN_AUDIT_FILE;
  if (configured === 'off') return null;
  // turbopackIgnore: a path known only at run time; the build must not trace the project for it.
  return path.resolve(/*turbopackIgnore: true*/ configured || path.join('.data', 'audit', `warren-${os.hostname()}.jsonl`));
}

// Writes are chained: lines never interleave, and each is on disk before the next starts.
let writing: Promise<void> = Promise.resolve();
let warned = false;

/** Appends one entry. Never throws: a change that was made stays made if the log cannot be written. */
export function recordAudit(entry: Omit<AuditEntry, 'instance'>): Promise<void> {
  const line = `${JSON.stringify({ ...entry, instance: INSTANCE })}\n`;
  if (process.env.WARREN_AUDIT_STDOUT === 'true') process.stdout.write(`[warren-audit] ${line}`);
  const file = auditFile();
  if (!file) return Promise.resolve();
  writing = writing.then(async () => {
    try {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.appendFile(file, line, { mode: 0o600 });
    } catch (error) {
      if (!warned) console.error(`[warren] the audit log ${file} cannot be written:`, error);
      warned = true;
    }
  });
  return writing;
}

/** Bytes read from the end of the file at most: older entries are for the log's own archive. */
const READ_LIMIT = 64 * 1024 * 1024;

/** The newest entries first, filtered; reads the last READ_LIMIT bytes of this instance's file. */
export async function readAudit(query: AuditQuery): Promise<AuditPage> {
  const file = auditFile();
  const empty: AuditPage = { items: [], page: query.page, page_size: query.page_size, total: 0, file, partial: false };
  if (!file) return empty;
  let text: string;
  let partial = false;
  try {
    const handle = await fs.promises.open(/*turbopackIgnore: true*/ file, 'r');
    try {
      const { size } = await handle.stat();
      const start = Math.max(0, size - READ_LIMIT);
      partial = start > 0;
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      text = buffer.toString('utf8');
      // A read from the middle starts inside a line: drop it.
      if (partial) text = text.slice(text.indexOf('\n') + 1);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw error;
  }
  const matches: AuditEntry[] = [];
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line) continue;
    let entry: AuditEntry;
    try {
      entry = JSON.parse(line) as AuditEntry;
    } catch {
      continue; // a line cut by a crash
    }
    if (matchesQuery(entry, query)) matches.push(entry);
  }
  const from = (query.page - 1) * query.page_size;
  return { ...empty, items: matches.slice(from, from + query.page_size), total: matches.length, partial };
}

export function matchesQuery(entry: AuditEntry, query: Pick<AuditQuery, 'user' | 'object' | 'from' | 'to' | 'result'>): boolean {
  if (query.user && entry.user !== query.user) return false;
  if (query.result && entry.result !== query.result) return false;
  if (query.from && entry.time < query.from) return false;
  if (query.to && entry.time > query.to) return false;
  if (query.object) {
    const needle = query.object.toLowerCase();
    const haystack = [entry.path, ...Object.values(entry.object ?? {})].join('\n').toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RouteError, withoutSession } from '@/lib/session/with-session';
import { readAudit, recordAudit } from './audit-log';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warren-audit-'));
  process.env.WARREN_AUDIT_FILE = path.join(dir, 'audit.jsonl');
});
afterEach(() => {
  delete process.env.WARREN_AUDIT_FILE;
  fs.rmSync(dir, { recursive: true, force: true });
});

const lines = () =>
  fs
    .readFileSync(process.env.WARREN_AUDIT_FILE!, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const post = (url: string, body: unknown) =>
  new NextRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.1.2.3' }, body: JSON.stringify(body) });

describe('the route wrapper writes the audit log', () => {
  const body = z.object({ username: z.string(), password: z.string(), colour: z.string().optional() });

  it('a change that is done: who, from where, which route and object, the essentials, the result', async () => {
    const handler = withoutSession({ params: z.object({ vhost: z.string(), name: z.string() }), body }, async () => ({ ok: true }));
    const response = await handler(post('http://warren.test/api/queues/%2F/orders', { username: 'ops', password: 'hunter2', colour: 'red' }), {
      params: Promise.resolve({ vhost: '/', name: 'orders' }),
    });
    expect(response.status).toBe(200);
    const [entry] = lines();
    expect(entry).toMatchObject({
      user: 'ops',
      address: '10.1.2.3',
      method: 'POST',
      route: '/api/queues/[vhost]/[name]',
      path: '/api/queues/%2F/orders',
      object: { vhost: '/', name: 'orders' },
      request: { username: 'ops', colour: 'red' },
      result: 'done',
      status: 200,
    });
    expect(JSON.stringify(entry)).not.toContain('hunter2');
    expect(Date.parse(String(entry!.time))).toBeGreaterThan(0);
  });

  it('a refusal, with its code and message; an invalid body too', async () => {
    const refusing = withoutSession({ body }, async () => {
      throw new RouteError('FORBIDDEN', 'not yours');
    });
    await refusing(post('http://warren.test/api/auth/login', { username: 'ops', password: 'x' }), { params: Promise.resolve({}) });
    await refusing(post('http://warren.test/api/auth/login', { username: 42 }), { params: Promise.resolve({}) });
    const [refused, invalid] = lines();
    expect(refused).toMatchObject({ result: 'refused', status: 403, error: { code: 'FORBIDDEN', message: 'not yours' }, route: '/api/auth/login' });
    expect(invalid).toMatchObject({ result: 'refused', status: 400, error: { code: 'VALIDATION_FAILED' } });
  });

  it('reads nothing for a GET', async () => {
    const handler = withoutSession({}, async () => ({ ok: true }));
    await handler(new NextRequest('http://warren.test/api/overview'), { params: Promise.resolve({}) });
    expect(fs.existsSync(process.env.WARREN_AUDIT_FILE!)).toBe(false);
  });
});

describe('reading the audit log', () => {
  const entry = (time: string, user: string, name: string, result: 'done' | 'refused' = 'done') => ({
    time,
    user,
    address: '127.0.0.1',
    method: 'DELETE',
    route: '/api/queues/[vhost]/[name]',
    path: `/api/queues/%2F/${name}`,
    object: { vhost: '/', name },
    result,
    status: result === 'done' ? 204 : 403,
  });

  it('answers newest first, filtered by user, object, time and result, paged', async () => {
    await recordAudit(entry('2026-12-01T10:00:00.000Z', 'ops', 'orders'));
    await recordAudit(entry('2026-12-01T11:00:00.000Z', 'dev', 'orders', 'refused'));
    await recordAudit(entry('2026-12-01T12:00:00.000Z', 'ops', 'invoices'));
    fs.appendFileSync(process.env.WARREN_AUDIT_FILE!, '{"cut by a cra');
    const all = await readAudit({ page: 1, page_size: 10 });
    expect(all.items.map((e) => e.time)).toEqual(['2026-12-01T12:00:00.000Z', '2026-12-01T11:00:00.000Z', '2026-12-01T10:00:00.000Z']);
    expect(all.items[0]?.instance).toMatch(/:\d+$/);
    expect((await readAudit({ page: 1, page_size: 10, user: 'ops' })).total).toBe(2);
    expect((await readAudit({ page: 1, page_size: 10, object: 'ORDERS' })).total).toBe(2);
    expect((await readAudit({ page: 1, page_size: 10, result: 'refused' })).items[0]?.user).toBe('dev');
    expect((await readAudit({ page: 1, page_size: 10, from: '2026-12-01T10:30:00.000Z', to: '2026-12-01T11:30:00.000Z' })).total).toBe(1);
    const second = await readAudit({ page: 2, page_size: 2 });
    expect([second.total, second.items.length]).toEqual([3, 1]);
  });

  it('is empty, not an error, before anything was written; off writes nothing', async () => {
    expect((await readAudit({ page: 1, page_size: 10 })).items).toEqual([]);
    process.env.WARREN_AUDIT_FILE = 'off';
    await recordAudit(entry('2026-12-01T10:00:00.000Z', 'ops', 'orders'));
    expect(await readAudit({ page: 1, page_size: 10 })).toMatchObject({ items: [], file: null });
  });
});

import http from 'node:http';
import { expect, test } from '@playwright/test';

// Regressions found by the route fuzz suite (e2e/fuzz): what Next.js answered before any of
// Warren's code ran. Sent with node:http, so that the path goes out exactly as written.

function raw(baseURL: string, method: string, path: string): Promise<{ status: number; type: string; allow?: string; body: unknown }> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path, agent: false, headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: the assertion says so
        }
        resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), allow: response.headers.allow, body });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

test.describe('every answer under /api/ is the JSON envelope', () => {
  test('a path segment that is not valid UTF-8 is a 400 that names it (was a bare 500)', async ({ baseURL }) => {
    const answer = await raw(baseURL!, 'GET', '/api/connections/%ED%A0%80');
    expect([answer.status, answer.type]).toEqual([400, 'application/json']);
    expect(answer.body).toEqual({ error: { code: 'BAD_REQUEST', message: 'The path segment 3 is not valid UTF-8' } });
    expect((await raw(baseURL!, 'DELETE', '/api/queues/x/%zz/contents')).body).toMatchObject({
      error: { code: 'BAD_REQUEST', message: expect.stringMatching(/^The path segment 4 is not valid percent-encoding/) },
    });
  });

  test('a query value that is not valid UTF-8 is a 400 too (it was read as U+FFFD)', async ({ baseURL }) => {
    const answer = await raw(baseURL!, 'GET', '/api/queues?name=%ED%A0%80');
    expect(answer.body).toEqual({ error: { code: 'BAD_REQUEST', message: 'The query parameter "name" is not valid UTF-8' } });
  });

  test('a dot segment is a 400, not a redirect to another path with the same method', async ({ baseURL }) => {
    const answer = await raw(baseURL!, 'DELETE', '/api/queues/%2F/q/%2e');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'BAD_REQUEST', message: expect.stringContaining('a step to another path') } });
  });

  test('an unknown path is a 404 (was Next.js’s HTML page)', async ({ baseURL }) => {
    const answer = await raw(baseURL!, 'GET', '/api/no/such/route');
    expect([answer.status, answer.type]).toEqual([404, 'application/json']);
    expect(answer.body).toEqual({ error: { code: 'NOT_FOUND', message: 'No such API route: /api/no/such/route' } });
  });

  test('a method the route lacks is a 405 with Allow (was empty); one Warren does not know at all too (was a 500)', async ({ baseURL }) => {
    const post = await raw(baseURL!, 'POST', '/api/overview');
    expect([post.status, post.allow]).toEqual([405, 'GET, HEAD, OPTIONS']);
    expect(post.body).toEqual({
      error: { code: 'METHOD_NOT_ALLOWED', message: 'POST is not supported on /api/overview; it takes GET, HEAD, OPTIONS' },
    });
    const trace = await raw(baseURL!, 'TRACE', '/api/overview');
    expect(trace.status).toBe(405);
    expect(trace.body).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
  });
});

import { exportDefinitions, importDefinitions } from '@/lib/rabbitmq/admin/definitions';
import { definitionsExportQuerySchema, definitionsImportBodySchema, MAX_DEFINITIONS_BYTES } from '@/lib/schemas/definitions';
import { requireAdministrator } from '@/lib/session/require-tag';
import { withSession } from '@/lib/session/with-session';

// GET /api/definitions?vhost= — the broker's definitions (all, or one vhost's) as a JSON file to download (Content-Disposition: attachment)
export const GET = withSession({ query: definitionsExportQuerySchema }, async ({ session, credentials, query }) => {
  requireAdministrator(session, 'Exporting definitions');
  const vhost = query.vhost ?? null;
  const definitions = await exportDefinitions(credentials, vhost);
  return new Response(JSON.stringify(definitions, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': attachment(`definitions-${vhost ?? 'broker'}-${new Date().toISOString().slice(0, 10)}.json`),
      'cache-control': 'no-store',
    },
  });
});

// POST /api/definitions — import a file { vhost, definitions, fingerprint } after its preview (the same fingerprint); 8 MiB at most; the broker merges, it never deletes
export const POST = withSession(
  { body: definitionsImportBodySchema, maxBodyBytes: MAX_DEFINITIONS_BYTES },
  async ({ session, credentials, body }) => {
    requireAdministrator(session, 'Importing definitions');
    return importDefinitions(credentials, body.vhost, body.definitions, body.fingerprint);
  },
);

/** A file name for any vhost: an ASCII fallback, and the name itself in RFC 5987's filename*. */
function attachment(filename: string): string {
  const ascii = filename.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

import { previewDefinitions } from '@/lib/rabbitmq/admin/definitions';
import { definitionsPreviewBodySchema, MAX_DEFINITIONS_BYTES } from '@/lib/schemas/definitions';
import { requireAdministrator } from '@/lib/session/require-tag';
import { withSession } from '@/lib/session/with-session';

// POST /api/definitions/preview — check a definitions file { vhost, definitions } (8 MiB at most) and say what importing it would create, change or leave as it is; changes nothing
export const POST = withSession(
  { body: definitionsPreviewBodySchema, maxBodyBytes: MAX_DEFINITIONS_BYTES },
  async ({ session, credentials, body }) => {
    requireAdministrator(session, 'Importing definitions');
    return previewDefinitions(credentials, body.vhost, body.definitions);
  },
);

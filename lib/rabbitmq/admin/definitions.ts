import 'server-only';
import { createHash } from 'node:crypto';
import { PREVIEW_MAX_ITEMS, type DefinitionsImportResult, type DefinitionsPreview } from '@/lib/api/definitions';
import type { Vhost } from '@/lib/api/overview';
import { canonical, changesSomething, diffDefinitions, limitItems, type CurrentDefinitions, type DefinitionsDiff } from '@/lib/definitions/diff';
import { MAX_PROBLEMS, parseDefinitions, type DefinitionsScope } from '@/lib/schemas/definitions';
import { BrokerError } from '../errors';
import { addressable, managementRequest, mgmtPath, unaddressable, type Credentials } from '../management';
import { getOverview } from '../overview';

// Definitions: export, a preview of an import (checked and compared with what the broker has),
// and the import itself, which the broker merges (it never deletes anything).

/** An import of many thousands of objects takes the broker a while. */
const IMPORT_TIMEOUT_MS = 120_000;

function definitionsPath(vhost: string | null): string {
  if (vhost === null) return '/definitions';
  if (!addressable(vhost)) throw unaddressable(vhost);
  return mgmtPath`/definitions/${vhost}`;
}

/** 3.10 answers a vhost that does not exist with 400 "vhost_not_found" (GET) or 404 (POST). */
function vhostError(error: unknown, vhost: string | null): unknown {
  if (vhost !== null && error instanceof BrokerError && /vhost_not_found/i.test(error.message)) {
    return new BrokerError('NOT_FOUND', `Virtual host “${vhost}” does not exist`);
  }
  return error;
}

/** The broker's definitions, of all of it or one vhost, as it exports them (password hashes included). */
export async function exportDefinitions(credentials: Credentials, vhost: string | null): Promise<unknown> {
  try {
    return await managementRequest<unknown>(credentials, 'GET', definitionsPath(vhost), { fresh: true });
  } catch (error) {
    throw vhostError(error, vhost);
  }
}

/** What the broker has now, as the diff compares it: vhosts with their description and tags (the export has their names only). */
async function currentDefinitions(credentials: Credentials, scope: DefinitionsScope): Promise<CurrentDefinitions> {
  if (scope.vhost !== null) return (await exportDefinitions(credentials, scope.vhost)) as CurrentDefinitions;
  const [definitions, vhosts] = await Promise.all([
    exportDefinitions(credentials, null) as Promise<CurrentDefinitions>,
    managementRequest<Vhost[]>(credentials, 'GET', '/vhosts', { query: { columns: 'name,description,tags' }, fresh: true }),
  ]);
  return { ...definitions, vhosts: vhosts as unknown as CurrentDefinitions['vhosts'] };
}

type Checked = { valid: false; preview: DefinitionsPreview } | { valid: true; diff: DefinitionsDiff; fingerprint: string };

async function check(credentials: Credentials, vhost: string | null, input: unknown): Promise<Checked> {
  const scope: DefinitionsScope = { vhost };
  const { rabbitmq_version: version } = await getOverview(credentials);
  const parsed = parseDefinitions(input, scope, version);
  const invalid = (problems: DefinitionsDiff['problems']): Checked => ({
    valid: false,
    preview: { valid: false, problems: problems.slice(0, MAX_PROBLEMS), more: Math.max(0, problems.length - MAX_PROBLEMS) },
  });
  if (!parsed.ok) return invalid(parsed.problems);
  const diff = diffDefinitions(parsed.file, await currentDefinitions(credentials, scope), scope);
  if (diff.problems.length) return invalid(diff.problems);
  // Over the whole diff, not the listed part: any difference in what would happen changes it.
  const fingerprint = createHash('sha256').update(canonical(diff)).digest('hex');
  return { valid: true, diff, fingerprint };
}

/** What importing the file would do; nothing is sent to the broker but reads. */
export async function previewDefinitions(credentials: Credentials, vhost: string | null, input: unknown): Promise<DefinitionsPreview> {
  const checked = await check(credentials, vhost, input);
  if (!checked.valid) return checked.preview;
  return { valid: true, diff: limitItems(checked.diff, PREVIEW_MAX_ITEMS), fingerprint: checked.fingerprint, changes: changesSomething(checked.diff) };
}

/**
 * Imports the file, if it is still valid and would still do what its preview showed (the same
 * fingerprint): otherwise nothing is sent. The broker merges; if it refuses an entry all the
 * same, the entries before it stay applied (RabbitMQ imports without a transaction).
 */
export async function importDefinitions(
  credentials: Credentials,
  vhost: string | null,
  input: unknown,
  fingerprint: string,
): Promise<DefinitionsImportResult> {
  const checked = await check(credentials, vhost, input);
  if (!checked.valid) {
    const { problems, more } = checked.preview as Extract<DefinitionsPreview, { valid: false }>;
    const listed = problems.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join('; ');
    throw new BrokerError('VALIDATION_FAILED', `The file was not imported: ${listed}${more ? ` (and ${more} more)` : ''}`);
  }
  if (checked.fingerprint !== fingerprint) {
    throw new BrokerError(
      'CONFLICT',
      'The file was not imported: the broker’s definitions (or the file) changed since the preview, so it would not do what the preview showed. Preview it again.',
    );
  }
  try {
    await managementRequest(credentials, 'POST', definitionsPath(vhost), { body: input, timeoutMs: IMPORT_TIMEOUT_MS });
  } catch (error) {
    const mapped = vhostError(error, vhost);
    if (mapped instanceof BrokerError && mapped.code !== 'NOT_FOUND' && mapped.code !== 'ACCESS_REFUSED' && mapped.code !== 'LOGIN_FAILED') {
      throw new BrokerError(
        mapped.code,
        `The broker stopped the import: ${mapped.message}. It imports without a transaction: what it applied before that entry stays applied.`,
      );
    }
    throw mapped;
  }
  const count = (outcome: 'create' | 'change') => checked.diff.categories.reduce((sum, category) => sum + category.counts[outcome], 0);
  return { created: count('create'), changed: count('change') };
}

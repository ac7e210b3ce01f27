import 'server-only';
import type { LocalPage, Page } from '@/lib/api/page';
import { PREVIEW_PAGE_SIZE, type Policy, type PolicyPreview, type PolicyPreviewList, type PolicyPreviewRow, type PutPolicyOutcome } from '@/lib/api/admin-policies';
import { appliesToExchanges, appliesToQueues, appliesToQueueType, brokerPatternFilter, previewOutcome, unsupportedKeys, type PolicyKind } from '@/lib/policies';
import type { PolicyBody, PolicyPreviewQuery } from '@/lib/schemas/admin-policies';
import type { ListQuery } from '@/lib/schemas/list';
import { listUnpagedAsPage, pageLocally } from '../activity';
import { BrokerError } from '../errors';
import { addressable, listPage, managementRequest, mgmtPath, type Credentials } from '../management';

// Policies and operator policies. RabbitMQ 3.10 neither pages nor filters these lists (they are
// a vhost's few dozen at most): Warren asks for them sorted by the broker and pages them itself.

const COLUMNS = ['vhost', 'name', 'pattern', 'apply-to', 'definition', 'priority'];
const resource = (kind: PolicyKind) => (kind === 'policy' ? 'policies' : 'operator-policies');
const noun = (kind: PolicyKind) => (kind === 'policy' ? 'Policy' : 'Operator policy');

/** One page of policies, of one vhost or all, filtered and paged by Warren (the broker cannot). */
export async function listPolicies(credentials: Credentials, kind: PolicyKind, query: ListQuery): Promise<LocalPage<Policy>> {
  const { vhost } = query;
  if (vhost && !addressable(vhost)) {
    // No path for that vhost: all of them, narrowed here.
    const all = await managementRequest<Policy[]>(credentials, 'GET', `/${resource(kind)}`, { query: { columns: COLUMNS.join(',') } });
    return pageLocally(all.filter((policy) => policy.vhost === vhost), query);
  }
  const path = vhost ? mgmtPath`/${resource(kind)}/${vhost}` : `/${resource(kind)}`;
  return listUnpagedAsPage<Policy>(credentials, path, query, COLUMNS);
}

/** One policy; NOT_FOUND with its name when there is none. */
export async function getPolicy(credentials: Credentials, kind: PolicyKind, vhost: string, name: string, { fresh = false } = {}): Promise<Policy> {
  const found = await findPolicy(credentials, kind, vhost, name, { fresh });
  if (!found) throw new BrokerError('NOT_FOUND', `${noun(kind)} “${name}” not found in virtual host “${vhost}”`);
  return found;
}

async function findPolicy(credentials: Credentials, kind: PolicyKind, vhost: string, name: string, { fresh = false } = {}): Promise<Policy | null> {
  if (!addressable(vhost, name)) {
    const list = await managementRequest<Policy[]>(credentials, 'GET', addressable(vhost) ? mgmtPath`/${resource(kind)}/${vhost}` : `/${resource(kind)}`, { fresh });
    return list.find((policy) => policy.vhost === vhost && policy.name === name) ?? null;
  }
  try {
    return await managementRequest<Policy>(credentials, 'GET', mgmtPath`/${resource(kind)}/${vhost}/${name}`, { fresh });
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Adds or updates a policy (a PUT of the same name replaces it): says which it was. */
export async function putPolicy(credentials: Credentials, kind: PolicyKind, vhost: string, name: string, body: PolicyBody): Promise<PutPolicyOutcome> {
  if (!addressable(vhost, name)) throw unaddressablePolicy(kind, name);
  let existed: boolean;
  try {
    existed = (await findPolicy(credentials, kind, vhost, name, { fresh: true })) !== null;
    await managementRequest(credentials, 'PUT', mgmtPath`/${resource(kind)}/${vhost}/${name}`, {
      body: { pattern: body.pattern, 'apply-to': body['apply-to'], priority: body.priority, definition: body.definition },
    });
  } catch (error) {
    throw policyError(error, kind);
  }
  return { created: !existed };
}

export async function deletePolicy(credentials: Credentials, kind: PolicyKind, vhost: string, name: string): Promise<void> {
  if (!addressable(vhost, name)) throw unaddressablePolicy(kind, name);
  try {
    await managementRequest(credentials, 'DELETE', mgmtPath`/${resource(kind)}/${vhost}/${name}`);
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'NOT_FOUND') {
      throw new BrokerError('NOT_FOUND', `${noun(kind)} “${name}” not found in virtual host “${vhost}”`);
    }
    throw policyError(error, kind);
  }
}

function unaddressablePolicy(kind: PolicyKind, name: string): BrokerError {
  return new BrokerError(
    'UNADDRESSABLE',
    `${noun(kind)} names and virtual hosts "." and ".." cannot be used through the management API (a URL path reads them as steps to another path); “${name}” was not sent`,
  );
}

/**
 * The broker's refusals of a policy read "Validation failed\n\n[{<<\"x\">>,5}] are not recognised
 * policy settings\n", HTML-escaped (&lt;&lt;): one plain line instead. 3.10 answers a
 * policymaker's write in a vhost they have no access to with 401 "User not authorised to access
 * object", and an operator policy by anyone but an administrator with "Not administrator user".
 */
export function policyError(error: unknown, kind: PolicyKind): unknown {
  if (!(error instanceof BrokerError)) return error;
  const message = unescapeHtml(error.message).replace(/\s*\n+\s*/g, ' ').trim().replace(/^Validation failed /, 'Validation failed: ');
  if (error.code === 'ACCESS_REFUSED' && /not administrator/i.test(message)) {
    return new BrokerError('ACCESS_REFUSED', `Only administrators may change operator policies (the broker answered “${message}”)`);
  }
  if (error.code === 'ACCESS_REFUSED' && /not authori[sz]ed to access object/i.test(message)) {
    return new BrokerError(
      'ACCESS_REFUSED',
      `${kind === 'policy' ? 'Policies' : 'Operator policies'} of this virtual host are not yours to change: it takes the policymaker tag and access to the virtual host (the broker answered “${message}”)`,
    );
  }
  return new BrokerError(error.code, message);
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' };
function unescapeHtml(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

// ---------------------------------------------------------------------------------------------
// Preview: the queues and exchanges a pattern matches, found by the broker's own name filter (a
// regular expression, made case-sensitive like a policy's), with the policy applying to each today.

interface MatchedRow {
  name: string;
  type?: string;
  policy?: string | null;
  operator_policy?: string | null;
}

export async function previewPolicy(credentials: Credentials, kind: PolicyKind, query: PolicyPreviewQuery): Promise<PolicyPreview> {
  const { vhost, pattern, apply_to: applyTo } = query;
  if (!addressable(vhost)) throw unaddressablePolicy(kind, vhost);
  // The vhost's policies of this kind: their priorities, and the one of this name if it exists.
  const policies = managementRequest<Policy[]>(credentials, 'GET', mgmtPath`/${resource(kind)}/${vhost}`, { query: { columns: COLUMNS.join(',') }, fresh: true });
  const priorities = policies.then((list) => new Map(list.map((policy) => [policy.name, policy.priority])));
  const [queues, exchanges, list] = await Promise.all([
    appliesToQueues(applyTo) ? previewList(credentials, kind, 'queues', query, priorities) : null,
    // Operator policies set queue limits; no exchange takes them.
    kind === 'policy' && appliesToExchanges(applyTo) ? previewList(credentials, kind, 'exchanges', query, priorities) : null,
    policies,
  ]);
  const existing = query.name ? (list.find((policy) => policy.name === query.name) ?? null) : null;
  return { vhost, pattern, applyTo, existing, queues, exchanges };
}

async function previewList(
  credentials: Credentials,
  kind: PolicyKind,
  what: 'queues' | 'exchanges',
  query: PolicyPreviewQuery,
  priorities: Promise<Map<string, number>>,
): Promise<PolicyPreviewList> {
  const current = kind === 'policy' ? 'policy' : 'operator_policy';
  const columns = what === 'queues' ? ['name', 'type', current] : ['name', current];
  const page: Page<MatchedRow> = await listPage<MatchedRow>(credentials, mgmtPath`/${what}/${query.vhost}`, {
    page: 1,
    pageSize: PREVIEW_PAGE_SIZE,
    name: brokerPatternFilter(query.pattern),
    useRegex: true,
    sort: 'name',
    columns,
  });
  const known = await priorities;
  const items = page.items.map((row): PolicyPreviewRow => {
    const applied = (kind === 'policy' ? row.policy : row.operator_policy) ?? null;
    // 3.12's apply-to of one queue type: the broker's filter matched the name, the type decides.
    const typeRefused = what === 'queues' && !appliesToQueueType(query.apply_to, row.type);
    const outcome = typeRefused
      ? ({ kind: 'otherType' } as const)
      : previewOutcome({
          name: query.name ?? '',
          priority: query.priority,
          current: applied,
          currentPriority: applied ? known.get(applied) : undefined,
          unsupported: what === 'queues' ? unsupportedKeys(row.type, query.keys) : [],
        });
    return { name: row.name, ...(row.type ? { type: row.type } : {}), current: applied, outcome };
  });
  return { matched: page.filtered_count, total: page.total_count, items };
}

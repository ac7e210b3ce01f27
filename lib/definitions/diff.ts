import type { DefinitionCategory, DefinitionProblem, DefinitionsFile, DefinitionsScope } from '@/lib/schemas/definitions';
import { DEFINITION_CATEGORIES, VHOST_CATEGORIES } from '@/lib/schemas/definitions';

// What importing a definitions file would do, compared with the broker's current definitions,
// as RabbitMQ 3.10 imports (rabbit_definitions.erl): it merges and never deletes; users, vhosts,
// permissions, parameters and policies of the same identity are overwritten; an existing queue or
// exchange is kept as it is even when the file defines it otherwise; amq.* queues and exchanges
// are skipped. Pure: the server computes it, the browser shows it.

export type EntryOutcome = 'create' | 'change' | 'same' | 'conflict' | 'skipped';
export const ENTRY_OUTCOMES: readonly EntryOutcome[] = ['create', 'change', 'conflict', 'same', 'skipped'];

/** One field that differs. A password (hash) is never carried: `hidden` says it changes. */
export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
  hidden?: true;
  /** The password is removed: an entry with neither password nor hash disables the user's login. */
  cleared?: true;
}

export interface EntryDiff {
  /** The entry's index in the file's list. */
  index: number;
  outcome: EntryOutcome;
  /** What identifies it: [field, value] pairs, such as [["vhost", "/"], ["name", "orders"]]. */
  id: Array<[string, string]>;
  /** change and conflict: what differs. */
  changes?: FieldChange[];
  /** create: the compared fields it brings (never a password). */
  values?: Record<string, unknown>;
}

export interface CategoryDiff {
  category: DefinitionCategory;
  /** False when the broker does not read this category in this import (one vhost takes five). */
  applies: boolean;
  /** Entries of this category in the file. */
  entries: number;
  counts: Record<EntryOutcome, number>;
  items: EntryDiff[];
}

export type DiffNote =
  /** An import into one vhost puts every entry there, whatever vhost it names. */
  | { code: 'otherVhosts'; vhosts: string[] }
  /** Top-level keys the broker does not read in this import. */
  | { code: 'ignored'; keys: string[] };

export interface DefinitionsDiff {
  scope: DefinitionsScope;
  categories: CategoryDiff[];
  /** What would make the broker stop part way: the import is refused while there are any. */
  problems: DefinitionProblem[];
  notes: DiffNote[];
}

type Entry = Record<string, unknown>;

/** The broker's definitions now (GET /api/definitions or /api/definitions/{vhost}); vhosts with their description and tags. */
export type CurrentDefinitions = Partial<Record<DefinitionCategory, Entry[]>>;

interface CategoryRule {
  /** The fields that identify an entry. */
  id: readonly string[];
  /** The fields compared, with their defaults applied. */
  fields: (entry: Entry) => Record<string, unknown>;
  /** A different existing entry is kept (queues, exchanges) rather than overwritten. */
  immutable?: boolean;
}

const DEFAULT_HASHING = 'rabbit_password_hashing_sha256';

function tagList(value: unknown): string[] {
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
  return list.map((tag) => tag.trim()).filter(Boolean).sort();
}

const emptyToObject = (value: unknown) => (value === undefined || (Array.isArray(value) && value.length === 0) ? {} : value);

const RULES: Record<DefinitionCategory, CategoryRule> = {
  users: {
    id: ['name'],
    fields: (user) => ({ tags: tagList(user.tags), hashing_algorithm: user.hashing_algorithm ?? DEFAULT_HASHING, limits: emptyToObject(user.limits) }),
  },
  vhosts: {
    id: ['name'],
    fields: (vhost) => {
      const metadata = (vhost.metadata ?? {}) as Entry;
      return { description: vhost.description ?? metadata.description ?? '', tags: tagList(vhost.tags ?? metadata.tags) };
    },
  },
  permissions: { id: ['user', 'vhost'], fields: ({ configure, write, read }) => ({ configure, write, read }) },
  topic_permissions: { id: ['user', 'vhost', 'exchange'], fields: ({ write, read }) => ({ write, read }) },
  parameters: { id: ['vhost', 'component', 'name'], fields: ({ value }) => ({ value: emptyToObject(value) }) },
  global_parameters: { id: ['name'], fields: ({ value }) => ({ value: emptyToObject(value) }) },
  policies: {
    id: ['vhost', 'name'],
    fields: (policy) => ({
      pattern: policy.pattern,
      'apply-to': policy['apply-to'] ?? 'all',
      priority: policy.priority ?? 0,
      definition: emptyToObject(policy.definition),
    }),
  },
  queues: {
    id: ['vhost', 'name'],
    immutable: true,
    fields: (queue) => ({ durable: queue.durable, auto_delete: queue.auto_delete, arguments: emptyToObject(queue.arguments) }),
  },
  exchanges: {
    id: ['vhost', 'name'],
    immutable: true,
    fields: (exchange) => ({
      type: exchange.type,
      durable: exchange.durable,
      auto_delete: exchange.auto_delete,
      internal: exchange.internal ?? false,
      arguments: emptyToObject(exchange.arguments),
    }),
  },
  bindings: {
    // A binding is all of its fields: it is there or it is not.
    id: ['vhost', 'source', 'destination_type', 'destination', 'routing_key', 'arguments'],
    fields: () => ({}),
  },
};

/** JSON with sorted keys (and [] ≡ {}, as Erlang has one empty proplist): equal values, equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return value.length ? `[${value.map(canonical).join(',')}]` : '{}';
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Entry)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const idValue = (value: unknown) => (typeof value === 'string' ? value : canonical(value));

function identity(category: DefinitionCategory, entry: Entry): Array<[string, string]> {
  return RULES[category].id.map((field) => [field, idValue(field === 'arguments' ? emptyToObject(entry[field]) : entry[field])]);
}
const identityKey = (id: Array<[string, string]>) => JSON.stringify(id.map(([, value]) => value));

/** Why the broker skips an entry of the file (it logs a warning and goes on). */
function skipped(category: DefinitionCategory, entry: Entry): boolean {
  if (category !== 'queues' && category !== 'exchanges') return false;
  const name = String(entry.name ?? '');
  return name.startsWith('amq.') || (category === 'exchanges' && name === '');
}

function compare(category: DefinitionCategory, wanted: Entry, existing: Entry): FieldChange[] {
  const rule = RULES[category];
  const a = rule.fields(existing);
  const b = rule.fields(wanted);
  if (category === 'users') {
    // The broker merges a user's limits: those the file leaves out are kept as they are.
    const limits = wanted.limits;
    if (limits === null || typeof limits !== 'object' || Array.isArray(limits)) delete b.limits;
    else a.limits = Object.fromEntries(Object.entries((a.limits ?? {}) as Entry).filter(([key]) => key in limits));
  }
  const changes: FieldChange[] = Object.keys(b)
    .filter((field) => canonical(a[field]) !== canonical(b[field]))
    .map((field) => ({ field, from: a[field], to: b[field] }));
  if (category === 'users') {
    // A hash is compared, never shown; a clear-text password in a file is always set anew.
    const password = typeof wanted.password === 'string' || (typeof wanted.password_hash === 'string' && wanted.password_hash !== existing.password_hash);
    if (password) changes.unshift({ field: 'password', hidden: true });
    // The broker clears the password of an existing user whose entry has neither: said loudly.
    else if (wanted.password === undefined && wanted.password_hash === undefined && existing.password_hash)
      changes.unshift({ field: 'password', hidden: true, cleared: true });
  }
  return changes;
}

/** The file's entries with the target vhost put in (an import into one vhost ignores their own). */
function fileEntries(file: DefinitionsFile, category: DefinitionCategory, scope: DefinitionsScope): Entry[] {
  const entries = (file[category] ?? []) as Entry[];
  if (scope.vhost === null || category === 'users' || category === 'vhosts' || category === 'global_parameters') return entries;
  return entries.map((entry) => ({ ...entry, vhost: scope.vhost }));
}

function currentEntries(current: CurrentDefinitions, category: DefinitionCategory, scope: DefinitionsScope): Entry[] {
  const entries = current[category] ?? [];
  // GET /api/definitions/{vhost} leaves the vhost out of queues, exchanges and bindings.
  return scope.vhost === null ? entries : entries.map((entry) => ({ ...entry, vhost: scope.vhost }));
}

const noun: Record<DefinitionCategory, string> = {
  users: 'user',
  vhosts: 'virtual host',
  permissions: 'permission',
  topic_permissions: 'topic permission',
  parameters: 'parameter',
  global_parameters: 'global parameter',
  policies: 'policy',
  queues: 'queue',
  exchanges: 'exchange',
  bindings: 'binding',
};

/** What importing `file` (already checked by parseDefinitions) into `scope` would do to `current`. */
export function diffDefinitions(file: DefinitionsFile, current: CurrentDefinitions, scope: DefinitionsScope): DefinitionsDiff {
  const problems: DefinitionProblem[] = [];
  const categories = DEFINITION_CATEGORIES.map((category): CategoryDiff => {
    const applies = scope.vhost === null || VHOST_CATEGORIES.includes(category);
    const wanted = fileEntries(file, category, scope);
    const counts: Record<EntryOutcome, number> = { create: 0, change: 0, same: 0, conflict: 0, skipped: 0 };
    if (!applies) return { category, applies, entries: wanted.length, counts, items: [] };
    const existing = new Map(currentEntries(current, category, scope).map((entry) => [identityKey(identity(category, entry)), entry]));
    const seen = new Map<string, number>();
    const items = wanted.map((entry, index): EntryDiff => {
      const id = identity(category, entry);
      const key = identityKey(id);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ path: `${category}[${index}]`, message: `the same ${noun[category]} as ${category}[${first}]${scope.vhost === null ? '' : ` once both are in virtual host “${scope.vhost}”`}` });
      } else seen.set(key, index);
      const before = existing.get(key);
      let diff: EntryDiff;
      if (skipped(category, entry)) diff = { index, outcome: 'skipped', id };
      else if (!before) diff = { index, outcome: 'create', id, values: createdValues(category, entry) };
      else {
        const changes = compare(category, entry, before);
        diff = changes.length ? { index, outcome: RULES[category].immutable ? 'conflict' : 'change', id, changes } : { index, outcome: 'same', id };
      }
      counts[diff.outcome]++;
      return diff;
    });
    return { category, applies, entries: wanted.length, counts, items };
  });
  problems.push(...missingReferences(file, current, scope));
  return { scope, categories, problems, notes: notes(file, scope) };
}

function createdValues(category: DefinitionCategory, entry: Entry): Record<string, unknown> | undefined {
  const values = RULES[category].fields(entry);
  return Object.keys(values).length ? values : undefined;
}

const KNOWN_KEYS = new Set<string>([...DEFINITION_CATEGORIES, 'rabbit_version', 'rabbitmq_version', 'product_name', 'product_version']);

function notes(file: DefinitionsFile, scope: DefinitionsScope): DiffNote[] {
  const out: DiffNote[] = [];
  const present = Object.keys(file).filter((key) => (file as Entry)[key] !== undefined);
  const ignored = present.filter((key) => !KNOWN_KEYS.has(key) || (scope.vhost !== null && DEFINITION_CATEGORIES.includes(key as DefinitionCategory) && !VHOST_CATEGORIES.includes(key as DefinitionCategory)));
  if (ignored.length) out.push({ code: 'ignored', keys: ignored });
  if (scope.vhost !== null) {
    const named = new Set<string>();
    for (const category of VHOST_CATEGORIES) {
      for (const entry of (file[category] ?? []) as Entry[]) if (typeof entry.vhost === 'string' && entry.vhost !== scope.vhost) named.add(entry.vhost);
    }
    if (named.size) out.push({ code: 'otherVhosts', vhosts: [...named].sort() });
  }
  return out;
}

/**
 * References the broker would fail on part way (a vhost or user that neither exists nor is in
 * the file, a binding between exchanges or queues that will not be there): reported as problems,
 * so that nothing is sent.
 */
function missingReferences(file: DefinitionsFile, current: CurrentDefinitions, scope: DefinitionsScope): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const names = (entries: Entry[] | undefined, field = 'name') => new Set((entries ?? []).map((entry) => String(entry[field])));
  if (scope.vhost === null) {
    const vhosts = new Set([...names(current.vhosts), ...names(file.vhosts as Entry[])]);
    const users = new Set([...names(current.users), ...names(file.users as Entry[])]);
    for (const category of ['permissions', 'topic_permissions', 'parameters', 'policies', 'queues', 'exchanges', 'bindings'] as const) {
      ((file[category] ?? []) as Entry[]).forEach((entry, index) => {
        if (!vhosts.has(String(entry.vhost))) {
          problems.push({ path: `${category}[${index}].vhost`, message: `virtual host “${String(entry.vhost)}” does not exist and the file does not create it` });
        }
        if ((category === 'permissions' || category === 'topic_permissions') && !users.has(String(entry.user))) {
          problems.push({ path: `${category}[${index}].user`, message: `user “${String(entry.user)}” does not exist and the file does not create it` });
        }
      });
    }
  }
  const inVhost = (entries: Entry[]) => new Set(entries.map((entry) => JSON.stringify([entry.vhost, entry.name])));
  const exchanges = new Set([...inVhost(currentEntries(current, 'exchanges', scope)), ...inVhost(fileEntries(file, 'exchanges', scope))]);
  const queues = new Set([...inVhost(currentEntries(current, 'queues', scope)), ...inVhost(fileEntries(file, 'queues', scope))]);
  // amq.* exchanges come with every vhost and are never exported.
  const exchangeThere = (vhost: unknown, name: string) => name.startsWith('amq.') || exchanges.has(JSON.stringify([vhost, name]));
  fileEntries(file, 'bindings', scope).forEach((binding, index) => {
    const source = String(binding.source);
    const destination = String(binding.destination);
    if (source === '') problems.push({ path: `bindings[${index}].source`, message: 'the default exchange cannot be bound (every queue is bound to it already)' });
    else if (!exchangeThere(binding.vhost, source)) problems.push({ path: `bindings[${index}].source`, message: `exchange “${source}” does not exist and the file does not create it` });
    const there = binding.destination_type === 'queue' ? queues.has(JSON.stringify([binding.vhost, destination])) : exchangeThere(binding.vhost, destination);
    if (!there) {
      problems.push({ path: `bindings[${index}].destination`, message: `${binding.destination_type === 'queue' ? 'queue' : 'exchange'} “${destination}” does not exist and the file does not create it` });
    }
  });
  return problems;
}

/** The diff as the browser gets it: at most `max` entries listed per outcome and category (the counts stay whole). */
export function limitItems(diff: DefinitionsDiff, max: number): DefinitionsDiff {
  return {
    ...diff,
    categories: diff.categories.map((category) => {
      const kept: Record<EntryOutcome, number> = { create: 0, change: 0, same: 0, conflict: 0, skipped: 0 };
      return { ...category, items: category.items.filter((item) => kept[item.outcome]++ < max) };
    }),
  };
}

/** Whether the import would change anything at all. */
export const changesSomething = (diff: DefinitionsDiff) => diff.categories.some((category) => category.counts.create + category.counts.change > 0);

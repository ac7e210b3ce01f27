import { z } from './zod';
import { applyToSchema, policyDefinitionSchema, policyPatternSchema } from './admin-policies';
import { argumentValue } from './arguments';
import { erlangRegexProblem } from '@/lib/erlang-regex';
import { definitionValueProblem, describeValueProblem, policyKeySpec, takesQueueTypeApplyTo } from '@/lib/policies';

// A definitions file (what GET /api/definitions exports), checked before any of it reaches the
// broker: an import stops at the first entry the broker refuses and leaves the ones before it
// applied, so a file Warren lets through must not fail on a type, a missing field or a bad
// pattern. Each problem names its entry and field: `queues[3].arguments.x-max-length: expected a number`.

export const DEFINITION_CATEGORIES = [
  'users',
  'vhosts',
  'permissions',
  'topic_permissions',
  'parameters',
  'global_parameters',
  'policies',
  'queues',
  'exchanges',
  'bindings',
] as const;
export type DefinitionCategory = (typeof DEFINITION_CATEGORIES)[number];

/** What an import into one vhost reads (rabbit_definitions:apply_defs/4); the rest of the file is ignored. */
export const VHOST_CATEGORIES: readonly DefinitionCategory[] = ['parameters', 'policies', 'queues', 'exchanges', 'bindings'];

/** The whole broker, or one vhost (whose name then replaces the entries' own). */
export type DefinitionsScope = { vhost: string | null };

export interface DefinitionProblem {
  /** Where, as `queues[3].arguments.x-max-length` ("" for the file itself). */
  path: string;
  message: string;
}

/** Definitions files Warren reads: the body limit of the preview and import routes (Next.js's proxy buffers 10 MB at most). */
export const MAX_DEFINITIONS_BYTES = 8 * 1024 * 1024;

const expected = (what: string) => ({ error: (issue: { input: unknown }) => (issue.input === undefined ? 'required' : `expected ${what}`) });
const text = z.string(expected('a string'));
const name = text.min(1, 'expected a non-empty string').max(255, 'at most 255 characters');
const flag = z.boolean(expected('true or false'));
const tags = z.union([z.array(text), text], expected('a list of strings or a comma-separated string'));
const object = z.record(z.string(), z.unknown(), expected('an object'));
/** A permission's regular expression ("" matches nothing). */
const permissionPattern = text.superRefine((pattern, ctx) => {
  const problem = erlangRegexProblem(pattern);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** x-arguments of a queue checked as the broker will: a policy key's rules for its x- twin, and a few of their own. */
const queueArguments = object.superRefine((args, ctx) => {
  for (const [key, value] of Object.entries(args)) {
    const message = queueArgumentProblem(key, value);
    if (message) ctx.addIssue({ code: 'custom', path: [key], message });
  }
});

function queueArgumentProblem(key: string, value: unknown): string | null {
  if (key === 'x-queue-type') return ['classic', 'quorum', 'stream'].includes(value as string) ? null : 'expected one of classic, quorum, stream';
  if (key === 'x-single-active-consumer') return typeof value === 'boolean' ? null : 'expected true or false';
  if (key === 'x-max-priority') return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 255 ? null : 'expected a whole number from 0 to 255';
  const policyKey = key.startsWith('x-') ? key.slice(2) : null;
  if (policyKey && policyKeySpec(policyKey)) {
    const problem = definitionValueProblem('policy', policyKey, value);
    return problem ? describeValueProblem(problem) : null;
  }
  return argumentValue.safeParse(value).success || (value !== null && typeof value === 'object') ? null : 'expected a string, a number, a boolean, a list or a table';
}

const exchangeArguments = object.superRefine((args, ctx) => {
  const ae = args['alternate-exchange'];
  if (ae !== undefined && typeof ae !== 'string') ctx.addIssue({ code: 'custom', path: ['alternate-exchange'], message: 'expected a string' });
});

/** The entries of each category; unknown fields pass (the broker ignores them). */
function entrySchemas(scope: DefinitionsScope) {
  // In an import into one vhost the entries' own vhost is ignored (and exports leave it out).
  const vhost = scope.vhost === null ? name : name.optional();
  return {
    // As 3.10's import takes them, or it stops midway with the users before this one applied.
    users: z
      .looseObject({
        name,
        password_hash: (scope.vhost === null ? text.regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'expected base64') : text).optional(),
        password: text.optional(),
        hashing_algorithm: text.optional(),
        tags: tags.optional(),
        limits: object.optional(),
      })
      .superRefine((user, ctx) => {
        // An import into one vhost does not read users at all.
        if (scope.vhost !== null) return;
        if (user.tags === undefined && user.administrator === undefined) ctx.addIssue({ code: 'custom', path: ['tags'], message: 'required (the broker refuses a user without tags; [] or "" for none)' });
        if (user.password !== undefined && user.password_hash !== undefined)
          ctx.addIssue({ code: 'custom', path: ['password'], message: 'give password or password_hash, not both (the broker refuses both)' });
      }),
    vhosts: z.looseObject({
      name,
      description: text.optional(),
      tags: tags.optional(),
      tracing: flag.optional(),
      metadata: z.looseObject({ description: text.optional(), tags: tags.optional() }, expected('an object')).optional(),
    }),
    permissions: z.looseObject({ user: name, vhost, configure: permissionPattern, write: permissionPattern, read: permissionPattern }),
    topic_permissions: z.looseObject({ user: name, vhost, exchange: text, write: permissionPattern, read: permissionPattern }),
    parameters: z.looseObject({ vhost, component: name, name, value: z.unknown().refine((value) => value !== undefined, 'required') }),
    global_parameters: z.looseObject({ name, value: z.unknown().refine((value) => value !== undefined, 'required') }),
    policies: z.looseObject({
      vhost,
      name,
      pattern: z.string(expected('a string')).pipe(policyPatternSchema),
      definition: policyDefinitionSchema('policy'),
      priority: z.number(expected('a number')).int('expected a whole number').optional(),
      'apply-to': applyToSchema.optional(),
    }),
    queues: z.looseObject({ name, vhost, durable: flag, auto_delete: flag, arguments: queueArguments.optional() }),
    exchanges: z.looseObject({
      name: text.max(255, 'at most 255 characters'),
      vhost,
      type: name,
      durable: flag,
      auto_delete: flag,
      internal: flag.optional(),
      arguments: exchangeArguments.optional(),
    }),
    bindings: z.looseObject({
      source: text,
      vhost,
      destination: name,
      destination_type: z.enum(['queue', 'exchange'], expected('queue or exchange')),
      routing_key: text,
      arguments: object.optional(),
    }),
  };
}

function fileSchema(scope: DefinitionsScope) {
  const entries = entrySchemas(scope);
  const list = <T extends z.ZodType>(entry: T) => z.array(entry, expected('a list')).optional();
  return z.looseObject(
    {
      rabbit_version: text.optional(),
      rabbitmq_version: text.optional(),
      users: list(entries.users),
      vhosts: list(entries.vhosts),
      permissions: list(entries.permissions),
      topic_permissions: list(entries.topic_permissions),
      parameters: list(entries.parameters),
      global_parameters: list(entries.global_parameters),
      policies: list(entries.policies),
      queues: list(entries.queues),
      exchanges: list(entries.exchanges),
      bindings: list(entries.bindings),
    },
    { error: 'The file is not a definitions file: expected a JSON object' },
  );
}

export type DefinitionsFile = z.output<ReturnType<typeof fileSchema>>;
export type DefinitionEntry<C extends DefinitionCategory> = NonNullable<DefinitionsFile[C]>[number];

/** How many problems a report lists; the rest are counted. */
export const MAX_PROBLEMS = 50;

/** `['queues', 3, 'arguments', 'x-max-length']` → `queues[3].arguments.x-max-length`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const key = String(part);
    if (/^[\w$-]+$/.test(key)) return out ? `${out}.${key}` : key;
    return `${out}[${JSON.stringify(key)}]`;
  }, '');
}

export type ParsedDefinitions = { ok: true; file: DefinitionsFile } | { ok: false; problems: DefinitionProblem[] };

/**
 * The file checked entry by entry, with what depends on the broker's version (apply-to values
 * 3.10 refuses). Every problem is reported, not only the first.
 */
/** Deeper than any definitions file goes (an argument's table in a table is a handful of levels). */
export const MAX_DEFINITIONS_DEPTH = 64;

/** Whether `value` nests deeper than `max` levels, found without recursion (a hostile file may nest thousands deep). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

export function parseDefinitions(input: unknown, scope: DefinitionsScope, version?: string): ParsedDefinitions {
  if (nestsDeeperThan(input, MAX_DEFINITIONS_DEPTH)) {
    return { ok: false, problems: [{ path: '', message: `The file nests values more than ${MAX_DEFINITIONS_DEPTH} levels deep: not a definitions file` }] };
  }
  const result = fileSchema(scope).safeParse(input);
  if (!result.success) {
    return { ok: false, problems: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
  }
  const problems: DefinitionProblem[] = [];
  if (!takesQueueTypeApplyTo(version)) {
    result.data.policies?.forEach((policy, index) => {
      const applyTo = policy['apply-to'];
      if (applyTo && !['all', 'exchanges', 'queues'].includes(applyTo)) {
        problems.push({
          path: `policies[${index}].apply-to`,
          message: `RabbitMQ ${version ?? 'of this version'} takes all, exchanges or queues (the queue types came with 3.12)`,
        });
      }
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, file: result.data };
}

// The routes' own input: the file travels parsed, as JSON (so that the audit log's summary of the
// request drops its password hashes like any other secret), with the vhost it is for.

const scopeVhost = z.string().min(1).max(255, 'Names are at most 255 characters').nullable().default(null);

/** POST /api/definitions/preview */
export const definitionsPreviewBodySchema = z.object({ vhost: scopeVhost, definitions: z.unknown() });

/** POST /api/definitions: the preview's fingerprint says the user saw what is imported. */
export const definitionsImportBodySchema = z.object({
  vhost: scopeVhost,
  definitions: z.unknown(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'expected the fingerprint of a preview'),
});

/** GET /api/definitions?vhost= */
export const definitionsExportQuerySchema = z.object({ vhost: z.string().min(1).max(255).optional() });

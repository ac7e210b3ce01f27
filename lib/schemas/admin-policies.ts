import { z } from './zod';
import { argumentValue } from './arguments';
import { nameSegment } from './common';
import { namedRecord } from './records';
import { erlangRegexProblem } from '@/lib/erlang-regex';
import { APPLY_TO, definitionValueProblem, describeValueProblem, type PolicyKind } from '@/lib/policies';

// Policies and operator policies: the form's body, shared with the route handlers, and the
// preview's query. The broker validates again (and has the last word on plugin keys).

export const policyKindSchema = z.enum(['policy', 'operator']);

export const policyNameSchema = z.string().min(1, 'Enter a policy name').max(255, 'Policy names are at most 255 characters');

/** A policy's pattern: a regular expression, checked before the broker sees it (it would only answer a generic error). */
export const policyPatternSchema = z
  .string()
  .min(1, 'Enter a pattern (a regular expression; ".*" matches every name)')
  .max(1000, 'Patterns are at most 1,000 characters')
  .superRefine((pattern, ctx) => {
    const problem = erlangRegexProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const applyToSchema = z.enum(APPLY_TO, { error: `apply-to is one of ${APPLY_TO.join(', ')}` });

/** The broker takes any number; the official UI and every example use whole numbers. */
export const prioritySchema = z.number({ error: 'expected a number' }).int('expected a whole number').min(-1_000_000).max(1_000_000);

/**
 * A definition: at least one key, each value of the type the broker takes for that key (its
 * bounds and choices too); keys Warren does not know (plugins') pass as typed values. An
 * operator policy takes only the operator keys.
 */
export function policyDefinitionSchema(kind: PolicyKind) {
  const record = namedRecord(z.string().min(1, 'A definition key cannot be empty').max(255), z.unknown());
  const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);
  return z.unknown().refine(isObject, { message: 'expected an object', abort: true }).pipe(record).superRefine((definition, ctx) => {
    const entries = Object.entries(definition);
    if (entries.length === 0) ctx.addIssue({ code: 'custom', message: 'A definition needs at least one key (the broker refuses an empty one)' });
    for (const [key, value] of entries) {
      const problem = definitionValueProblem(kind, key, value);
      if (problem) {
        ctx.addIssue({ code: 'custom', path: [key], message: describeValueProblem(problem) });
      } else if (!argumentValue.safeParse(value).success) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'expected a string, a number, a boolean or a list of those' });
      }
    }
  });
}

/** The body of PUT /api/policies/:vhost/:name and /api/operator-policies/:vhost/:name. */
export function policyBodySchema(kind: PolicyKind) {
  return z.object({
    pattern: policyPatternSchema,
    'apply-to': applyToSchema.default(kind === 'operator' ? 'queues' : 'all'),
    priority: prioritySchema.default(0),
    definition: policyDefinitionSchema(kind),
  });
}
export type PolicyBody = z.output<ReturnType<typeof policyBodySchema>>;

export const policyParamsSchema = z.object({ vhost: nameSegment, name: policyNameSchema });

/** GET /api/policies/preview (and operator-policies): what the pattern would match in one vhost. */
export const policyPreviewQuerySchema = z.object({
  vhost: nameSegment,
  pattern: policyPatternSchema,
  apply_to: applyToSchema.default('all'),
  priority: z.coerce.number({ error: 'expected a number' }).int('expected a whole number').min(-1_000_000).max(1_000_000).default(0),
  /** The policy being added or updated: where it applies today, it "stays". */
  name: z.string().max(255).optional(),
  /** The definition's keys, comma-separated: a queue type that refuses one of them takes no part. */
  keys: z
    .string()
    .max(4000)
    .optional()
    .transform((keys) => (keys ? keys.split(',').map((key) => key.trim()).filter(Boolean) : [])),
});
export type PolicyPreviewQuery = z.output<typeof policyPreviewQuerySchema>;

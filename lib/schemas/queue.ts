import { z } from './zod';
import { isDotSegment } from '@/lib/api/segments';
import { argumentsSchema } from './arguments';
import { dotNameProblem } from './common';

// Queue names and declarations, shared by the "Add a new queue" form and the route handlers.

/** AMQP names are short strings: at most 255 bytes of UTF-8, not 255 characters. */
export const MAX_NAME_BYTES = 255;

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export const RESERVED_PREFIX = 'amq.';

/** A queue name from a path segment (already decoded once by Next.js): byte length checked. */
export const queueNameSchema = z
  .string()
  .min(1, 'Enter a queue name')
  .refine((name) => utf8Length(name) <= MAX_NAME_BYTES, {
    error: (issue) =>
      `Queue names are at most ${MAX_NAME_BYTES} bytes of UTF-8; this one is ${utf8Length(String(issue.input))} bytes`,
  });

export const vhostNameSchema = z
  .string()
  .min(1, 'Choose a virtual host')
  .refine((name) => utf8Length(name) <= MAX_NAME_BYTES, `Virtual host names are at most ${MAX_NAME_BYTES} bytes`);

export const queueParamsSchema = z.object({ vhost: vhostNameSchema, name: queueNameSchema });

export const QUEUE_TYPES = ['classic', 'quorum', 'stream'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];
export const queueTypeSchema = z.enum(QUEUE_TYPES);

/**
 * The body of PUT /api/queues/:vhost/:name. Quorum queues and streams are always durable and
 * never auto-delete (the broker refuses "non-durable" for them); only classic queues choose.
 */
export const queueDeclareSchema = z
  .object({
    type: queueTypeSchema.default('classic'),
    durable: z.boolean().default(true),
    auto_delete: z.boolean().default(false),
    arguments: argumentsSchema.default({}),
  })
  .superRefine((body, ctx) => {
    if (body.type !== 'classic' && !body.durable) {
      ctx.addIssue({ code: 'custom', path: ['durable'], message: `A ${body.type} queue is always durable` });
    }
    if (body.type !== 'classic' && body.auto_delete) {
      ctx.addIssue({ code: 'custom', path: ['auto_delete'], message: `A ${body.type} queue cannot be auto-delete` });
    }
    const declared = body.arguments['x-queue-type'];
    if (declared !== undefined && declared !== body.type) {
      ctx.addIssue({
        code: 'custom',
        path: ['arguments'],
        message: `x-queue-type "${String(declared)}" contradicts the chosen type "${body.type}"`,
      });
    }
  });
export type QueueDeclareBody = z.input<typeof queueDeclareSchema>;

/** Refuses names the broker reserves, before the broker does (it answers 401 for them). */
export function reservedNameProblem(name: string): string | null {
  return name.startsWith(RESERVED_PREFIX)
    ? `Queue names starting with "${RESERVED_PREFIX}" are reserved for the broker`
    : null;
}

/** The "Add a new queue" form: the declaration plus where and under which name. */
export const queueFormSchema = z
  .object({
    vhost: vhostNameSchema,
    name: queueNameSchema
      .refine((name) => !reservedNameProblem(name), { error: (issue) => reservedNameProblem(String(issue.input)) ?? '' })
      .refine((name) => !isDotSegment(name), { error: (issue) => dotNameProblem('Queue', String(issue.input)) ?? '' }),
    type: queueTypeSchema,
    durable: z.boolean(),
    auto_delete: z.boolean(),
  })
  .superRefine((form, ctx) => {
    if (form.type !== 'classic' && !form.durable) {
      ctx.addIssue({ code: 'custom', path: ['durable'], message: `A ${form.type} queue is always durable` });
    }
    if (form.type !== 'classic' && form.auto_delete) {
      ctx.addIssue({ code: 'custom', path: ['auto_delete'], message: `A ${form.type} queue cannot be auto-delete` });
    }
  });
export type QueueForm = z.output<typeof queueFormSchema>;

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .optional();

/** DELETE /api/queues/:vhost/:name?if_empty=true&if_unused=true */
export const queueDeleteQuerySchema = z.object({ if_empty: flag, if_unused: flag });

export const MAX_BULK_QUEUES = 500;

/** POST /api/queues/actions: purge or delete many queues at once. */
export const queueBulkActionSchema = z.object({
  action: z.enum(['purge', 'delete']),
  queues: z
    .array(z.object({ vhost: vhostNameSchema, name: queueNameSchema }))
    .min(1, 'Select at least one queue')
    .max(MAX_BULK_QUEUES, `At most ${MAX_BULK_QUEUES} queues at once`),
});
export type QueueBulkAction = z.output<typeof queueBulkActionSchema>;

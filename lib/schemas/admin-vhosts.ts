import { z } from './zod';
import { VHOST_LIMIT_NAMES } from '@/lib/api/admin-vhosts';
import { isDotSegment } from '@/lib/api/segments';
import { parseTagList } from '@/lib/admin/vhosts';
import { listQuerySchema } from './list';
import { nameSegment } from './common';
import { QUEUE_TYPES, utf8Length, vhostNameSchema } from './queue';

// Admin → virtual hosts and cluster: the forms' schemas and the routes' (shared).

export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_TAGS = 64;

/**
 * RabbitMQ keeps vhost tags as Erlang atoms made from the bytes it is sent, read as Latin-1: a
 * tag outside printable ASCII comes back garbled ("水" reads back "æ°´", seen on 3.10.8).
 */
export const isAsciiTag = (tag: string) => /^[\x20-\x7e]*$/.test(tag);

/** A vhost tag: printable ASCII (see isAsciiTag), and no comma (the broker splits tags there). */
export const vhostTagSchema = z
  .string()
  .trim()
  .min(1, 'A tag is not empty')
  .max(255, 'A tag is at most 255 characters')
  .refine((tag) => !tag.includes(','), 'A tag cannot contain a comma')
  .refine(isAsciiTag, 'RabbitMQ garbles vhost tags outside printable ASCII ("水" reads back as "æ°´"): use ASCII letters, digits and punctuation');

/** Control characters (NUL, line breaks, …): a name no one can type, read or tell apart. */
const CONTROL = /[\u0000-\u001f\u007f]/;
export const hasControlCharacters = (text: string) => CONTROL.test(text);

/**
 * A new vhost's name: any text of at most 255 bytes but "." and "..", which no URL path carries,
 * and names with control characters.
 */
export const newVhostNameSchema = vhostNameSchema
  .refine(
    (name) => !isDotSegment(name),
    'Virtual host names "." and ".." cannot be used through the management API (a URL path reads them as steps to another path); choose another name',
  )
  .refine((name) => !CONTROL.test(name), 'A virtual host name has no control characters (line breaks, tabs, NUL)');

export const vhostPutParams = z.object({ vhost: newVhostNameSchema });

/**
 * PUT /api/vhosts/:vhost — what a vhost carries besides its name. Strict: `tracing` is not taken
 * (the broker's PUT with tracing alone empties the description and tags). A field left out keeps
 * what the vhost has (the broker's own PUT would empty it).
 */
export const vhostBodySchema = z
  .object({
    description: z.string().max(MAX_DESCRIPTION_LENGTH, `A description is at most ${MAX_DESCRIPTION_LENGTH} characters`).optional(),
    tags: z.array(vhostTagSchema).max(MAX_TAGS, `At most ${MAX_TAGS} tags`).optional(),
    default_queue_type: z.enum(QUEUE_TYPES).optional(),
  })
  .strict();
export type VhostBody = z.input<typeof vhostBodySchema>;

/**
 * The PUT's condition, from HTTP's own headers: `If-None-Match: *` creates only (409 when the
 * vhost exists: "Add" never overwrites another vhost's description), `If-Match: *` updates only
 * (404 when it has gone: an edit never brings a deleted vhost back). Neither: create or update.
 */
export const vhostPutConditionSchema = z
  .object({ 'if-none-match': z.literal('*').nullable(), 'if-match': z.literal('*').nullable() })
  .refine((headers) => !(headers['if-none-match'] && headers['if-match']), 'If-None-Match and If-Match exclude each other')
  .transform((headers): VhostPutCondition => (headers['if-none-match'] ? 'create' : headers['if-match'] ? 'update' : 'any'));
export type VhostPutCondition = 'create' | 'update' | 'any';

/** GET /api/vhosts: the selector's whole list, or with pagination=true one page for Admin (paged by the broker). */
export const vhostListQuerySchema = z.intersection(
  listQuerySchema,
  z.object({ fresh: z.enum(['true', 'false']).optional(), pagination: z.enum(['true', 'false']).optional() }),
);

export const vhostLimitParams = z.object({
  vhost: nameSegment,
  name: z.enum(VHOST_LIMIT_NAMES, { error: `A vhost limit is one of ${VHOST_LIMIT_NAMES.join(', ')}` }),
});

/** A limit's value: a count, or -1 for no limit (as the broker takes it). */
export const vhostLimitBodySchema = z
  .object({
    value: z
      .number({ error: 'The limit is a whole number' })
      .int('The limit is a whole number')
      .min(-1, 'The limit is a count, or -1 for no limit')
      .max(2_147_483_647, 'The limit is at most 2147483647'),
  })
  .strict();

/** The cluster's name: shown in every shell and the official UI; one line of at most 255 bytes. */
export const clusterNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a cluster name')
  .refine((name) => utf8Length(name) <= 255, 'A cluster name is at most 255 bytes')
  .refine((name) => !CONTROL.test(name), 'A cluster name is one line without control characters');

export const clusterNameBodySchema = z.object({ name: clusterNameSchema }).strict();

export const featureFlagParams = z.object({
  name: z.string().max(255).regex(/^[a-z][a-z0-9_]*$/, 'Feature flag names are lowercase letters, digits and "_"'),
});

/** Which problem the tags typed in a form have, for the form to say it in the user's language. */
export function tagsProblem(text: string): 'ascii' | 'count' | null {
  const tags = parseTagList(text);
  if (!tags.every(isAsciiTag)) return 'ascii';
  return tags.length > MAX_TAGS ? 'count' : null;
}

/** The "Add virtual host" form; tags typed comma-separated. */
export const vhostFormSchema = z.object({
  name: newVhostNameSchema,
  description: z.string().max(MAX_DESCRIPTION_LENGTH),
  tags: z
    .string()
    .max(4000)
    .refine((text) => parseTagList(text).length <= MAX_TAGS, `At most ${MAX_TAGS} tags`)
    .refine((text) => parseTagList(text).every(isAsciiTag), 'Tags are printable ASCII'),
  default_queue_type: z.union([z.enum(QUEUE_TYPES), z.literal('')]),
});
export type VhostForm = z.output<typeof vhostFormSchema>;

/** The edit form: description and tags of an existing vhost. */
export const vhostEditFormSchema = vhostFormSchema.pick({ description: true, tags: true });
export type VhostEditForm = z.output<typeof vhostEditFormSchema>;

/** The limit form's text: a whole number ≥ -1. */
export const limitInputSchema = z
  .string()
  .trim()
  .regex(/^-?\d+$/, 'Enter a whole number')
  .transform(Number)
  .pipe(vhostLimitBodySchema.shape.value);

/** The body a form's values stand for. */
export function vhostBodyFromForm(form: Pick<VhostForm, 'description' | 'tags'> & { default_queue_type?: VhostForm['default_queue_type'] }): VhostBody {
  return {
    description: form.description,
    tags: parseTagList(form.tags),
    ...(form.default_queue_type ? { default_queue_type: form.default_queue_type } : {}),
  };
}

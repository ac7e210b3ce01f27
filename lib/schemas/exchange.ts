import { z } from './zod';
import { argumentsSchema } from './arguments';

/**
 * The default exchange and the amq.* exchanges belong to the broker: it refuses to delete
 * them and refuses to declare new names starting with "amq." (ACCESS_REFUSED).
 */
export function isBuiltInExchange(name: string): boolean {
  return name === '' || name.startsWith('amq.');
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * AMQP short strings are at most 255 bytes; Chinese names reach that at 85 characters. Names
 * starting with "amq." pass here: the broker's own refusal (403) is what the route answers.
 */
export const exchangeNameSchema = z
  .string()
  .min(1, 'Enter a name')
  .refine((name) => utf8Bytes(name) <= 255, 'Names are at most 255 bytes (UTF-8)');

/** The exchange types every broker has; plugins add more (the broker lists them in /api/overview). */
export const STANDARD_EXCHANGE_TYPES = ['direct', 'fanout', 'headers', 'topic'] as const;

/** PUT /api/exchanges/:vhost/:name — the "Add a new exchange" form, shared with the route. */
export const declareExchangeSchema = z.object({
  type: z
    .string()
    .min(1, 'Choose a type')
    .max(255)
    .regex(/^[\w.:-]+$/, 'Unknown exchange type'),
  durable: z.boolean().default(true),
  auto_delete: z.boolean().default(false),
  internal: z.boolean().default(false),
  arguments: argumentsSchema.default({}),
});
export type DeclareExchangeInput = z.input<typeof declareExchangeSchema>;
export type DeclareExchange = z.output<typeof declareExchangeSchema>;

export const deleteExchangeQuerySchema = z.object({
  if_unused: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});

/** A header of a route-test message: the same typed values as arguments. */
export const routeTestSchema = z.object({
  routing_key: z.string().max(255 * 4, 'A routing key is at most 255 bytes').default(''),
  headers: argumentsSchema.default({}),
});
export type RouteTestInput = z.input<typeof routeTestSchema>;

/** GET form of the route test: routing_key and headers (JSON) in the query string, so results can be shared. */
export const routeTestQuerySchema = z.object({
  routing_key: z.string().max(255 * 4).default(''),
  headers: z
    .string()
    .max(64 * 1024)
    .optional()
    .transform((text, ctx) => {
      if (!text) return {};
      try {
        const parsed = argumentsSchema.safeParse(JSON.parse(text));
        if (parsed.success) return parsed.data;
      } catch {
        // reported below
      }
      ctx.addIssue({ code: 'custom', message: 'headers must be a JSON object of strings, numbers, booleans or lists' });
      return z.NEVER;
    }),
});

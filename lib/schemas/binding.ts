import { z } from './zod';
import { argumentsSchema } from './arguments';
import { exchangeNameParam } from './common';

/** The headers exchange's x-match values (3.10 added the -with-x variants). */
export const X_MATCH_VALUES = ['all', 'any', 'all-with-x', 'any-with-x'] as const;
export type XMatch = (typeof X_MATCH_VALUES)[number];

/** POST /api/bindings/:vhost/e/:source/q|e/:destination — shared by the form and the route. */
export const createBindingSchema = z
  .object({
    routing_key: z
      .string()
      .default('')
      .refine((key) => new TextEncoder().encode(key).length <= 255, 'A routing key is at most 255 bytes (UTF-8)'),
    arguments: argumentsSchema.default({}),
  })
  .superRefine((binding, ctx) => {
    const xMatch = binding.arguments['x-match'];
    // The broker refuses other values with a generic 400; say what it accepts instead.
    if (xMatch !== undefined && !(X_MATCH_VALUES as readonly unknown[]).includes(xMatch)) {
      ctx.addIssue({
        code: 'custom',
        path: ['arguments', 'x-match'],
        message: 'x-match is one of all, any, all-with-x or any-with-x',
      });
    }
  });
export type CreateBindingInput = z.input<typeof createBindingSchema>;

export const DESTINATION_TYPES = ['queue', 'exchange'] as const;
export type DestinationType = (typeof DESTINATION_TYPES)[number];

/** The management API's one-letter path codes for binding destinations. */
export const destinationCode = (type: DestinationType) => (type === 'queue' ? 'q' : 'e');

const segment = z.string().min(1).max(255, 'Names are at most 255 characters');

/** Path params of the binding routes. Exchanges use "amq.default" for the default exchange, as the broker does. */
export const queueBindingsParams = z.object({ vhost: segment, name: segment });
export const exchangeBindingsParams = z.object({ vhost: segment, name: exchangeNameParam });
// The source may be "" (the default exchange): the route then says why nothing binds to or from it.
export const bindingPairParams = z.object({ vhost: segment, source: exchangeNameParam, destination: segment });
export const bindingParams = bindingPairParams.extend({
  // properties_key: the routing key (percent-encoded) and a hash of the arguments; "~" for an empty key.
  props: z.string().min(1).max(2048),
});

import { z } from './zod';

/**
 * A record of named values (arguments, headers) that refuses the key "__proto__" with a clear
 * error: zod drops that key silently (a guard against prototype pollution), which would lose an
 * argument or a header without a word.
 */
export function namedRecord<K extends z.ZodType<string, string>, V extends z.ZodType>(key: K, value: V) {
  return z
    .unknown()
    .superRefine((input, ctx) => {
      if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
        ctx.addIssue({ code: 'custom', path: ['__proto__'], message: 'The name "__proto__" is not accepted' });
      }
    })
    .pipe(z.record(key, value));
}

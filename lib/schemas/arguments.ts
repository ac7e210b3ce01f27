import { namedRecord } from './records';
import { z } from './zod';

/** x-arguments as the broker takes them: strings, numbers, booleans and lists of those. */
export const argumentValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);
export const argumentsSchema = namedRecord(z.string().min(1).max(255), argumentValue);
export type Arguments = z.infer<typeof argumentsSchema>;

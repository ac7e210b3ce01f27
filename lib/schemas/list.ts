import { z } from './zod';
import { regexProblem } from '@/lib/regex';

/** A query flag: "true"/"1" or "false"/"0", absent meaning false. */
export const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')
  .optional();

/**
 * The query of every paged list route (queues, exchanges, connections, channels): paging,
 * sort and name filter, all pushed down to the management API.
 */
export const listQuerySchema = z
  .object({
    vhost: z.string().min(1).max(255).optional(),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    page_size: z.coerce.number().int().min(1).max(500, 'The page size is at most 500').default(100),
    name: z.string().max(1000).optional(),
    use_regex: booleanFlag,
    // Sort keys are column paths such as "messages" or "message_stats.publish_details.rate".
    sort: z
      .string()
      .regex(/^[a-z_]+(\.[a-z_]+)*$/, 'Unknown sort column')
      .max(100)
      .optional(),
    sort_reverse: booleanFlag,
  })
  .superRefine((query, ctx) => {
    if (!query.use_regex || !query.name) return;
    const problem = regexProblem(query.name);
    if (problem) ctx.addIssue({ code: 'custom', path: ['name'], message: problem });
  });

export type ListQuery = z.output<typeof listQuerySchema>;

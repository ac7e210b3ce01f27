import { z } from './zod';

const isoTime = z
  .string()
  .max(40)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'a time in ISO 8601 (2026-12-01T10:00:00Z)')
  .transform((value) => new Date(value).toISOString());

/** GET /api/admin/audit: paged, filtered by user, object, time and result. */
export const auditQuerySchema = z
  .object({
    user: z.string().min(1).max(255).optional(),
    object: z.string().min(1).max(255).optional(),
    from: isoTime.optional(),
    to: isoTime.optional(),
    result: z.enum(['done', 'refused', 'failed']).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    page_size: z.coerce.number().int().min(1).max(500, 'The page size is at most 500').default(100),
  })
  .strict();

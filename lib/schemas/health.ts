import { z } from './zod';
import { HEALTH_WINDOW_DEFAULT_SECONDS } from '@/lib/api/health';

// The broker keeps 5-second samples for about ten minutes and minute samples for an hour.

/** GET /api/health/findings: the vhost chosen in the shell (all the user may see without) and the window in seconds. */
export const healthFindingsQuerySchema = z.object({
  vhost: z.string().min(1).max(255).optional(),
  window: z.coerce.number().int().min(60, 'The window is at least 60 s').max(3600, 'The window is at most 3600 s').default(HEALTH_WINDOW_DEFAULT_SECONDS),
});

import { z } from 'zod';

/** A vhost, queue or exchange name from a path segment (Next.js has already decoded it once). */
export const nameSegment = z.string().min(1).max(255, 'Names are at most 255 characters');

export const vhostParams = z.object({ vhost: nameSegment });

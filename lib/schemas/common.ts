import { z } from './zod';
import { isDotSegment } from '@/lib/api/segments';

/** A vhost, queue or exchange name from a path segment (Next.js has already decoded it once). */
export const nameSegment = z.string().min(1).max(255, 'Names are at most 255 characters');

export const vhostParams = z.object({ vhost: nameSegment });

/** An exchange name from a path segment: "" (or "amq.default") is the default exchange. */
export const exchangeNameParam = z.string().max(255, 'Names are at most 255 characters');

/**
 * "." and ".." are legal over AMQP, but no management API path can carry them: a queue of that
 * name could be purged, deleted and bound (Warren does that over AMQP) but never declared,
 * inspected or given consumers from here. Warren does not create one.
 */
export function dotNameProblem(kind: 'Queue' | 'Exchange', name: string): string | null {
  return isDotSegment(name)
    ? `${kind} names "." and ".." cannot be used through the management API (a URL path reads them as steps to another path); choose another name`
    : null;
}

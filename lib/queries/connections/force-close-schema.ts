import { z } from '@/lib/schemas/zod';

/** What the force-close dialog pre-fills; the official UI's own default is "Closed via management plugin". */
export const DEFAULT_CLOSE_REASON = 'Closed via Warren';

// The reason becomes the AMQP close text, a short string of at most 255 bytes that also carries
// the broker's "CONNECTION_FORCED - " prefix.
export const MAX_CLOSE_REASON_BYTES = 200;

/** The force-close reason, shared by the dialog and DELETE /api/connections/:name. */
export const closeReasonSchema = z
  .string()
  .trim()
  .max(1000)
  .refine((reason) => new TextEncoder().encode(reason).length <= MAX_CLOSE_REASON_BYTES, {
    message: `The reason is at most ${MAX_CLOSE_REASON_BYTES} bytes`,
  })
  .refine((reason) => !/[\u0000-\u001f\u007f]/.test(reason), { message: 'The reason cannot contain control characters' })
  .transform((reason) => reason || DEFAULT_CLOSE_REASON);

/**
 * Header values are bytes, and browsers refuse anything outside Latin-1 in fetch(): the browser
 * percent-encodes the reason in X-Reason and Warren decodes it, so "服务维护" arrives intact.
 */
export const encodeReasonHeader = (reason: string) => encodeURIComponent(reason);

export function decodeReasonHeader(value: string | null): string {
  if (value === null) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    // A plain-text header from a script (curl -H 'X-Reason: 100% done') is taken as it is.
    return value;
  }
}

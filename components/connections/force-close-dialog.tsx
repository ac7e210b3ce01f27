'use client';

import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField } from '@/components/ui/field';
import { useT } from '@/lib/i18n/i18n';
import { useForceCloseConnectionMutation } from '@/lib/queries/connections/force-close-connection-mutation';
import { closeReasonSchema, DEFAULT_CLOSE_REASON, MAX_CLOSE_REASON_BYTES } from '@/lib/queries/connections/force-close-schema';

/** "Force close" with a reason the client receives; explicit confirmation, the broker's error shown in place. */
export function ForceCloseDialog({
  name,
  label,
  open,
  onOpenChange,
  onClosed,
}: {
  name: string;
  /** How the user knows this connection (its client-provided name, else its name). */
  label: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onClosed: () => void;
}) {
  const t = useT();
  const [reason, setReason] = useState(DEFAULT_CLOSE_REASON);
  const close = useForceCloseConnectionMutation();
  const parsed = closeReasonSchema.safeParse(reason);
  // The shared schema's checks (length first, then control characters), said in the user's language.
  const problem = parsed.success
    ? undefined
    : new TextEncoder().encode(reason.trim()).length > MAX_CLOSE_REASON_BYTES
      ? t('connections.close.reasonTooLong', { bytes: MAX_CLOSE_REASON_BYTES })
      : t('connections.close.reasonControl');

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setReason(DEFAULT_CLOSE_REASON);
        onOpenChange(next);
      }}
      title={t('connections.close.title', { name: label })}
      description={t('connections.close.description')}
      confirmLabel={t('connections.close.button')}
      onConfirm={async () => {
        if (!parsed.success) throw new Error(problem);
        await close.mutateAsync({ name, reason: parsed.data });
        onClosed();
      }}
    >
      <InputField
        label={t('connections.close.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={problem}
        hint={t('connections.close.reasonHint', { bytes: MAX_CLOSE_REASON_BYTES })}
        autoComplete="off"
      />
    </ConfirmDialog>
  );
}

'use client';

import { useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/i18n';
import { Alert } from './alert';
import { Button } from './button';
import { Dialog, DialogContent } from './dialog';
import { InputField } from './field';

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** Extra content (a list of what is affected, options such as if-empty). */
  children?: ReactNode;
  confirmLabel: string;
  /** When set, the user must type this text before the action is enabled. */
  typeToConfirm?: string;
  destructive?: boolean;
  /** Runs the action; a rejection is shown inside the dialog and keeps it open. */
  onConfirm: () => Promise<unknown>;
}

/** Every destructive action goes through here: explicit confirmation, the error shown in place. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  confirmLabel,
  typeToConfirm,
  destructive = true,
  onConfirm,
}: ConfirmDialogProps) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ready = !typeToConfirm || typed === typeToConfirm;

  const change = (next: boolean) => {
    if (pending) return;
    if (!next) {
      setTyped('');
      setError(null);
    }
    onOpenChange(next);
  };

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setTyped('');
      onOpenChange(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogContent title={title} description={description}>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (ready && !pending) void confirm();
          }}
        >
          {children}
          {typeToConfirm ? (
            <InputField
              label={t('confirm.typeToConfirm', { text: `“${typeToConfirm}”` })}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              autoFocus
            />
          ) : null}
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="flex justify-end gap-2">
            <Button variant="outline" onClick={() => change(false)} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" variant={destructive ? 'destructive' : 'primary'} disabled={!ready || pending}>
              {confirmLabel}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}

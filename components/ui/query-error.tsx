'use client';

import { useT } from '@/lib/i18n/i18n';
import { Alert } from './alert';
import { Button } from './button';

/** The one error alert for a failed data view: what failed, the broker's own message, retry. */
export function QueryError({ what, error, onRetry }: { what: string; error: unknown; onRetry?: () => void }) {
  const t = useT();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert
      tone="error"
      title={t('state.error', { what })}
      action={
        onRetry ? (
          <Button size="sm" variant="outline" onClick={onRetry}>
            {t('state.retry')}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}

'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/i18n';

// A page that throws while rendering shows this, never a blank page or a stack trace.
export default function DashboardError({ error, reset }: { error: Error; reset: () => void }) {
  const t = useT();
  return (
    <Alert
      tone="error"
      title={t('error.title')}
      action={
        <Button size="sm" variant="outline" onClick={reset}>
          {t('state.retry')}
        </Button>
      }
    >
      {error.message}
    </Alert>
  );
}

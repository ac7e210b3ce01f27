'use client';

import { Alert } from '@/components/ui/alert';
import type { RouteTestResult } from '@/lib/api/exchanges';
import { useT } from '@/lib/i18n/i18n';

/** The route test's outcome in a sentence: delivered to N queues, or unroutable; and whether that is certain. */
export function RouteSummary({ result }: { result: Pick<RouteTestResult, 'queues' | 'unroutable' | 'uncertain'> }) {
  const t = useT();
  return (
    <>
      {result.unroutable ? (
        <Alert tone="warning">{t('route.unroutable')}</Alert>
      ) : (
        <Alert tone="success">{t('route.delivered', { count: result.queues.length })}</Alert>
      )}
      {result.uncertain ? <Alert tone="info">{t('route.uncertain')}</Alert> : null}
    </>
  );
}

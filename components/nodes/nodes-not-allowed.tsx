'use client';

import { Alert } from '@/components/ui/alert';
import { useT } from '@/lib/i18n/i18n';
import { ApiError } from '@/lib/api/errors';

/** The broker refuses nodes to users without the monitoring (or administrator) tag. */
export function NodesNotAllowed() {
  const t = useT();
  return (
    <Alert tone="info" title={t('nodes.notAllowed.title')}>
      {t('nodes.notAllowed.hint')}
    </Alert>
  );
}

/** The broker's refusal (tags changed since the login, for one): the same notice, not an error. */
export const isRefused = (error: unknown) => error instanceof ApiError && error.code === 'ACCESS_REFUSED';

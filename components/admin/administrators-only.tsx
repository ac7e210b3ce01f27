'use client';

import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { useSessionUser } from '@/components/shell/session-context';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { isAdministrator } from '@/lib/tags';

/**
 * An Admin page for administrators: others see its heading and why there is nothing, and its
 * parts (with their queries) are never mounted. Convenience only: the broker refuses them anyway.
 */
export function AdministratorsOnly({ headingKey, children }: { headingKey: MessageKey; children: ReactNode }) {
  const t = useT();
  const { tags } = useSessionUser();
  if (isAdministrator(tags)) return children;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t(headingKey)}</h1>
      <Alert tone="warning">{t('state.notAllowed')}</Alert>
    </div>
  );
}

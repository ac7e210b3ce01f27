'use client';

import { Alert } from '@/components/ui/alert';
import type { RemovalWarnings } from '@/lib/admin/user-removal';
import { useT } from '@/lib/i18n/i18n';

/** What a confirmation must say before the logged-in user or the last administrator goes. */
export function RemovalWarningsAlert({ warnings, action }: { warnings: RemovalWarnings; action: 'delete' | 'demote' }) {
  const t = useT();
  if (!warnings.self && !warnings.lastAdministrator) return null;
  return (
    <Alert tone="warning" title={t('adminUsers.warning.title')}>
      <ul className="list-disc pl-5">
        {warnings.self ? <li>{t(action === 'delete' ? 'adminUsers.warning.deleteSelf' : 'adminUsers.warning.demoteSelf')}</li> : null}
        {warnings.lastAdministrator ? (
          <li>{t(action === 'delete' ? 'adminUsers.warning.deleteLastAdmin' : 'adminUsers.warning.demoteLastAdmin')}</li>
        ) : null}
      </ul>
    </Alert>
  );
}

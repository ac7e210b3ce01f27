'use client';

import { Alert } from '@/components/ui/alert';
import { useSessionUser } from '@/components/shell/session-context';
import { useT } from '@/lib/i18n/i18n';
import { canSeeAdmin } from '@/lib/tags';

/**
 * The Admin section (users, vhosts, permissions, policies, limits, definitions) is not built
 * yet; this page says so plainly instead of pretending.
 */
export function AdminPage() {
  const t = useT();
  const { tags } = useSessionUser();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('nav.admin')}</h1>
      {canSeeAdmin(tags) ? (
        <Alert tone="info">{t('admin.notYet')}</Alert>
      ) : (
        <Alert tone="warning">{t('state.notAllowed')}</Alert>
      )}
    </div>
  );
}

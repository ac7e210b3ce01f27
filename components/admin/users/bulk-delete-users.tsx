'use client';

import { useState } from 'react';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deletionWarnings } from '@/lib/admin/user-removal';
import type { BulkDeleteUsersResult } from '@/lib/api/admin-users';
import { useI18n } from '@/lib/i18n/i18n';
import { useBulkDeleteUsersMutation } from '@/lib/queries/admin-users/bulk-delete-users-mutation';
import { toast } from '@/lib/toast';
import { RemovalWarningsAlert } from './removal-warnings';

/**
 * "Delete selected": one confirmation listing the users (type-to-confirm), with a warning when
 * the logged-in user or every administrator is among them; then one broker request.
 */
export function BulkDeleteUsers({
  selected,
  administrators,
  onDeleted,
}: {
  selected: string[];
  /** All administrators of the broker (not only this page's). */
  administrators: readonly string[];
  onDeleted: (result: BulkDeleteUsersResult) => void;
}) {
  const { t } = useI18n();
  const { username } = useSessionUser();
  const [open, setOpen] = useState(false);
  const bulk = useBulkDeleteUsersMutation();
  const count = selected.length;
  const warnings = deletionWarnings(selected, username, administrators);

  const run = async () => {
    const result = await bulk.mutateAsync(selected);
    onDeleted(result);
    if (result.deleted.length) toast.success(t('adminUsers.bulk.deleted', { count: result.deleted.length }));
  };

  return (
    <>
      <span className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
        {t('adminUsers.bulk.selected', { count })}
      </span>
      <Button variant="destructive" size="sm" disabled={!count} onClick={() => setOpen(true)}>
        {t('adminUsers.bulk.deleteButton')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('adminUsers.bulk.deleteTitle', { count })}
        description={t('adminUsers.bulk.deleteDescription')}
        confirmLabel={t('adminUsers.bulk.deleteConfirm', { count })}
        typeToConfirm={t('adminUsers.bulk.deleteTypeText', { count })}
        onConfirm={run}
      >
        <ul
          aria-label={t('adminUsers.bulk.listLabel')}
          className="max-h-48 overflow-y-auto rounded border border-zinc-200 p-2 text-sm dark:border-zinc-700"
        >
          {selected.map((name) => (
            <li key={name} className="break-all">
              {name}
            </li>
          ))}
        </ul>
        <RemovalWarningsAlert warnings={warnings} action="delete" />
      </ConfirmDialog>
    </>
  );
}

/** Users the bulk delete did not find (deleted meanwhile by someone else). */
export function MissingUsersAlert({ missing, onClose }: { missing: string[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      tone="info"
      title={t('adminUsers.bulk.missing', { count: missing.length })}
      action={
        <Button variant="ghost" size="sm" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
    >
      <span className="break-all">{missing.join(', ')}</span>
    </Alert>
  );
}

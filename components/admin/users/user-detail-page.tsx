'use client';

import { useState, type ReactNode } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DetailList } from '@/components/ui/detail-list';
import { MissingNotice } from '@/components/ui/missing-notice';
import { QueryError } from '@/components/ui/query-error';
import { deletionWarnings } from '@/lib/admin/user-removal';
import { ApiError } from '@/lib/api/errors';
import { useT } from '@/lib/i18n/i18n';
import { useAdministratorsQuery } from '@/lib/queries/admin-users/administrators-query';
import { useDeleteUserMutation } from '@/lib/queries/admin-users/delete-user-mutation';
import { useUserQuery } from '@/lib/queries/admin-users/user-query';
import { routes } from '@/lib/routes';
import { isAdministrator } from '@/lib/tags';
import { toast } from '@/lib/toast';
import { useRefreshSeconds } from '@/lib/url-state';
import { RemovalWarningsAlert } from './removal-warnings';
import { EditUserForm } from './user-form';
import { UserLimitsSection } from './user-limits';
import { UserPermissionsSection, UserTopicPermissionsSection } from './user-permissions';
import { UserTags } from './user-tags';

/** Admin → Users → one user: tags and password, permissions, topic permissions, limits, delete. */
export function UserDetailPage({ name }: { name: string }) {
  const t = useT();
  const { tags } = useSessionUser();
  const back = (
    <Link prefetch={false} href={routes.adminUsers()} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
      ← {t('adminUsers.detail.back')}
    </Link>
  );
  if (!isAdministrator(tags)) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <h1 className="text-2xl font-semibold break-all">{t('adminUsers.detail.title', { name })}</h1>
        <Alert tone="warning">{t('adminUsers.notAllowed')}</Alert>
      </div>
    );
  }
  return <UserDetail name={name} back={back} />;
}

function UserDetail({ name, back }: { name: string; back: ReactNode }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const user = useUserQuery(name, refresh);
  const missing = user.error instanceof ApiError && user.error.code === 'NOT_FOUND';

  if (missing) {
    return (
      <MissingNotice
        heading={t('adminUsers.detail.title', { name })}
        title={t('adminUsers.detail.missing', { name })}
        backHref={routes.adminUsers()}
        backLabel={t('adminUsers.detail.back')}
      />
    );
  }

  const data = user.data;
  return (
    <div className="flex flex-col gap-4">
      {back}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="min-w-0 text-2xl font-semibold break-all">{t('adminUsers.detail.title', { name })}</h1>
        {data ? <DeleteUserButton name={name} /> : null}
      </div>
      {user.error ? <QueryError what={t('adminUsers.detail.title', { name })} error={user.error} onRetry={() => void user.refetch()} /> : null}
      <Section title={t('adminUsers.detail.overview')}>
        <DetailList
          pending={user.isPending}
          items={[
            { label: t('adminUsers.col.tags'), value: data ? <UserTags tags={data.tags} /> : null },
            { label: t('adminUsers.col.hasPassword'), value: data?.has_password ? t('common.yes') : t('adminUsers.detail.loginDisabled') },
          ]}
        />
      </Section>
      {data ? <EditUserForm user={data} /> : null}
      <UserPermissionsSection user={name} />
      <UserTopicPermissionsSection user={name} />
      <UserLimitsSection user={name} limits={data?.limits} />
    </div>
  );
}

/** "Delete this user": type the name; the dialog warns before the logged-in user or the last administrator goes. */
function DeleteUserButton({ name }: { name: string }) {
  const t = useT();
  const router = useRouter();
  const { username } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const [open, setOpen] = useState(false);
  const remove = useDeleteUserMutation();
  const administrators = useAdministratorsQuery(refresh);
  const warnings = deletionWarnings([name], username, administrators.data ?? []);
  return (
    <>
      <Button variant="destructive" onClick={() => setOpen(true)}>
        {t('adminUsers.delete.button')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('adminUsers.delete.title', { name })}
        description={t('adminUsers.delete.description')}
        confirmLabel={t('adminUsers.delete.confirm')}
        typeToConfirm={name}
        onConfirm={async () => {
          await remove.mutateAsync(name);
          toast.success(t('adminUsers.delete.done', { name }));
          router.push(routes.adminUsers());
        }}
      >
        <RemovalWarningsAlert warnings={warnings} action="delete" />
      </ConfirmDialog>
    </>
  );
}

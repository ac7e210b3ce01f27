'use client';

import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { useT } from '@/lib/i18n/i18n';
import { useUserPermissionsQuery } from '@/lib/queries/admin-users/user-permissions-query';
import { useUserTopicPermissionsQuery } from '@/lib/queries/admin-users/user-topic-permissions-query';
import { useRefreshSeconds } from '@/lib/url-state';
import { SetPermissionForm } from './permission-form';
import { PermissionsTable } from './permissions-table';
import { SetTopicPermissionForm } from './topic-permission-form';
import { TopicPermissionsTable } from './topic-permissions-table';

/** A user's permissions on each vhost, "Clear" per row, and "Set permission" for a chosen vhost. */
export function UserPermissionsSection({ user }: { user: string }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const permissions = useUserPermissionsQuery(user, refresh);
  return (
    <Section title={t('adminUsers.perm.title')}>
      <div className="flex flex-col gap-4">
        {permissions.error ? (
          <QueryError what={t('adminUsers.perm.title')} error={permissions.error} onRetry={() => void permissions.refetch()} />
        ) : (
          <PermissionsTable
            permissions={permissions.data}
            perspective="user"
            caption={t('adminUsers.perm.userCaption', { user })}
            empty={t('adminUsers.perm.noneUser')}
            isPending={permissions.isPending}
          />
        )}
        <SetPermissionForm target={{ user }} />
      </div>
    </Section>
  );
}

/** A user's topic permissions (per vhost and topic exchange), "Clear" per row, and "Set topic permission". */
export function UserTopicPermissionsSection({ user }: { user: string }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const permissions = useUserTopicPermissionsQuery(user, refresh);
  return (
    <Section title={t('adminUsers.topic.title')}>
      <div className="flex flex-col gap-4">
        {permissions.error ? (
          <QueryError what={t('adminUsers.topic.title')} error={permissions.error} onRetry={() => void permissions.refetch()} />
        ) : (
          <TopicPermissionsTable
            permissions={permissions.data}
            perspective="user"
            caption={t('adminUsers.topic.userCaption', { user })}
            empty={t('adminUsers.topic.noneUser')}
            isPending={permissions.isPending}
          />
        )}
        <SetTopicPermissionForm target={{ user }} />
      </div>
    </Section>
  );
}

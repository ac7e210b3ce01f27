'use client';

import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { useT } from '@/lib/i18n/i18n';
import { useVhostPermissionsQuery } from '@/lib/queries/admin-users/vhost-permissions-query';
import { useVhostTopicPermissionsQuery } from '@/lib/queries/admin-users/vhost-topic-permissions-query';
import { useRefreshSeconds } from '@/lib/url-state';
import { SetPermissionForm } from './permission-form';
import { PermissionsTable } from './permissions-table';
import { SetTopicPermissionForm } from './topic-permission-form';
import { TopicPermissionsTable } from './topic-permissions-table';

// For the vhost page (Admin → Virtual hosts): the same permissions, seen from the vhost's side.

/** Every user's permissions on a vhost, "Clear" per row, and "Set permission" for a chosen user. */
export function VhostPermissionsSection({ vhost }: { vhost: string }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const permissions = useVhostPermissionsQuery(vhost, refresh);
  return (
    <Section title={t('adminUsers.perm.title')}>
      <div className="flex flex-col gap-4">
        {permissions.error ? (
          <QueryError what={t('adminUsers.perm.title')} error={permissions.error} onRetry={() => void permissions.refetch()} />
        ) : (
          <PermissionsTable
            permissions={permissions.data}
            perspective="vhost"
            caption={t('adminUsers.perm.vhostCaption', { vhost })}
            empty={t('adminUsers.perm.noneVhost')}
            isPending={permissions.isPending}
          />
        )}
        <SetPermissionForm target={{ vhost }} />
      </div>
    </Section>
  );
}

/** Every user's topic permissions on a vhost, "Clear" per row, and "Set topic permission" for a chosen user. */
export function VhostTopicPermissionsSection({ vhost }: { vhost: string }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const permissions = useVhostTopicPermissionsQuery(vhost, refresh);
  return (
    <Section title={t('adminUsers.topic.title')}>
      <div className="flex flex-col gap-4">
        {permissions.error ? (
          <QueryError what={t('adminUsers.topic.title')} error={permissions.error} onRetry={() => void permissions.refetch()} />
        ) : (
          <TopicPermissionsTable
            permissions={permissions.data}
            perspective="vhost"
            caption={t('adminUsers.topic.vhostCaption', { vhost })}
            empty={t('adminUsers.topic.noneVhost')}
            isPending={permissions.isPending}
          />
        )}
        <SetTopicPermissionForm target={{ vhost }} />
      </div>
    </Section>
  );
}

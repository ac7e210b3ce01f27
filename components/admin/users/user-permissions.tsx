'use client';

import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { useT } from '@/lib/i18n/i18n';
import { useUserPermissionsQuery } from '@/lib/queries/admin-users/user-permissions-query';
import { useUserTopicPermissionsQuery } from '@/lib/queries/admin-users/user-topic-permissions-query';
import { useVhostPermissionsQuery } from '@/lib/queries/admin-users/vhost-permissions-query';
import { useVhostTopicPermissionsQuery } from '@/lib/queries/admin-users/vhost-topic-permissions-query';
import { useRefreshSeconds } from '@/lib/url-state';
import { SetPermissionForm } from './permission-form';
import { PermissionsTable, TopicPermissionsTable } from './permissions-table';
import { SetTopicPermissionForm } from './topic-permission-form';

// Permissions and topic permissions, seen from a user's side (the user page: one row per vhost)
// or from a vhost's side (the vhost page: one row per user). "Clear" per row, and "Set" for a
// chosen vhost or user.

type Target = { user: string; vhost?: never } | { vhost: string; user?: never };

function PermissionsSection({ target }: { target: Target }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  // Both hooks, always (the rules of hooks); the one not wanted is disabled.
  const byUser = useUserPermissionsQuery(target.user ?? '', refresh, { enabled: target.user !== undefined });
  const byVhost = useVhostPermissionsQuery(target.vhost ?? '', refresh, { enabled: target.vhost !== undefined });
  const permissions = target.user !== undefined ? byUser : byVhost;
  return (
    <Section title={t('adminUsers.perm.title')}>
      <div className="flex flex-col gap-4">
        {permissions.error ? (
          <QueryError what={t('adminUsers.perm.title')} error={permissions.error} onRetry={() => void permissions.refetch()} />
        ) : (
          <PermissionsTable
            permissions={permissions.data}
            perspective={target.user !== undefined ? 'user' : 'vhost'}
            caption={
              target.user !== undefined ? t('adminUsers.perm.userCaption', { user: target.user }) : t('adminUsers.perm.vhostCaption', { vhost: target.vhost })
            }
            empty={target.user !== undefined ? t('adminUsers.perm.noneUser') : t('adminUsers.perm.noneVhost')}
            isPending={permissions.isPending}
          />
        )}
        <SetPermissionForm target={target} />
      </div>
    </Section>
  );
}

function TopicPermissionsSection({ target }: { target: Target }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const byUser = useUserTopicPermissionsQuery(target.user ?? '', refresh, { enabled: target.user !== undefined });
  const byVhost = useVhostTopicPermissionsQuery(target.vhost ?? '', refresh, { enabled: target.vhost !== undefined });
  const permissions = target.user !== undefined ? byUser : byVhost;
  return (
    <Section title={t('adminUsers.topic.title')}>
      <div className="flex flex-col gap-4">
        {permissions.error ? (
          <QueryError what={t('adminUsers.topic.title')} error={permissions.error} onRetry={() => void permissions.refetch()} />
        ) : (
          <TopicPermissionsTable
            permissions={permissions.data}
            perspective={target.user !== undefined ? 'user' : 'vhost'}
            caption={
              target.user !== undefined ? t('adminUsers.topic.userCaption', { user: target.user }) : t('adminUsers.topic.vhostCaption', { vhost: target.vhost })
            }
            empty={target.user !== undefined ? t('adminUsers.topic.noneUser') : t('adminUsers.topic.noneVhost')}
            isPending={permissions.isPending}
          />
        )}
        <SetTopicPermissionForm target={target} />
      </div>
    </Section>
  );
}

/** A user's permissions on each vhost. */
export const UserPermissionsSection = ({ user }: { user: string }) => <PermissionsSection target={{ user }} />;
/** A user's topic permissions (per vhost and topic exchange). */
export const UserTopicPermissionsSection = ({ user }: { user: string }) => <TopicPermissionsSection target={{ user }} />;
/** Every user's permissions on a vhost. */
export const VhostPermissionsSection = ({ vhost }: { vhost: string }) => <PermissionsSection target={{ vhost }} />;
/** Every user's topic permissions on a vhost. */
export const VhostTopicPermissionsSection = ({ vhost }: { vhost: string }) => <TopicPermissionsSection target={{ vhost }} />;

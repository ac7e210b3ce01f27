'use client';

import { useEffect } from 'react';
import { SelectField } from '@/components/ui/field';
import { useT } from '@/lib/i18n/i18n';
import { useUserNamesQuery } from '@/lib/queries/admin-users/user-names-query';
import { useVhostsQuery } from '@/lib/queries/overview/vhosts-query';
import { useRefreshSeconds } from '@/lib/url-state';

/** Whom a permission form is for: a user's page sets it on a chosen vhost, a vhost's page for a chosen user. */
export type PermissionTarget = { user: string } | { vhost: string };

/** The names the form's select offers (vhosts on a user's page, users on a vhost's page) and the first choice. */
export function useTargetChoices(target: PermissionTarget) {
  const [refresh] = useRefreshSeconds();
  const byUser = 'user' in target;
  const vhosts = useVhostsQuery(refresh);
  const users = useUserNamesQuery({ enabled: !byUser });
  const names = byUser ? (vhosts.data?.map((vhost) => vhost.name) ?? []) : (users.data ?? []);
  const initial = byUser ? (names.includes('/') ? '/' : (names[0] ?? '')) : (names[0] ?? '');
  return { byUser, names, initial };
}

/** The select of the other side (a vhost or a user), filled in once its names have come. */
export function TargetSelect({
  target,
  value,
  onChange,
  error,
}: {
  target: PermissionTarget;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useT();
  const { byUser, names, initial } = useTargetChoices(target);
  useEffect(() => {
    if (!value && initial) onChange(initial);
  }, [value, initial, onChange]);
  return (
    <SelectField label={byUser ? t('adminUsers.col.vhost') : t('adminUsers.col.user')} value={value} onChange={(event) => onChange(event.target.value)} error={error}>
      {names.length === 0 ? <option value="">{t('adminUsers.loadingChoices')}</option> : null}
      {names.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </SelectField>
  );
}

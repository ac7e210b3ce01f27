'use client';

import dynamic from 'next/dynamic';
import { useCallback, useMemo, useState } from 'react';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { PagedList } from '@/components/ui/paged-list';
import { WhenIdle } from '@/components/ui/when-idle';
import type { UserSummary } from '@/lib/api/admin-users';
import { useT } from '@/lib/i18n/i18n';
import { USERS_DEFAULT_SORT, usersQueryOptions, useUsersQuery } from '@/lib/queries/admin-users/users-query';
import { useListUrlState } from '@/lib/queries/list-url-state';
import { isAdministrator } from '@/lib/tags';
import { useRefreshSeconds } from '@/lib/url-state';
import { BulkDeleteUsers, MissingUsersAlert } from './bulk-delete-users';
import { useUserColumns } from './user-columns';

// Below the list and with the validation library: loaded once the page is complete and the browser idle.
const AddUserForm = dynamic(() => import('./user-form').then((module) => module.AddUserForm), { ssr: false });

const NOTHING_SELECTED: Record<string, boolean> = {};
const userRowId = (user: UserSummary) => user.name;

/** Admin → Users: the list (paged, filtered and sorted by Warren), bulk delete, and "Add a user". */
export function UsersPage() {
  const t = useT();
  const { tags } = useSessionUser();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('admin.section.users')}</h1>
      {isAdministrator(tags) ? <UsersList /> : <Alert tone="warning">{t('adminUsers.notAllowed')}</Alert>}
    </div>
  );
}

function UsersList() {
  const t = useT();
  const list = useListUrlState(usersQueryOptions, USERS_DEFAULT_SORT);
  const { query } = list;
  const [refresh] = useRefreshSeconds();
  const users = useUsersQuery(query, refresh);
  const columns = useUserColumns();
  const [missing, setMissing] = useState<string[]>([]);

  // A selection belongs to the rows it was made on: another page, filter or sort starts afresh.
  const queryKey = JSON.stringify(query);
  const [selectionOf, setSelectionOf] = useState<{ key: string; rows: Record<string, boolean> }>({ key: queryKey, rows: NOTHING_SELECTED });
  const selection = selectionOf.key === queryKey ? selectionOf.rows : NOTHING_SELECTED;
  const setSelection = useCallback((rows: Record<string, boolean>) => setSelectionOf({ key: queryKey, rows }), [queryKey]);
  const selected = useMemo(() => Object.keys(selection).filter((name) => selection[name]), [selection]);
  const selectLabel = useCallback((user: UserSummary) => t('adminUsers.select', { name: user.name }), [t]);

  return (
    <>
      <PagedList
        title={t('adminUsers.allUsers')}
        list={list}
        result={users}
        filterLabel={t('adminUsers.filter')}
        pagesLabel={t('adminUsers.pages')}
        emptyLabel={t('adminUsers.empty')}
        table={{
          columns,
          getRowId: userRowId,
          selection,
          onSelectionChange: setSelection,
          selectLabel,
          selectAllLabel: t('adminUsers.selectAll'),
        }}
        toolbar={
          <BulkDeleteUsers
            selected={selected}
            administrators={users.data?.administrators ?? []}
            onDeleted={(result) => {
              setSelection(NOTHING_SELECTED);
              setMissing(result.missing);
            }}
          />
        }
        notice={missing.length ? <MissingUsersAlert missing={missing} onClose={() => setMissing([])} /> : null}
      />
      <WhenIdle>
        <AddUserForm />
      </WhenIdle>
    </>
  );
}

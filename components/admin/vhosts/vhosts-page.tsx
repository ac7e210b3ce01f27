'use client';

import { PagedList } from '@/components/ui/paged-list';
import { useI18n } from '@/lib/i18n/i18n';
import type { AdminVhost } from '@/lib/api/admin-vhosts';
import { useListUrlState } from '@/lib/queries/list-url-state';
import { VHOST_LIST_DEFAULT_SORT } from '@/lib/queries/admin-vhosts/keys';
import { adminVhostsQueryOptions, useAdminVhostsQuery } from '@/lib/queries/admin-vhosts/vhosts-query';
import { useRefreshSeconds } from '@/lib/url-state';
import { AddVhostForm } from './add-vhost-form';
import { useVhostColumns } from './vhost-columns';

const vhostRowId = (vhost: AdminVhost) => vhost.name;

/** Admin → Virtual hosts: every vhost, paged, sorted and filtered by the broker, and "Add a new virtual host". */
export function VhostsAdminPage() {
  const { t } = useI18n();
  const list = useListUrlState(adminVhostsQueryOptions, VHOST_LIST_DEFAULT_SORT);
  const [refresh] = useRefreshSeconds();
  const vhosts = useAdminVhostsQuery(list.query, refresh);
  const columns = useVhostColumns();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('adminVhosts.title')}</h1>
      <PagedList
        title={t('adminVhosts.all')}
        list={list}
        result={vhosts}
        filterLabel={t('list.filter')}
        pagesLabel={t('adminVhosts.pages')}
        emptyLabel={t('adminVhosts.empty')}
        table={{ columns, getRowId: vhostRowId }}
      />
      <AddVhostForm />
    </div>
  );
}

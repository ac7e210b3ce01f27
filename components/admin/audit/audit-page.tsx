'use client';

import { useMemo } from 'react';
import { Alert } from '@/components/ui/alert';
import { Section } from '@/components/ui/card';
import { DataTable } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { QueryError } from '@/components/ui/query-error';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useAuditQuery } from '@/lib/queries/audit/audit-query';
import { useAuditUrlState } from '@/lib/queries/audit/audit-url-state';
import { useRefreshSeconds } from '@/lib/url-state';
import { cn } from '@/lib/utils';
import { useAuditColumns, type AuditRow } from './audit-columns';
import { AuditFilters } from './audit-filters';

const auditRowId = (row: AuditRow) => row.key;

/** Admin → Audit log: the changes made through this Warren instance, newest first, filtered and paged. */
export function AuditPage() {
  const { t, locale } = useI18n();
  const state = useAuditUrlState();
  const { query } = state;
  const [refresh] = useRefreshSeconds();
  const audit = useAuditQuery(query, refresh);
  const columns = useAuditColumns();
  const page = audit.data;
  const rows = useMemo<AuditRow[] | undefined>(
    () => page?.items.map((entry, i) => ({ ...entry, key: `${page.page}-${i}-${entry.time}` })),
    [page],
  );
  const filtered = Boolean(query.user || query.object || query.from || query.to || query.result);
  const title = t('adminAudit.changes');
  const filters = useMemo(
    () => ({ user: query.user, object: query.object, from: query.from, to: query.to, result: query.result }),
    [query.user, query.object, query.from, query.to, query.result],
  );

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('adminAudit.title')}</h1>
      {page ? (
        <Alert tone="info">
          {page.file ? <p className="break-all">{t('adminAudit.file', { file: page.file })}</p> : <p>{t('adminAudit.off')}</p>}
          <p>{t('adminAudit.perInstance')}</p>
          {page.partial ? <p>{t('adminAudit.partial')}</p> : null}
        </Alert>
      ) : null}
      <Section title={page ? t('list.heading', { title, total: formatCount(page.total, locale) }) : title}>
        <div className="flex flex-col gap-3">
          <AuditFilters filters={filters} onApply={state.setFilters} />
          {audit.error ? <QueryError what={t('adminAudit.title')} error={audit.error} onRetry={() => void audit.refetch()} /> : null}
          {audit.error && !page ? null : (
            <div aria-busy={audit.isFetching} className={cn('transition-opacity', audit.isPlaceholderData && 'opacity-60 delay-300')}>
              <DataTable
                columns={columns}
                data={rows}
                caption={title}
                getRowId={auditRowId}
                isPending={audit.isPending}
                empty={filtered ? t('state.noMatch') : t('adminAudit.empty')}
              />
            </div>
          )}
          <Pagination
            page={page?.page ?? query.page}
            pageCount={page ? Math.ceil(page.total / page.page_size) : 1}
            pageSize={query.page_size}
            onPageChange={state.setPage}
            onPageSizeChange={state.setPageSize}
            label={t('adminAudit.pages')}
          />
        </div>
      </Section>
    </div>
  );
}

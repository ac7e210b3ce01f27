'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { ArgumentList } from '@/components/ui/argument-list';
import { Button } from '@/components/ui/button';
import type { ColumnDef } from '@/components/ui/data-table';
import { PagedList } from '@/components/ui/paged-list';
import type { Policy } from '@/lib/api/admin-policies';
import { useT } from '@/lib/i18n/i18n';
import type { PolicyKind } from '@/lib/policies';
import { useVhostColumnShown } from '@/lib/queries/overview/vhosts-query';
import { usePoliciesQuery } from '@/lib/queries/policies/policies-query';
import { usePolicyListState } from '@/lib/queries/policies/policy-list-state';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { DeletePolicyDialog } from './delete-policy-dialog';
import { applyToLabel } from './labels';

const rowId = (policy: Pick<Policy, 'vhost' | 'name'>) => JSON.stringify([policy.vhost, policy.name]);

/** "User policies" or "Operator policies": the broker's list, filtered and paged by Warren, each row with its page and Delete. */
export function PolicyList({ kind, canEdit }: { kind: PolicyKind; canEdit: boolean }) {
  const t = useT();
  const list = usePolicyListState(kind);
  const [refresh] = useRefreshSeconds();
  const policies = usePoliciesQuery(kind, list.query, refresh);
  const showVhost = useVhostColumnShown(list.query.vhost, refresh);
  const columnVisibility = useMemo(() => ({ vhost: showVhost, actions: canEdit }), [showVhost, canEdit]);
  const [deleting, setDeleting] = useState<Pick<Policy, 'vhost' | 'name'> | null>(null);
  const operator = kind === 'operator';

  const columns = useMemo<ColumnDef<Policy, unknown>[]>(
    () => [
      { id: 'vhost', header: t('adminPolicies.col.vhost'), meta: { sortKey: 'vhost' }, cell: ({ row }) => <span className="break-all">{row.original.vhost}</span> },
      {
        id: 'name',
        header: t('common.name'),
        meta: { sortKey: 'name' },
        cell: ({ row }) => (
          <Link
            prefetch={false}
            href={routes.adminPolicy(row.original.vhost, row.original.name, kind)}
            className="break-all font-medium text-orange-700 hover:underline dark:text-orange-400"
          >
            {row.original.name}
          </Link>
        ),
      },
      { id: 'pattern', header: t('adminPolicies.col.pattern'), meta: { sortKey: 'pattern' }, cell: ({ row }) => <code className="break-all text-xs">{row.original.pattern}</code> },
      {
        id: 'applyTo',
        header: t('adminPolicies.col.applyTo'),
        cell: ({ row }) => applyToLabel(t, row.original['apply-to']),
      },
      { id: 'priority', header: t('adminPolicies.col.priority'), meta: { sortKey: 'priority', align: 'right' }, cell: ({ row }) => row.original.priority },
      { id: 'definition', header: t('adminPolicies.col.definition'), cell: ({ row }) => <ArgumentList args={row.original.definition} /> },
      {
        id: 'actions',
        header: t('adminPolicies.col.actions'),
        cell: ({ row }) => (
          <Button
            variant="outline"
            size="sm"
            aria-label={t(operator ? 'adminPolicies.delete.buttonLabelOperator' : 'adminPolicies.delete.buttonLabel', { name: row.original.name, vhost: row.original.vhost })}
            onClick={() => setDeleting({ vhost: row.original.vhost, name: row.original.name })}
          >
            {t('adminPolicies.delete.button')}
          </Button>
        ),
      },
    ],
    [t, kind, operator],
  );

  const title = t(operator ? 'adminPolicies.list.operator' : 'adminPolicies.list.policies');
  return (
    <>
      <PagedList
        title={title}
        list={list}
        result={policies}
        filterLabel={t(operator ? 'adminPolicies.list.filterOperator' : 'adminPolicies.list.filter')}
        pagesLabel={t(operator ? 'adminPolicies.list.pagesOperator' : 'adminPolicies.list.pages')}
        emptyLabel={t(operator ? 'adminPolicies.list.emptyOperator' : 'adminPolicies.list.empty')}
        table={{ columns, getRowId: rowId, columnVisibility }}
      />
      <DeletePolicyDialog kind={kind} policy={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}

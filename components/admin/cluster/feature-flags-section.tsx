'use client';

import { useMemo, useState } from 'react';
import { toast } from '@/lib/toast';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { QueryError } from '@/components/ui/query-error';
import { canEnableFeatureFlag } from '@/lib/admin/vhosts';
import type { FeatureFlag } from '@/lib/api/admin-vhosts';
import { useT, type Translate } from '@/lib/i18n/i18n';
import { useEnableFeatureFlagMutation } from '@/lib/queries/cluster/enable-feature-flag-mutation';
import { useFeatureFlagsQuery } from '@/lib/queries/cluster/feature-flags-query';
import { useRefreshSeconds } from '@/lib/url-state';

const flagRowId = (flag: FeatureFlag) => flag.name;

function StateBadge({ state, t }: { state: string; t: Translate }) {
  if (state === 'enabled') return <Badge tone="green">{t('adminCluster.flags.enabled')}</Badge>;
  if (state === 'disabled') return <Badge>{t('adminCluster.flags.disabled')}</Badge>;
  return <Badge tone="amber">{state === 'unavailable' ? t('adminCluster.flags.unavailable') : state}</Badge>;
}

/** The broker's feature flags; "Enable" for a disabled stable one, after a confirmation that it is for good. */
export function FeatureFlagsSection() {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const flags = useFeatureFlagsQuery(refresh);
  const enable = useEnableFeatureFlagMutation();
  const [enabling, setEnabling] = useState<string | null>(null);

  const columns = useMemo<ColumnDef<FeatureFlag, unknown>[]>(
    () => [
      { id: 'name', header: t('common.name'), cell: ({ row }) => <code className="break-all">{row.original.name}</code> },
      { id: 'state', header: t('adminCluster.flags.state'), cell: ({ row }) => <StateBadge state={row.original.state} t={t} /> },
      {
        id: 'stability',
        header: t('adminCluster.flags.stability'),
        cell: ({ row }) => <Badge tone={row.original.stability === 'experimental' ? 'violet' : 'neutral'}>{row.original.stability}</Badge>,
      },
      {
        id: 'description',
        header: t('adminCluster.flags.description'),
        cell: ({ row }) => (
          <span className="flex flex-col gap-0.5">
            <span>{row.original.desc || '—'}</span>
            {row.original.doc_url && /^https?:\/\//.test(row.original.doc_url) ? (
              <a href={row.original.doc_url} target="_blank" rel="noreferrer noopener" className="text-xs text-orange-700 hover:underline dark:text-orange-400">
                {t('adminCluster.flags.docs', { name: row.original.name })}
              </a>
            ) : null}
          </span>
        ),
      },
      { id: 'provided_by', header: t('adminCluster.flags.providedBy'), cell: ({ row }) => row.original.provided_by ?? '—' },
      {
        id: 'action',
        header: t('adminCluster.flags.action'),
        cell: ({ row }) =>
          canEnableFeatureFlag(row.original) ? (
            <Button size="sm" variant="outline" onClick={() => setEnabling(row.original.name)}>
              {t('adminCluster.flags.enable', { name: row.original.name })}
            </Button>
          ) : null,
      },
    ],
    [t],
  );

  return (
    <Section title={t('adminCluster.flags.title')}>
      <div className="flex flex-col gap-3">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('adminCluster.flags.intro')}</p>
        {flags.error ? <QueryError what={t('adminCluster.flags.title')} error={flags.error} onRetry={() => void flags.refetch()} /> : null}
        {flags.error && !flags.data ? null : (
          <DataTable
            columns={columns}
            data={flags.data}
            caption={t('adminCluster.flags.title')}
            getRowId={flagRowId}
            isPending={flags.isPending}
            empty={t('adminCluster.flags.empty')}
          />
        )}
      </div>
      <ConfirmDialog
        open={enabling !== null}
        onOpenChange={(open) => {
          if (!open) setEnabling(null);
        }}
        title={t('adminCluster.flags.confirmTitle', { name: enabling ?? '' })}
        description={t('adminCluster.flags.confirmDescription')}
        confirmLabel={t('adminCluster.flags.confirm')}
        onConfirm={async () => {
          if (!enabling) return;
          await enable.mutateAsync(enabling);
          toast.success(t('adminCluster.flags.done', { name: enabling }));
        }}
      />
    </Section>
  );
}

'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/i18n';
import { useClusterNameQuery } from '@/lib/queries/cluster/cluster-name-query';
import { useSetClusterNameMutation } from '@/lib/queries/cluster/set-cluster-name-mutation';
import { clusterNameSchema } from '@/lib/schemas/admin-vhosts';
import { toast } from '@/lib/toast';
import { useRefreshSeconds } from '@/lib/url-state';

/** The cluster's name, and "Change" to rename it (every node and the shell follow). */
export function ClusterNameSection() {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const query = useClusterNameQuery(refresh);
  const rename = useSetClusterNameMutation();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = query.data?.name;

  const save = async () => {
    setProblem(null);
    const parsed = clusterNameSchema.safeParse(draft ?? '');
    if (!parsed.success) return setProblem((draft ?? '').trim() ? t('adminCluster.name.invalid') : t('adminCluster.name.required'));
    try {
      await rename.mutateAsync(parsed.data);
      toast.success(t('adminCluster.name.changed', { name: parsed.data }));
      setDraft(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Section
      title={t('adminCluster.name.title')}
      actions={
        draft === null ? (
          <Button variant="outline" size="sm" onClick={() => setDraft(current ?? '')} disabled={current === undefined}>
            {t('adminCluster.name.change')}
          </Button>
        ) : null
      }
    >
      {query.error ? <QueryError what={t('adminCluster.name.title')} error={query.error} onRetry={() => void query.refetch()} /> : null}
      {draft === null ? (
        <div className="text-lg font-medium break-all" data-testid="cluster-name">
          {query.isPending ? <Skeleton className="h-6 w-48" /> : (current ?? '—')}
        </div>
      ) : (
        <form
          className="flex max-w-xl flex-col gap-3"
          aria-label={t('adminCluster.name.formLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <InputField
            label={t('adminCluster.name.newName')}
            hint={t('adminCluster.name.hint')}
            value={draft}
            autoComplete="off"
            spellCheck={false}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
          />
          {problem ? <Alert tone="error">{problem}</Alert> : null}
          <div className="flex gap-2">
            <Button type="submit" disabled={rename.isPending}>
              {t('adminCluster.name.save')}
            </Button>
            <Button
              variant="outline"
              disabled={rename.isPending}
              onClick={() => {
                setDraft(null);
                setProblem(null);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Section>
  );
}

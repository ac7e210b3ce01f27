'use client';

import { useState } from 'react';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { DetailList, type DetailItem } from '@/components/ui/detail-list';
import { MissingNotice } from '@/components/ui/missing-notice';
import { QueryError } from '@/components/ui/query-error';
import { keepsDefaultQueueType, vhostDefaultQueueType } from '@/lib/admin/vhosts';
import { ApiError } from '@/lib/api/errors';
import { formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useAdminVhostQuery } from '@/lib/queries/admin-vhosts/vhost-query';
import { useOverviewQuery } from '@/lib/queries/overview/overview-query';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { DeleteVhostDialog } from './delete-vhost-dialog';
import { EditVhostForm } from './edit-vhost-form';
import { ClusterStateBadges, VhostTags } from './vhost-badges';
import { VhostLimitsSection } from './vhost-limits-section';
import { VhostPermissionsSection, VhostTopicPermissionsSection } from '@/components/admin/users/user-permissions';

/** One vhost for administrators: its figures, description and tags (editable), permissions, limits, and Delete. */
export function VhostDetailPage({ name }: { name: string }) {
  const { t, locale } = useI18n();
  const [refresh] = useRefreshSeconds();
  const query = useAdminVhostQuery(name, refresh);
  const overview = useOverviewQuery(refresh);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const vhost = query.data;
  const heading = t('adminVhosts.detail.title', { name });

  if (query.error instanceof ApiError && query.error.code === 'NOT_FOUND') {
    return (
      <MissingNotice
        heading={heading}
        title={t('adminVhosts.detail.notFound', { name })}
        backHref={routes.adminVhosts()}
        backLabel={t('adminVhosts.detail.back')}
      />
    );
  }

  const perSecond = (rate: number | undefined) => (rate === undefined ? '—' : t('common.perSecond', { value: formatRate(rate) }));
  const queueType = vhostDefaultQueueType(vhost);
  const kept = keepsDefaultQueueType(overview.data?.rabbitmq_version);
  const stats = vhost?.message_stats;

  const details: DetailItem[] = [
    { label: t('adminVhosts.col.description'), value: vhost?.description || '—', wide: true },
    { label: t('adminVhosts.col.tags'), value: <VhostTags tags={vhost?.tags} /> },
    {
      label: t('adminVhosts.col.defaultQueueType'),
      value:
        queueType ??
        (kept === false ? t('adminVhosts.detail.queueTypeNotKept', { version: overview.data?.rabbitmq_version ?? '' }) : t('adminVhosts.detail.noQueueType')),
    },
    { label: t('adminVhosts.col.state'), value: <ClusterStateBadges state={vhost?.cluster_state} /> },
    {
      label: t('adminVhosts.detail.tracing'),
      value: (
        <span className="flex flex-col gap-0.5">
          <span>{vhost?.tracing ? <Badge tone="amber">{t('adminVhosts.detail.tracingOn')}</Badge> : <Badge>{t('adminVhosts.detail.tracingOff')}</Badge>}</span>
          <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">{t('adminVhosts.detail.tracingHint')}</span>
        </span>
      ),
    },
  ];
  const messages: DetailItem[] = [
    { label: t('adminVhosts.col.ready'), value: formatCount(vhost?.messages_ready, locale) },
    { label: t('adminVhosts.col.unacked'), value: formatCount(vhost?.messages_unacknowledged, locale) },
    { label: t('adminVhosts.col.total'), value: formatCount(vhost?.messages, locale) },
  ];
  const rates: DetailItem[] = [
    { label: t('adminVhosts.col.publish'), value: perSecond(stats?.publish_details?.rate) },
    { label: t('adminVhosts.rate.confirm'), value: perSecond(stats?.confirm_details?.rate) },
    { label: t('adminVhosts.col.deliverGet'), value: perSecond(stats?.deliver_get_details?.rate) },
    { label: t('adminVhosts.rate.ack'), value: perSecond(stats?.ack_details?.rate) },
    { label: t('adminVhosts.rate.redeliver'), value: perSecond(stats?.redeliver_details?.rate) },
    { label: t('adminVhosts.rate.returned'), value: perSecond(stats?.return_unroutable_details?.rate) },
  ];

  return (
    <div className="flex flex-col gap-4">
      <Link prefetch={false} href={routes.adminVhosts()} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
        ← {t('adminVhosts.detail.back')}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="min-w-0 text-2xl font-semibold break-all">{heading}</h1>
        <div className="flex gap-2">
          <Button variant="outline" onClick={() => setEditing(true)} disabled={!vhost || editing}>
            {t('adminVhosts.edit.button')}
          </Button>
          <Button variant="destructive" onClick={() => setDeleting(true)} disabled={!vhost}>
            {t('adminVhosts.delete.button')}
          </Button>
        </div>
      </div>
      {query.error ? <QueryError what={heading} error={query.error} onRetry={() => void query.refetch()} /> : null}
      {editing && vhost ? <EditVhostForm vhost={vhost} onDone={() => setEditing(false)} /> : null}
      <Section title={t('adminVhosts.detail.details')}>
        <DetailList items={details} pending={query.isPending} />
      </Section>
      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('adminVhosts.detail.messages')}>
          <DetailList items={messages} pending={query.isPending} />
        </Section>
        <Section title={t('adminVhosts.detail.rates')}>
          <DetailList items={rates} pending={query.isPending} />
        </Section>
      </div>
      <VhostPermissionsSection vhost={name} />
      <VhostTopicPermissionsSection vhost={name} />
      <VhostLimitsSection vhost={name} />
      <DeleteVhostDialog name={name} vhost={vhost} open={deleting} onOpenChange={setDeleting} />
    </div>
  );
}

'use client';

import { useState, type ReactNode } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { BindingsSection } from '@/components/bindings/bindings-section';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, type ColumnDef } from '@/components/ui/data-table';
import { CheckboxField } from '@/components/ui/field';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api-error';
import { formatBytes, formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { consumerCapacityPercent, formatArgumentValue } from '@/lib/queue-features';
import { useDeleteQueueMutation } from '@/lib/queries/queues/delete-queue-mutation';
import { usePurgeQueueMutation } from '@/lib/queries/queues/purge-queue-mutation';
import { useQueueQuery } from '@/lib/queries/queues/queue-query';
import type { QueueConsumer, QueueDetail } from '@/lib/rabbitmq/queues';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { FeatureBadges, QueueStateBadge } from './queue-badges';

export function QueueDetailPage({ vhost, name }: { vhost: string; name: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [refresh] = useRefreshSeconds();
  const queue = useQueueQuery(vhost, name, refresh);
  const purge = usePurgeQueueMutation();
  const remove = useDeleteQueueMutation();
  const [dialog, setDialog] = useState<'purge' | 'delete' | null>(null);
  const [ifEmpty, setIfEmpty] = useState(false);
  const [ifUnused, setIfUnused] = useState(false);
  const listHref = `${routes.queues()}?vhost=${encodeURIComponent(vhost)}`;

  const notFound = queue.error instanceof ApiError && queue.error.code === 'NOT_FOUND';
  if (notFound && !queue.data) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t('queues.detail.title', { name })}</h1>
        <Alert tone="warning" title={t('queues.detail.notFound', { name, vhost })}>
          <Link prefetch={false} href={listHref} className="text-orange-700 underline dark:text-orange-400">
            {t('queues.detail.backToList')}
          </Link>
        </Alert>
      </div>
    );
  }

  const data = queue.data;
  const isStream = data?.type === 'stream';

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link prefetch={false} href={listHref} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
            ← {t('queues.detail.backToList')}
          </Link>
          <h1 className="break-all text-2xl font-semibold">{t('queues.detail.title', { name })}</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            {t('queues.detail.inVhost')} <span className="font-medium text-zinc-900 dark:text-zinc-100">{vhost}</span>
          </p>
        </div>
        <div className="flex gap-2">
          <Button variant="outline" onClick={() => setDialog('purge')} disabled={!data || isStream} title={isStream ? t('queues.detail.purgeStream') : undefined}>
            {t('queues.purge')}
          </Button>
          <Button variant="destructive" onClick={() => setDialog('delete')} disabled={!data}>
            {t('queues.delete')}
          </Button>
        </div>
      </div>

      {queue.error ? <QueryError what={t('queues.detail.title', { name })} error={queue.error} onRetry={() => void queue.refetch()} /> : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('queues.detail.details')}>
          {data ? <DetailsList queue={data} /> : <Skeleton className="h-40 w-full" />}
        </Section>
        <div className="flex flex-col gap-4">
          <Section title={t('queues.detail.messages')}>
            {data ? <MessagesTable queue={data} /> : <Skeleton className="h-24 w-full" />}
          </Section>
          {/* RATE CHARTS — a later issue puts the queue's message-rate charts in this section
              (lengths_age/msg_rates_age samples); until then it shows the current rates. */}
          <Section title={t('queues.detail.rates')}>
            {data ? <CurrentRates queue={data} /> : <Skeleton className="h-10 w-full" />}
          </Section>
        </div>
      </div>

      <Section title={t('queues.detail.consumers')}>
        <ConsumersTable consumers={data?.consumer_details} isPending={queue.isPending} />
      </Section>

      <BindingsSection vhost={vhost} queue={name} />

      <ConfirmDialog
        open={dialog === 'purge'}
        onOpenChange={(open) => setDialog(open ? 'purge' : null)}
        title={t('queues.purgeTitle', { name })}
        description={t('queues.purgeDescription', { count: formatCount(data?.messages_ready, locale) })}
        confirmLabel={t('queues.purge')}
        onConfirm={async () => {
          await purge.mutateAsync({ vhost, name });
          toast.success(t('queues.purged', { name }));
        }}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        onOpenChange={(open) => {
          setDialog(open ? 'delete' : null);
          if (!open) {
            setIfEmpty(false);
            setIfUnused(false);
          }
        }}
        title={t('queues.deleteTitle', { name })}
        description={t('queues.deleteDescription', { count: formatCount(data?.messages, locale) })}
        confirmLabel={t('queues.delete')}
        typeToConfirm={name}
        onConfirm={async () => {
          await remove.mutateAsync({ vhost, name, ifEmpty, ifUnused });
          toast.success(t('queues.deleted', { name }));
          router.push(listHref);
        }}
      >
        <div className="flex flex-col gap-1">
          <CheckboxField label={t('queues.ifEmpty')} checked={ifEmpty} onChange={(event) => setIfEmpty(event.target.checked)} />
          <CheckboxField label={t('queues.ifUnused')} checked={ifUnused} onChange={(event) => setIfUnused(event.target.checked)} />
        </div>
      </ConfirmDialog>
    </div>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="grid grid-cols-[11rem_1fr] gap-2 border-t border-zinc-100 py-1.5 first:border-t-0 dark:border-zinc-800">
      <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 break-words text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

const none = <span className="text-zinc-400">—</span>;

function KeyValues({ values }: { values: Record<string, unknown> | [] | undefined | null }) {
  const entries = values && !Array.isArray(values) ? Object.entries(values) : [];
  if (!entries.length) return none;
  return (
    <dl className="flex flex-col gap-0.5">
      {entries.map(([key, value]) => (
        <div key={key} className="flex gap-1">
          <dt className="font-medium">{key}:</dt>
          <dd className="break-all">{formatArgumentValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function DetailsList({ queue }: { queue: QueueDetail }) {
  const { t, locale } = useI18n();
  const replicated = queue.type === 'quorum' || queue.type === 'stream';
  const capacity = consumerCapacityPercent(queue.consumer_capacity ?? queue.consumer_utilisation);
  const owner = queue.owner_pid_details?.name;
  return (
    <dl>
      <Fact label={t('queues.col.type')} testId="queue-type">
        {queue.type ?? '—'}
      </Fact>
      <Fact label={t('queues.col.features')} testId="queue-features">
        <FeatureBadges queue={{ ...queue, policy: null, operator_policy: null }} />
      </Fact>
      <Fact label={t('queues.detail.arguments')}>
        <KeyValues values={queue.arguments} />
      </Fact>
      <Fact label={t('queues.detail.policy')}>{queue.policy || none}</Fact>
      <Fact label={t('queues.detail.operatorPolicy')}>{queue.operator_policy || none}</Fact>
      <Fact label={t('queues.detail.effectivePolicy')}>
        <KeyValues values={queue.effective_policy_definition} />
      </Fact>
      {queue.exclusive ? (
        <Fact label={t('queues.detail.exclusiveOwner')}>
          {owner ? (
            <Link prefetch={false} href={routes.connection(owner)} className="text-orange-700 hover:underline dark:text-orange-400">
              {owner}
            </Link>
          ) : (
            none
          )}
        </Fact>
      ) : null}
      <Fact label={replicated ? t('queues.detail.leader') : t('queues.detail.node')}>{queue.leader ?? queue.node ?? none}</Fact>
      {replicated ? (
        <>
          <Fact label={t('queues.detail.members')}>{queue.members?.length ? queue.members.join(', ') : none}</Fact>
          <Fact label={t('queues.detail.online')}>{queue.online?.length ? queue.online.join(', ') : none}</Fact>
        </>
      ) : null}
      <Fact label={t('queues.col.state')} testId="queue-state">
        <QueueStateBadge queue={queue} />
      </Fact>
      <Fact label={t('queues.col.consumers')} testId="queue-consumers">
        {formatCount(queue.consumers, locale)}
      </Fact>
      <Fact label={t('queues.col.consumerCapacity')}>{capacity === null ? none : `${capacity}%`}</Fact>
      {queue.single_active_consumer_tag ? <Fact label={t('queues.detail.activeConsumer')}>{queue.single_active_consumer_tag}</Fact> : null}
      {queue.memory !== undefined ? <Fact label={t('queues.detail.memory')}>{formatBytes(queue.memory)}</Fact> : null}
    </dl>
  );
}

const MESSAGE_COLUMNS: Array<{ label: MessageKey; count: keyof QueueDetail; bytes: keyof QueueDetail; testId: string }> = [
  { label: 'queues.col.total', count: 'messages', bytes: 'message_bytes', testId: 'messages-total' },
  { label: 'queues.col.ready', count: 'messages_ready', bytes: 'message_bytes_ready', testId: 'messages-ready' },
  { label: 'queues.col.unacked', count: 'messages_unacknowledged', bytes: 'message_bytes_unacknowledged', testId: 'messages-unacked' },
  { label: 'queues.detail.inMemory', count: 'messages_ram', bytes: 'message_bytes_ram', testId: 'messages-ram' },
  { label: 'queues.detail.persistent', count: 'messages_persistent', bytes: 'message_bytes_persistent', testId: 'messages-persistent' },
  { label: 'queues.detail.pagedOut', count: 'messages_paged_out', bytes: 'message_bytes_paged_out', testId: 'messages-paged-out' },
];

function MessagesTable({ queue }: { queue: QueueDetail }) {
  const { t, locale } = useI18n();
  const number = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('queues.detail.messages')}</caption>
        <thead>
          <tr className="text-left text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-300">
            <td />
            {MESSAGE_COLUMNS.map((column) => (
              <th key={column.label} scope="col" className="px-2 py-1 text-right font-medium">
                {t(column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-t border-zinc-100 dark:border-zinc-800">
            <th scope="row" className="px-2 py-1 text-left font-medium">
              {t('queues.detail.messageCount')}
            </th>
            {MESSAGE_COLUMNS.map((column) => (
              <td key={column.label} className="px-2 py-1 text-right tabular-nums" data-testid={column.testId}>
                {formatCount(number(queue[column.count]), locale)}
              </td>
            ))}
          </tr>
          <tr className="border-t border-zinc-100 dark:border-zinc-800">
            <th scope="row" className="px-2 py-1 text-left font-medium">
              {t('queues.detail.messageBytes')}
            </th>
            {MESSAGE_COLUMNS.map((column) => (
              <td key={column.label} className="px-2 py-1 text-right tabular-nums">
                {formatBytes(number(queue[column.bytes]))}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function CurrentRates({ queue }: { queue: QueueDetail }) {
  const { t } = useI18n();
  const stats = queue.message_stats;
  const rates: Array<[MessageKey, number | undefined]> = [
    ['queues.col.incoming', stats?.publish_details?.rate],
    ['queues.col.deliverGet', stats?.deliver_get_details?.rate],
    ['queues.col.redelivered', stats?.redeliver_details?.rate],
    ['queues.col.ack', stats?.ack_details?.rate],
  ];
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-2">
      {rates.map(([label, rate]) => (
        <div key={label} className="flex flex-col">
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{t(label)}</dt>
          <dd className="text-lg font-semibold tabular-nums">{rate === undefined ? '—' : t('common.perSecond', { value: formatRate(rate) })}</dd>
        </div>
      ))}
    </dl>
  );
}

function ConsumersTable({ consumers, isPending }: { consumers: QueueConsumer[] | undefined; isPending: boolean }) {
  const { t } = useI18n();
  const yesNo = (value: boolean | undefined) => (value === undefined ? '—' : value ? t('common.yes') : t('common.no'));
  const columns: ColumnDef<QueueConsumer, unknown>[] = [
    {
      id: 'channel',
      header: t('queues.consumer.channel'),
      cell: ({ row }) => {
        const channel = row.original.channel_details?.name;
        return channel ? (
          <Link prefetch={false} href={routes.channel(channel)} className="text-orange-700 hover:underline dark:text-orange-400">
            {channel}
          </Link>
        ) : (
          '—'
        );
      },
    },
    { id: 'tag', header: t('queues.consumer.tag'), cell: ({ row }) => <span className="break-all">{row.original.consumer_tag}</span> },
    { id: 'ack', header: t('queues.consumer.ackRequired'), cell: ({ row }) => yesNo(row.original.ack_required) },
    { id: 'exclusive', header: t('queues.consumer.exclusive'), cell: ({ row }) => yesNo(row.original.exclusive) },
    { id: 'prefetch', header: t('queues.consumer.prefetch'), meta: { align: 'right' }, cell: ({ row }) => row.original.prefetch_count ?? '—' },
    { id: 'active', header: t('queues.consumer.active'), cell: ({ row }) => yesNo(row.original.active) },
    { id: 'activity', header: t('queues.consumer.activityStatus'), cell: ({ row }) => row.original.activity_status ?? '—' },
    { id: 'arguments', header: t('queues.consumer.arguments'), cell: ({ row }) => <KeyValues values={row.original.arguments} /> },
  ];
  return (
    <DataTable
      columns={columns}
      data={consumers}
      caption={t('queues.detail.consumers')}
      getRowId={(consumer) => `${consumer.channel_details?.name ?? ''}\u0000${consumer.consumer_tag}`}
      isPending={isPending}
      empty={t('queues.consumer.none')}
    />
  );
}

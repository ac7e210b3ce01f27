'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { EffectivePolicy } from '@/components/admin/policies/effective-policy';
import { ArgumentList } from '@/components/ui/argument-list';
import type { QueueDetail } from '@/lib/api/queues';
import { formatBytes, formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { consumerCapacityPercent } from '@/lib/queue-features';
import { routes } from '@/lib/routes';
import { FeatureBadges, QueueStateBadge } from './queue-badges';

// The facts of a queue's page: its details, its message counts (total, ready, unacked, in
// memory, persistent, paged out; counts and bytes). Its rates are charted (components/charts).

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

export function QueueFacts({ queue }: { queue: QueueDetail }) {
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
        <ArgumentList args={queue.arguments} />
      </Fact>
      <Fact label={t('queues.detail.effectivePolicy')}>
        <EffectivePolicy
          vhost={queue.vhost}
          policy={queue.policy}
          operatorPolicy={queue.operator_policy ?? null}
          definition={queue.effective_policy_definition ?? null}
        />
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

export function QueueMessageCounts({ queue }: { queue: QueueDetail }) {
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

'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { BindingsSection } from '@/components/bindings/bindings-section';
import { Alert } from '@/components/ui/alert';
import { Section } from '@/components/ui/card';
import { ConsumersTable } from '@/components/ui/consumers-table';
import { MissingNotice } from '@/components/ui/missing-notice';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/api/errors';
import { useI18n } from '@/lib/i18n/i18n';
import { useQueueQuery } from '@/lib/queries/queues/queue-query';
import { routes } from '@/lib/routes';
import { useRefreshSeconds } from '@/lib/url-state';
import { QueueActions } from './queue-actions';
import { QueueCurrentRates, QueueFacts, QueueMessageCounts } from './queue-facts';

// The message panels (their viewers, forms and validation) load after the page, in their own chunks.
const GetMessagesPanel = dynamic(() => import('@/components/messages/get-messages-panel').then((module) => module.GetMessagesPanel), { ssr: false });
const StreamBrowser = dynamic(() => import('@/components/messages/stream-browser').then((module) => module.StreamBrowser), { ssr: false });
const PublishPanel = dynamic(() => import('@/components/messages/publish-panel').then((module) => module.PublishPanel), { ssr: false });

export function QueueDetailPage({ vhost, name }: { vhost: string; name: string }) {
  const { t } = useI18n();
  const [refresh] = useRefreshSeconds();
  const queue = useQueueQuery(vhost, name, refresh);
  const listHref = `${routes.queues()}?vhost=${encodeURIComponent(vhost)}`;

  if (queue.error instanceof ApiError && queue.error.code === 'NOT_FOUND' && !queue.data) {
    return (
      <MissingNotice
        heading={t('queues.detail.title', { name })}
        title={t('queues.detail.notFound', { name, vhost })}
        backHref={listHref}
        backLabel={t('queues.detail.backToList')}
      />
    );
  }

  const data = queue.data;
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
        <QueueActions vhost={vhost} name={name} queue={data} listHref={listHref} />
      </div>

      {queue.error ? <QueryError what={t('queues.detail.title', { name })} error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      {data?.unaddressable ? <Alert tone="info">{t('queues.detail.unaddressable', { name })}</Alert> : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title={t('queues.detail.details')}>{data ? <QueueFacts queue={data} /> : <Skeleton className="h-40 w-full" />}</Section>
        <div className="flex flex-col gap-4">
          <Section title={t('queues.detail.messages')}>{data ? <QueueMessageCounts queue={data} /> : <Skeleton className="h-24 w-full" />}</Section>
          {/* RATE CHARTS — a later issue puts the queue's message-rate charts in this section
              (lengths_age/msg_rates_age samples); until then it shows the current rates. */}
          <Section title={t('queues.detail.rates')}>{data ? <QueueCurrentRates queue={data} /> : <Skeleton className="h-10 w-full" />}</Section>
        </div>
      </div>

      <Section title={t('queues.detail.consumers')}>
        <ConsumersTable
          caption={t('queues.detail.consumers')}
          consumers={data?.consumer_details?.map((consumer) => ({ ...consumer, channel: consumer.channel_details?.name }))}
          isPending={queue.isPending}
          from="channel"
        />
      </Section>

      {data ? (
        <div className="grid items-start gap-4 xl:grid-cols-2">
          {data.type === 'stream' ? <StreamBrowser vhost={vhost} name={name} /> : <GetMessagesPanel vhost={vhost} name={name} queueType={data.type} />}
          <PublishPanel vhost={vhost} exchange="" routingKey={name} lockRoutingKey />
        </div>
      ) : null}

      <BindingsSection vhost={vhost} queue={name} />
    </div>
  );
}

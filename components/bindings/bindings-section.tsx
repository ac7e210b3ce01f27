'use client';

import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { useT } from '@/lib/i18n/i18n';
import { useExchangeBindingsQuery } from '@/lib/queries/bindings/exchange-bindings-query';
import { useQueueBindingsQuery } from '@/lib/queries/bindings/queue-bindings-query';
import { useExchangeQuery } from '@/lib/queries/exchanges/exchange-query';
import { useRefreshSeconds } from '@/lib/url-state';
import { AddBindingForm } from './add-binding-form';
import { BindingsTable } from './bindings-table';

export type BindingsSectionProps = { vhost: string; queue: string } | { vhost: string; exchange: string };

/**
 * A queue's or an exchange's bindings, with Unbind and an "Add binding" form. Rendered by the
 * queue detail page (queue) and the exchange detail page (exchange).
 */
export function BindingsSection(props: BindingsSectionProps) {
  return 'queue' in props ? (
    <QueueBindings vhost={props.vhost} queue={props.queue} />
  ) : (
    <ExchangeBindings vhost={props.vhost} exchange={props.exchange} />
  );
}

function QueueBindings({ vhost, queue }: { vhost: string; queue: string }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const bindings = useQueueBindingsQuery(vhost, queue, refresh);
  return (
    <Section title={t('bindings.title')}>
      <div className="flex flex-col gap-4">
        {bindings.error ? (
          <QueryError what={t('bindings.what')} error={bindings.error} onRetry={() => void bindings.refetch()} />
        ) : (
          <BindingsTable
            bindings={bindings.data}
            perspective="queue"
            caption={t('bindings.queueCaption', { queue })}
            empty={t('bindings.noneQueue')}
            isPending={bindings.isPending}
          />
        )}
        <AddBindingForm mode="queue" vhost={vhost} queue={queue} />
      </div>
    </Section>
  );
}

function ExchangeBindings({ vhost, exchange }: { vhost: string; exchange: string }) {
  const t = useT();
  const [refresh] = useRefreshSeconds();
  const isDefault = exchange === '';
  // The default exchange's "bindings" are one per queue in the vhost: not worth listing.
  const source = useExchangeBindingsQuery(vhost, exchange, 'source', refresh, { enabled: !isDefault });
  const destination = useExchangeBindingsQuery(vhost, exchange, 'destination', refresh, { enabled: !isDefault });
  const details = useExchangeQuery(vhost, exchange, refresh);

  if (isDefault) {
    return (
      <Section title={t('bindings.title')}>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('bindings.defaultExchangeNote')}</p>
      </Section>
    );
  }

  return (
    <Section title={t('bindings.title')}>
      <div className="flex flex-col gap-5">
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{t('bindings.fromThis')}</h3>
          {source.error ? (
            <QueryError what={t('bindings.what')} error={source.error} onRetry={() => void source.refetch()} />
          ) : (
            <BindingsTable
              bindings={source.data}
              perspective="source"
              caption={t('bindings.fromThis')}
              empty={t('bindings.noneFrom')}
              isPending={source.isPending}
            />
          )}
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{t('bindings.toThis')}</h3>
          {destination.error ? (
            <QueryError what={t('bindings.what')} error={destination.error} onRetry={() => void destination.refetch()} />
          ) : (
            <BindingsTable
              bindings={destination.data}
              perspective="destination"
              caption={t('bindings.toThis')}
              empty={t('bindings.noneTo')}
              isPending={destination.isPending}
            />
          )}
        </div>
        <AddBindingForm mode="exchange" vhost={vhost} exchange={exchange} exchangeType={details.data?.type} />
      </div>
    </Section>
  );
}

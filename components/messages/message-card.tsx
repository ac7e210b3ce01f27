'use client';

import { useId } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { DetailList, type DetailItem } from '@/components/ui/detail-list';
import type { FetchedMessage, MessageProperties } from '@/lib/api/messages';
import { formatCount } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { propertiesSchema } from '@/lib/schemas/messages';
import { toast } from '@/lib/toast';
import { HeaderTable } from './header-table';
import { isoFromSeconds } from './header-value';
import { PayloadViewer } from './payload-viewer';
import { XDeathTable } from './x-death-table';

/** The basic properties under their official names, in the order the publish schema has them. */
const PROPERTY_ORDER: ReadonlyArray<keyof MessageProperties> = propertiesSchema.keyof().options;

function propertyValue(properties: MessageProperties, key: keyof MessageProperties, t: Translate): string {
  if (key === 'delivery_mode') return properties.delivery_mode === 2 ? t('messages.prop.persistent') : t('messages.prop.nonPersistent');
  if (key === 'timestamp') {
    const seconds = properties.timestamp ?? 0;
    return isoFromSeconds(seconds) ?? String(seconds);
  }
  if (key === 'expiration') return t('messages.prop.expiration', { ms: properties.expiration ?? '' });
  return String(properties[key]);
}

async function copyMessage(message: FetchedMessage, t: Translate): Promise<void> {
  // Missing outside secure contexts (plain HTTP to a host other than localhost).
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard?.writeText) {
    toast.error(t('messages.copyUnavailable'));
    return;
  }
  try {
    await clipboard.writeText(JSON.stringify(message, null, 2));
    toast.success(t('messages.copied', { position: message.position }));
  } catch (error) {
    toast.error(t('messages.copyFailed', { message: error instanceof Error ? error.message : String(error) }));
  }
}

/** A checkbox on the card, for choosing messages (Get messages → Move selected). */
export interface MessageCardSelect {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * One fetched message: where it came from, its properties and headers (with the dead-lettering
 * history when it has one), and its payload; "Copy" puts the whole message on the clipboard as JSON.
 */
export function MessageCard({
  message,
  headingLevel = 3,
  title,
  select,
}: {
  message: FetchedMessage;
  headingLevel?: 3 | 4;
  /** Instead of "Message N" (an RPC reply). */
  title?: string;
  select?: MessageCardSelect;
}) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const streamed = message.offset !== undefined;
  const timestamp = message.properties.timestamp === undefined ? undefined : (isoFromSeconds(message.properties.timestamp) ?? undefined);

  const items: DetailItem[] = [
    { label: t('messages.card.exchange'), value: message.exchange === '' ? t('exchanges.defaultName') : message.exchange },
    { label: t('messages.card.routingKey'), value: <span className="break-all font-mono">{message.routing_key === '' ? '“”' : message.routing_key}</span> },
    { label: t('messages.card.redelivered'), value: message.redelivered ? t('common.yes') : t('common.no') },
    ...(message.message_count !== undefined ? [{ label: t('messages.card.messagesLeft'), value: formatCount(message.message_count, locale) }] : []),
    ...PROPERTY_ORDER.filter((key) => message.properties[key] !== undefined).map((key) => ({
      label: key,
      value: <span className="break-all font-mono">{propertyValue(message.properties, key, t)}</span>,
    })),
  ];

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          {select ? (
            <input
              type="checkbox"
              className="h-4 w-4 accent-orange-600"
              checked={select.checked}
              onChange={(event) => select.onChange(event.target.checked)}
              aria-label={t('work.select.message', { position: message.position })}
            />
          ) : null}
          <Heading id={headingId} className="text-sm font-semibold">
            {title ?? t('messages.card.title', { position: message.position })}
          </Heading>
          {streamed ? <Badge tone="blue">{t('messages.card.offset', { offset: String(message.offset) })}</Badge> : null}
          {streamed ? (
            <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{timestamp ?? t('messages.card.noTimestamp')}</span>
          ) : null}
        </div>
        <Button size="sm" variant="outline" onClick={() => void copyMessage(message, t)} aria-label={t('messages.copyLabel', { position: message.position })}>
          {t('messages.copy')}
        </Button>
      </div>
      <DetailList items={items} />
      <HeaderTable headers={message.headers} caption={t('messages.headers.caption')} />
      <XDeathTable headers={message.headers} />
      <PayloadViewer message={message} label={t('messages.payload.title')} />
    </article>
  );
}

'use client';

import { useDeferredValue, useMemo, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { TAIL_BUFFER, type TailItem, type TailState } from '@/lib/queries/messages/use-tail';
import { headerSearchText } from './header-value';
import { MessageCard } from './message-card';

/** Cards drawn at once; "Show more" draws more of what is kept. */
const PAGE = 50;

// Built once per message, not per render (the list re-renders as messages arrive).
const haystacks = new WeakMap<TailItem, string>();
function haystack(item: TailItem): string {
  let text = haystacks.get(item);
  if (text === undefined) {
    const { message } = item;
    text = [message.routing_key, message.exchange, message.payload_encoding === 'string' ? message.payload : '', headerSearchText(message.headers)]
      .join('\n')
      .toLowerCase();
    haystacks.set(item, text);
  }
  return text;
}

/** Why a tail ended, said plainly; the session's end offers to log in again. */
function TailEnded({ end, queue }: { end: NonNullable<TailState['end']>; queue: string | null }) {
  const { t } = useI18n();
  if (end.reason === 'session') {
    const here = typeof window === 'undefined' ? '/' : window.location.pathname + window.location.search;
    return (
      <Alert tone="warning" title={t('work.tail.end.session')}>
        <a className="font-medium underline" href={`/login?next=${encodeURIComponent(here)}`}>
          {t('work.tail.end.logIn')}
        </a>
      </Alert>
    );
  }
  if (end.reason === 'queue_deleted') return <Alert tone="warning" title={t('work.tail.end.queueDeleted', { queue: queue ?? '' })} />;
  if (end.reason === 'cancelled') return <Alert tone="info" title={t('work.tail.end.cancelled')} />;
  return (
    <Alert tone="error" title={end.started ? t('work.tail.end.error') : t('work.tail.end.refused')}>
      {end.message}
    </Alert>
  );
}

/**
 * What a tail shows (the exchange's tail and the firehose alike): its state, the live rate and
 * count, the temporary queue's name, and the newest messages first, with a text filter. Pausing
 * freezes the view; the stream goes on keeping the newest messages.
 */
export function TailView({ tail }: { tail: TailState & { clear: () => void } }) {
  const { t, locale } = useI18n();
  const [frozen, setFrozen] = useState<TailItem[] | null>(null);
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const needle = useDeferredValue(filter.trim().toLowerCase());
  const listed = frozen ?? tail.messages;
  const shown = useMemo(() => (needle ? listed.filter((item) => haystack(item).includes(needle)) : listed), [listed, needle]);
  const newer = frozen ? (tail.messages[0]?.id ?? 0) - (frozen[0]?.id ?? 0) : 0;
  const count = (value: number) => formatCount(value, locale);
  const running = tail.status === 'connecting' || tail.status === 'live' || tail.status === 'reconnecting';

  return (
    <div className="flex flex-col gap-3">
      {tail.status !== 'idle' ? (
        <p role="status" className="flex flex-wrap gap-x-3 text-sm tabular-nums">
          <span className="font-medium">
            {
              {
                connecting: t('work.tail.status.connecting'),
                live: t('work.tail.status.live'),
                reconnecting: t('work.tail.status.reconnecting'),
                stopped: t('work.tail.status.stopped'),
                ended: t('work.tail.status.ended'),
              }[tail.status]
            }
          </span>
          <span>{t('work.tail.received', { count: count(tail.received) })}</span>
          {running ? <span>{t('work.tail.rate', { rate: formatRate(tail.rate) })}</span> : null}
          {tail.queue ? <span className="break-all">{t('work.tail.queue', { queue: tail.queue })}</span> : null}
        </p>
      ) : null}
      {tail.end ? <TailEnded end={tail.end} queue={tail.queue} /> : null}

      {tail.messages.length || frozen ? (
        <>
          <div className="flex flex-wrap items-end gap-2">
            <InputField
              className="min-w-56 flex-1"
              type="search"
              label={t('work.tail.filter')}
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              autoComplete="off"
              spellCheck={false}
            />
            <Button variant="outline" onClick={() => setFrozen(frozen ? null : tail.messages)}>
              {frozen ? t('work.tail.resume') : t('work.tail.pause')}
            </Button>
            <Button
              variant="outline"
              onClick={() => {
                setFrozen(null);
                tail.clear();
              }}
            >
              {t('work.tail.clear')}
            </Button>
          </div>
          <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {needle && shown.length === 0
              ? t('state.noMatch')
              : t('work.tail.kept', { shown: count(Math.min(shown.length, limit)), kept: count(listed.length), max: count(TAIL_BUFFER) })}
            {frozen ? <span className="ml-1 font-medium">{t('work.tail.paused', { count: newer })}</span> : null}
          </p>
          <div className="flex flex-col gap-3">
            {shown.slice(0, limit).map((item) => (
              <MessageCard key={item.id} message={item.message} />
            ))}
          </div>
          {shown.length > limit ? (
            <Button variant="outline" className="self-start" onClick={() => setLimit(limit + PAGE)}>
              {t('work.tail.showMore', { count: Math.min(PAGE, shown.length - limit) })}
            </Button>
          ) : null}
        </>
      ) : running ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('work.tail.waiting')}</p>
      ) : null}
    </div>
  );
}

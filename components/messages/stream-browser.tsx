'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import type { StreamPageQuery } from '@/lib/queries/messages/keys';
import { useStreamPageQuery } from '@/lib/queries/messages/stream-page-query';
import { MAX_GET_COUNT } from '@/lib/schemas/messages';
import { cn } from '@/lib/utils';
import { MessageCard } from './message-card';
import { NumberField } from './number-field';
import { wholeNumber } from './whole-number';

type Start = 'first' | 'last' | 'next' | 'offset' | 'time';

const START_OPTIONS: ReadonlyArray<{ value: Start; label: MessageKey; hint: MessageKey }> = [
  { value: 'first', label: 'messages.stream.first', hint: 'messages.stream.firstHint' },
  { value: 'last', label: 'messages.stream.last', hint: 'messages.stream.lastHint' },
  { value: 'next', label: 'messages.stream.next', hint: 'messages.stream.nextHint' },
  { value: 'offset', label: 'messages.stream.offset', hint: 'messages.stream.offsetHint' },
  { value: 'time', label: 'messages.stream.time', hint: 'messages.stream.timeHint' },
];

type Errors = { count?: string; offset?: string; time?: string };

/** The offsets a page spans, or null when none of its messages has one. */
function span(messages: ReadonlyArray<{ offset?: number }>): { first: number; last: number } | null {
  const offsets = messages.map((message) => message.offset).filter((offset): offset is number => offset !== undefined);
  return offsets.length ? { first: Math.min(...offsets), last: Math.max(...offsets) } : null;
}

/**
 * Reads a stream queue from a place (first, last, next, an offset, a time) without consuming it,
 * a page at a time; Older and Newer move by offsets from the page shown.
 */
export function StreamBrowser({ vhost, name }: { vhost: string; name: string }) {
  const t = useT();
  const [start, setStart] = useState<Start>('first');
  const [offsetText, setOffsetText] = useState('0');
  const [timeText, setTimeText] = useState('');
  const [countText, setCountText] = useState('20');
  const [errors, setErrors] = useState<Errors>({});
  const [query, setQuery] = useState<StreamPageQuery | null>(null);
  const page = useStreamPageQuery(vhost, name, query);

  const read = (next: StreamPageQuery) => {
    // The same place again ("last", "next", or a page read a while ago) is read anew.
    if (query && query.from === next.from && query.count === next.count) void page.refetch();
    else setQuery(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const count = wholeNumber(countText, 1, MAX_GET_COUNT);
    const offset = wholeNumber(offsetText, 0, Number.MAX_SAFE_INTEGER);
    // datetime-local is the user's local time; the route takes ISO 8601.
    const time = timeText ? new Date(timeText) : null;
    const timeValid = time !== null && !Number.isNaN(time.getTime());
    const found: Errors = {
      count: count === null ? t('messages.countInvalid', { max: MAX_GET_COUNT }) : undefined,
      offset: start === 'offset' && offset === null ? t('messages.stream.offsetInvalid') : undefined,
      time: start === 'time' && !timeValid ? t('messages.stream.timeInvalid') : undefined,
    };
    setErrors(found);
    if (count === null || found.offset || found.time) return;
    const from = start === 'offset' ? String(offset) : start === 'time' && time ? time.toISOString() : start;
    read({ from, count });
  };

  /** Older and Newer: the form follows, so that it says where the page shown starts. */
  const readFrom = (offset: number) => {
    if (!query) return;
    setStart('offset');
    setOffsetText(String(offset));
    setErrors({});
    read({ from: String(offset), count: query.count });
  };

  const messages = page.data?.messages;
  const shown = messages ? span(messages) : null;
  const busy = page.isFetching;
  const hint = START_OPTIONS.find((option) => option.value === start)?.hint;

  return (
    <Section title={t('messages.stream.title')}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('messages.stream.description')}</p>
        <form onSubmit={submit} noValidate aria-label={t('messages.stream.title')} className="grid items-start gap-3 sm:grid-cols-3">
          <SelectField label={t('messages.stream.startAt')} value={start} onChange={(event) => setStart(event.target.value as Start)} hint={hint ? t(hint) : undefined}>
            {START_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </SelectField>
          {start === 'offset' ? (
            <NumberField label={t('messages.stream.offsetLabel')} min={0} value={offsetText} onValueChange={setOffsetText} error={errors.offset} />
          ) : start === 'time' ? (
            <InputField
              label={t('messages.stream.timeLabel')}
              type="datetime-local"
              step={1}
              value={timeText}
              onChange={(event) => setTimeText(event.target.value)}
              error={errors.time}
            />
          ) : null}
          <NumberField label={t('messages.count')} min={1} max={MAX_GET_COUNT} value={countText} onValueChange={setCountText} error={errors.count} />
          <div className="sm:col-span-3">
            <Button type="submit" disabled={busy} aria-busy={busy}>
              {busy ? t('messages.stream.reading') : t('messages.stream.read')}
            </Button>
          </div>
        </form>

        {!query ? null : page.error ? (
          <QueryError what={t('messages.stream.what', { name })} error={page.error} onRetry={() => void page.refetch()} />
        ) : !messages ? (
          <Skeleton className="h-24 w-full" />
        ) : (
          <div aria-busy={busy} className={cn('flex flex-col gap-3 transition-opacity', page.isPlaceholderData && 'opacity-60')}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p role="status" className="text-sm font-medium">
                {messages.length === 0
                  ? t('messages.stream.empty')
                  : shown
                    ? t('messages.stream.summary', { count: messages.length, first: String(shown.first), last: String(shown.last) })
                    : t('messages.stream.summaryNoOffsets', { count: messages.length })}
              </p>
              <nav aria-label={t('messages.stream.pages')} className="flex gap-2">
                <Button
                  size="sm"
                  variant="outline"
                  disabled={busy || !shown || shown.first === 0}
                  onClick={() => shown && query && readFrom(Math.max(0, shown.first - query.count))}
                >
                  {t('messages.stream.older')}
                </Button>
                <Button size="sm" variant="outline" disabled={busy || !shown} onClick={() => shown && readFrom(shown.last + 1)}>
                  {t('messages.stream.newer')}
                </Button>
              </nav>
            </div>
            {messages.map((message) => (
              <MessageCard key={message.offset ?? `p${message.position}`} message={message} />
            ))}
          </div>
        )}
      </div>
    </Section>
  );
}

'use client';

import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField, SelectField } from '@/components/ui/field';
import { REMOVING_ACK_MODES, type AckMode, type GetMessagesResult } from '@/lib/api/messages';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { useGetMessagesMutation } from '@/lib/queries/messages/get-messages-mutation';
import { DEFAULT_MAX_PAYLOAD_BYTES, MAX_GET_COUNT, type GetMessages } from '@/lib/schemas/messages';
import { downloadJson, fileNameFor } from './download';
import { headerSearchText } from './header-value';
import { MessageCard } from './message-card';
import { useMessageWork } from './message-work-context';
import { SelectionBar } from './selection-bar';
import { NumberField } from './number-field';
import { wholeNumber } from './whole-number';

type Encoding = GetMessages['encoding'];

/** The official UI's order and words. */
const ACK_MODE_OPTIONS: ReadonlyArray<{ value: AckMode; label: MessageKey }> = [
  { value: 'ack_requeue_true', label: 'messages.ackmode.ackRequeueTrue' },
  { value: 'ack_requeue_false', label: 'messages.ackmode.ackRequeueFalse' },
  { value: 'reject_requeue_true', label: 'messages.ackmode.rejectRequeueTrue' },
  { value: 'reject_requeue_false', label: 'messages.ackmode.rejectRequeueFalse' },
];

/** What the summary says happened to the messages. */
const OUTCOME: Record<AckMode, MessageKey> = {
  ack_requeue_true: 'messages.get.requeued',
  reject_requeue_true: 'messages.get.requeued',
  ack_requeue_false: 'messages.get.removed',
  reject_requeue_false: 'messages.get.deadLettered',
};

const isRemoving = (mode: AckMode) => REMOVING_ACK_MODES.includes(mode);

/**
 * "Get messages", as in the official UI: up to N messages with an ack mode. The default requeues
 * them; the two removing modes ask first. Results can be searched, copied and downloaded.
 */
export function GetMessagesPanel({ vhost, name, queueType }: { vhost: string; name: string; queueType?: string }) {
  const t = useT();
  const get = useGetMessagesMutation();
  const work = useMessageWork();
  const [ackmode, setAckmode] = useState<AckMode>('ack_requeue_true');
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [countText, setCountText] = useState('10');
  const [truncateText, setTruncateText] = useState('50000');
  const [errors, setErrors] = useState<{ count?: string; truncate?: string }>({});
  const [confirming, setConfirming] = useState<GetMessages | null>(null);
  const removing = isRemoving(ackmode);

  const run = (values: GetMessages) =>
    get.mutate({ vhost, name, ...values }, { onSuccess: (result) => work?.onGet(result, values.count, !isRemoving(result.ackmode)) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (get.isPending) return;
    const count = wholeNumber(countText, 1, MAX_GET_COUNT);
    const truncate = wholeNumber(truncateText, 1, DEFAULT_MAX_PAYLOAD_BYTES);
    setErrors({
      count: count === null ? t('messages.countInvalid', { max: MAX_GET_COUNT }) : undefined,
      truncate: truncate === null ? t('messages.get.truncateInvalid', { max: DEFAULT_MAX_PAYLOAD_BYTES }) : undefined,
    });
    if (count === null || truncate === null) return;
    const values: GetMessages = { ackmode, encoding, count, truncate };
    if (isRemoving(ackmode)) setConfirming(values);
    else run(values);
  };

  return (
    <Section title={t('messages.get.title')}>
      <div className="flex flex-col gap-4">
        {queueType === 'stream' ? <Alert tone="info">{t('messages.get.streamNote')}</Alert> : null}
        <form onSubmit={submit} noValidate aria-label={t('messages.get.title')} className="grid gap-3 sm:grid-cols-3">
          <SelectField
            className="sm:col-span-3"
            label={t('messages.get.ackMode')}
            value={ackmode}
            onChange={(event) => setAckmode(event.target.value as AckMode)}
            hint={
              <>
                <span className="block">{t('messages.get.requeueNote')}</span>
                {queueType === 'quorum' ? <span className="block">{t('messages.get.quorumNote')}</span> : null}
                <span className={removing ? 'block font-medium text-red-700 dark:text-red-400' : 'block'}>{t('messages.get.removingNote')}</span>
              </>
            }
          >
            {ACK_MODE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {t(option.label)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t('messages.get.encoding')} value={encoding} onChange={(event) => setEncoding(event.target.value as Encoding)}>
            <option value="auto">{t('messages.encoding.auto')}</option>
            <option value="base64">{t('messages.encoding.base64')}</option>
          </SelectField>
          <NumberField label={t('messages.count')} min={1} max={MAX_GET_COUNT} value={countText} onValueChange={setCountText} error={errors.count} />
          <NumberField
            label={t('messages.get.truncate')}
            hint={t('messages.get.truncateHint')}
            min={1}
            max={DEFAULT_MAX_PAYLOAD_BYTES}
            value={truncateText}
            onValueChange={setTruncateText}
            error={errors.truncate}
          />
          <div className="sm:col-span-3">
            <Button type="submit" variant={removing ? 'destructive' : 'primary'} disabled={get.isPending} aria-busy={get.isPending}>
              {get.isPending ? t('messages.get.submitting') : t('messages.get.submit')}
            </Button>
          </div>
        </form>

        {get.error ? (
          <Alert tone="error" title={t('messages.get.failed', { name })}>
            {get.error.message}
          </Alert>
        ) : null}
        {/* Keyed per Get: a new result starts with its own views and no search. */}
        {get.data ? <FetchedMessages key={get.submittedAt} result={get.data} queue={name} /> : null}
      </div>

      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={t('messages.get.confirmTitle', { count: confirming?.count ?? 0, name })}
        description={confirming?.ackmode === 'reject_requeue_false' ? t('messages.get.confirmReject') : t('messages.get.confirmAutoAck')}
        confirmLabel={t('messages.get.confirm')}
        onConfirm={async () => {
          // The request runs in the panel, which shows its progress and its error in place.
          if (confirming) run(confirming);
        }}
      />
    </Section>
  );
}

/** The messages of one Get: what happened to them, a search, a download, and each message. */
function FetchedMessages({ result, queue }: { result: GetMessagesResult; queue: string }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const needle = useDeferredValue(search.trim().toLowerCase());
  const searching = needle !== '';
  // Built once per result when a search starts, not per keystroke (nor at all without a search).
  const haystacks = useMemo(
    () =>
      searching
        ? result.messages.map(
            (message) => `${message.payload_encoding === 'string' ? message.payload.toLowerCase() : ''}\n${headerSearchText(message.headers)}`,
          )
        : [],
    [result, searching],
  );
  const shown = useMemo(
    () => (needle ? result.messages.filter((_message, index) => haystacks[index]?.includes(needle)) : result.messages),
    [needle, result, haystacks],
  );
  const total = result.messages.length;
  const work = useMessageWork();
  // Only messages put back can be moved; a Get that removed them has nothing left to select.
  const selecting = work !== null && work.scan !== null && !isRemoving(result.ackmode);

  if (total === 0) {
    return (
      <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
        {t('messages.get.empty')}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="text-sm font-medium">
        {t(OUTCOME[result.ackmode], { count: total })}
      </p>
      <div className="flex flex-wrap items-end gap-2">
        <InputField
          className="min-w-56 flex-1"
          type="search"
          label={t('messages.get.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <Button variant="outline" onClick={() => downloadJson(fileNameFor(queue, '-messages.json'), result.messages)}>
          {t('messages.get.download')}
        </Button>
      </div>
      {needle ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {shown.length ? t('messages.get.matches', { shown: shown.length, total }) : t('state.noMatch')}
        </p>
      ) : null}
      {selecting ? <SelectionBar shown={shown} /> : null}
      <div className="flex flex-col gap-3">
        {shown.map((message) => (
          <MessageCard
            key={message.position}
            message={message}
            select={selecting ? { checked: work.selected.has(message.position), onChange: (on) => work.toggle(message, on) } : undefined}
          />
        ))}
      </div>
    </div>
  );
}

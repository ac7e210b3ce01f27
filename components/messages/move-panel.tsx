'use client';

import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { ExchangeNameOptions } from '@/components/bindings/exchange-name-options';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { CheckboxField, InputField } from '@/components/ui/field';
import { formatCount } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { useMovePreviewMutation } from '@/lib/queries/messages/move-preview-mutation';
import { useMove } from '@/lib/queries/messages/move';
import { MAX_MOVE_COUNT, MAX_MOVE_SCAN, type MoveRequest } from '@/lib/schemas/messages';
import { useMessageWork } from './message-work-context';
import {
  checkMoveForm,
  DEATH_REASONS,
  emptyMoveForm,
  lookAt,
  REDRIVE_ALL,
  type HandedSelection,
  type MoveField,
  type MoveFormValues,
  type MoveProblems,
  type MoveWhere,
} from './move-form';
import { MovePreviewTable, destinationText } from './move-preview-table';
import { MoveStatus } from './move-status';
import { NumberField } from './number-field';
import { QueueNameOptions } from './queue-name-options';
import { RadioOption } from './radio-option';

/** The confirmation's title: which messages, from where, to where. */
function confirmTitle(request: MoveRequest, source: string, t: Translate): string {
  const { select, target } = request;
  const what =
    select.mode === 'all'
      ? t('work.move.what.all')
      : select.mode === 'first'
        ? t('work.move.what.first', { count: select.count })
        : t('work.move.what.selected', { count: select.fingerprints.length });
  const where =
    target.kind === 'queue'
      ? t('work.move.where.queue', { name: target.name })
      : target.kind === 'exchange'
        ? destinationText({ exchange: target.name, routing_key: target.routing_key }, t)
        : t('work.move.where.redrive');
  return t('work.move.confirmTitle', { what, source, where });
}

/**
 * "Move messages": all of a queue's messages, the first N, or those ticked in Get messages, to a
 * queue, to an exchange with a routing key, or back where each was dead-lettered from (redrive,
 * the default on a dead-letter queue). A dry run shows what would go where; the move asks first,
 * then shows its progress and its report. Messages leave the source only once the broker has
 * confirmed them at the destination.
 */
export function MovePanel({ vhost, name, isDeadLetterQueue = false }: { vhost: string; name: string; isDeadLetterQueue?: boolean }) {
  const { t, locale } = useI18n();
  const maxScan = formatCount(MAX_MOVE_SCAN, locale);
  const work = useMessageWork();
  const move = useMove();
  const preview = useMovePreviewMutation();
  const [values, setValues] = useState<MoveFormValues>(() => emptyMoveForm('queue'));
  const [whereChoice, setWhereChoice] = useState<MoveWhere | null>(null);
  const [problems, setProblems] = useState<MoveProblems>({});
  const [confirming, setConfirming] = useState<MoveRequest | null>(null);
  const [running, setRunning] = useState<MoveRequest | null>(null);
  const ids = { what: useId(), where: useId(), queues: useId(), exchanges: useId(), selectedHint: useId() };
  const selectedRadio = useRef<HTMLInputElement>(null);

  const deadLettered = isDeadLetterQueue || Boolean(work?.deadLettered) || Boolean(preview.data?.items.some((item) => item.death));
  // Redrive is offered first where the messages were dead-lettered, until the user chooses.
  const where = whereChoice ?? (deadLettered ? 'redrive' : 'queue');
  const selection = useMemo<HandedSelection | null>(() => {
    if (!work || work.scan === null || work.selected.size === 0) return null;
    const byPosition = [...work.selected.entries()].sort(([a], [b]) => a - b);
    return { fingerprints: byPosition.map(([, fingerprint]) => fingerprint), scan: work.scan };
  }, [work]);

  // "Move selected…" in Get messages: this panel takes the selection and comes into view.
  const handedOver = work?.handedOver ?? 0;
  const [seenHandOver, setSeenHandOver] = useState(handedOver);
  if (handedOver !== seenHandOver) {
    setSeenHandOver(handedOver);
    setValues((previous) => ({ ...previous, what: 'selected' }));
    setProblems((previous) => ({ ...previous, selected: undefined }));
  }
  useEffect(() => {
    if (handedOver > 0) selectedRadio.current?.focus();
  }, [handedOver]);

  const set = <K extends keyof MoveFormValues>(key: K, value: MoveFormValues[K], field?: MoveField) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    if (field) setProblems((previous) => ({ ...previous, [field]: undefined }));
  };
  const problem = (field: MoveField) => {
    const found = problems[field];
    return found ? t(found.key, found.vars) : undefined;
  };
  const check = (): MoveRequest | null => {
    const checked = checkMoveForm({ ...values, where }, name, selection);
    setProblems(checked.ok ? {} : checked.problems);
    return checked.ok ? checked.request : null;
  };
  const dryRun = () => {
    const request = check();
    if (request) preview.mutate({ vhost, name, request });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = check();
    if (request && !move.running) setConfirming(request);
  };
  const startMove = (request: MoveRequest) => {
    preview.reset();
    setRunning(request);
    void move.start(vhost, name, request);
  };
  const busy = move.running;

  return (
    <Section
      title={t('work.move.title')}
      actions={
        deadLettered ? (
          <Button variant="outline" size="sm" disabled={busy} onClick={() => setConfirming(REDRIVE_ALL)}>
            {t('work.move.redriveAll')}
          </Button>
        ) : null
      }
    >
      <div className="flex flex-col gap-4">
        <form onSubmit={submit} noValidate aria-label={t('work.move.title')} className="grid gap-4">
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">{t('work.move.what')}</legend>
            {(['all', 'first'] as const).map((what) => (
              <RadioOption
                key={what}
                name={ids.what}
                checked={values.what === what}
                onSelect={() => set('what', what)}
                label={what === 'all' ? t('work.move.what.allOption') : t('work.move.what.firstOption')}
              />
            ))}
            {values.what === 'first' ? (
              <div className="max-w-56 pl-6">
                <NumberField
                  label={t('work.move.count')}
                  min={1}
                  max={MAX_MOVE_COUNT}
                  value={values.count}
                  onValueChange={(text) => set('count', text, 'count')}
                  error={problem('count')}
                />
              </div>
            ) : null}
            {work ? (
              <RadioOption
                ref={selectedRadio}
                name={ids.what}
                checked={values.what === 'selected'}
                onSelect={() => set('what', 'selected', 'selected')}
                label={t('work.move.what.selectedOption', { count: work.selected.size })}
                disabled={work.scan === null}
                describedBy={work.scan === null ? ids.selectedHint : undefined}
              />
            ) : null}
            {work && work.scan === null ? (
              <p id={ids.selectedHint} className="pl-6 text-xs text-zinc-600 dark:text-zinc-400">
                {t('work.move.what.selectedHint')}
              </p>
            ) : null}
            {problems.selected ? (
              <p role="alert" className="text-xs text-red-700 dark:text-red-400">
                {problem('selected')}
              </p>
            ) : null}
          </fieldset>

          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">{t('work.move.where')}</legend>
            {(['queue', 'exchange', 'redrive'] as const).map((option) => (
              <RadioOption
                key={option}
                name={ids.where}
                checked={where === option}
                onSelect={() => setWhereChoice(option)}
                label={t(option === 'queue' ? 'work.move.where.queueOption' : option === 'exchange' ? 'work.move.where.exchangeOption' : 'work.move.where.redriveOption')}
              />
            ))}
            {where === 'queue' ? (
              <div className="pl-6">
                <InputField
                  label={t('work.move.destinationQueue')}
                  list={ids.queues}
                  autoComplete="off"
                  spellCheck={false}
                  value={values.queue}
                  onChange={(event) => set('queue', event.target.value, 'queue')}
                  error={problem('queue')}
                />
                <QueueNameOptions id={ids.queues} vhost={vhost} typed={values.queue} except={name} />
              </div>
            ) : null}
            {where === 'exchange' ? (
              <div className="grid gap-3 pl-6 sm:grid-cols-2">
                <InputField
                  label={t('work.move.exchange')}
                  hint={t('work.move.exchangeHint')}
                  list={ids.exchanges}
                  autoComplete="off"
                  spellCheck={false}
                  value={values.exchange}
                  onChange={(event) => set('exchange', event.target.value)}
                />
                <ExchangeNameOptions id={ids.exchanges} vhost={vhost} typed={values.exchange} />
                <InputField
                  label={t('work.move.routingKey')}
                  autoComplete="off"
                  spellCheck={false}
                  value={values.routingKey}
                  onChange={(event) => set('routingKey', event.target.value)}
                />
              </div>
            ) : null}
            {where === 'redrive' ? <p className="pl-6 text-xs text-zinc-600 dark:text-zinc-400">{t('work.move.redriveHint')}</p> : null}
          </fieldset>

          <MoveFilters values={values} where={where} set={set} headerError={problem('header')} />

          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {t('work.move.scanNote', { max: maxScan })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={dryRun} disabled={busy || preview.isPending} aria-busy={preview.isPending}>
              {preview.isPending ? t('work.preview.running') : t('work.preview.run')}
            </Button>
            <Button type="submit" disabled={busy}>
              {busy ? t('work.move.moving') : t('work.move.submit')}
            </Button>
          </div>
        </form>

        {preview.error ? (
          <Alert tone="error" title={t('work.preview.failed', { name })}>
            {preview.error.message}
          </Alert>
        ) : null}
        {preview.data ? <MovePreviewTable preview={preview.data} /> : null}
        {running ? <MoveStatus move={move} total={(ready) => lookAt(running, ready)} source={name} /> : null}
      </div>

      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
        title={confirming ? (confirming === REDRIVE_ALL ? t('work.move.redriveAllTitle', { source: name }) : confirmTitle(confirming, name, t)) : ''}
        description={t('work.move.confirmDescription', { source: name })}
        confirmLabel={confirming === REDRIVE_ALL ? t('work.move.redriveAll') : t('work.move.submit')}
        destructive={false}
        onConfirm={async () => {
          if (confirming) startMove(confirming);
        }}
      >
        {confirming === REDRIVE_ALL ? <p className="text-sm">{t('work.move.redriveAllDescription', { max: maxScan })}</p> : null}
      </ConfirmDialog>
    </Section>
  );
}

/** Narrowing: by x-death reason, by the queue a message died in, by a header's value. */
function MoveFilters({
  values,
  where,
  set,
  headerError,
}: {
  values: MoveFormValues;
  where: MoveWhere;
  set: <K extends keyof MoveFormValues>(key: K, value: MoveFormValues[K], field?: MoveField) => void;
  headerError?: string;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2">
      <legend className="mb-1 text-sm font-medium">{t('work.move.filters')}</legend>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1 sm:col-span-2">
        <legend className="mb-1 text-xs text-zinc-600 dark:text-zinc-400">{t('work.move.reasons')}</legend>
        {DEATH_REASONS.map((reason) => (
          <CheckboxField
            key={reason}
            label={reason}
            checked={values.reasons.includes(reason)}
            onChange={(event) =>
              set('reasons', event.target.checked ? [...values.reasons, reason] : values.reasons.filter((other) => other !== reason))
            }
          />
        ))}
      </fieldset>
      <InputField
        className="sm:col-span-2"
        label={t('work.move.sourceQueue')}
        hint={t('work.move.sourceQueueHint')}
        autoComplete="off"
        spellCheck={false}
        value={values.sourceQueue}
        onChange={(event) => set('sourceQueue', event.target.value)}
      />
      <InputField
        label={t('work.move.headerName')}
        autoComplete="off"
        spellCheck={false}
        value={values.headerName}
        onChange={(event) => set('headerName', event.target.value, 'header')}
        error={headerError}
      />
      <InputField
        label={t('work.move.headerValue')}
        autoComplete="off"
        spellCheck={false}
        value={values.headerValue}
        onChange={(event) => set('headerValue', event.target.value, 'header')}
      />
      {where === 'redrive' ? (
        <CheckboxField
          className="sm:col-span-2"
          label={t('work.move.includeMoved')}
          checked={values.includeMoved}
          onChange={(event) => set('includeMoved', event.target.checked)}
        />
      ) : null}
    </fieldset>
  );
}

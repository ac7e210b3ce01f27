'use client';

import { useEffect, useId, useMemo, useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { ArgumentsEditor } from '@/components/ui/arguments-editor';
import { Button, buttonVariants } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { CheckboxField, FieldShell, InputField, inputClass, SelectField } from '@/components/ui/field';
import type { ArgumentRow, ArgumentRowError } from '@/lib/arguments';
import { formatBytes } from '@/lib/format';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { useBulkPublish } from '@/lib/queries/messages/bulk-publish';
import { usePublishMessageMutation } from '@/lib/queries/messages/publish-mutation';
import { DEFAULT_MAX_PAYLOAD_BYTES, PAYLOAD_ENCODINGS, type PayloadEncoding } from '@/lib/schemas/messages';
import { cn } from '@/lib/utils';
import {
  checkPublishForm,
  emptyPublishForm,
  formatJson,
  parseCount,
  payloadBytes,
  PLACEHOLDERS,
  PROPERTY_FIELDS,
  type FieldName,
  type Problems,
  type PropertyField,
  type PublishFormValues,
} from './publish-form';
import { BulkStatus, PublishResultAlert, type PublishResult } from './publish-results';

const ENCODING_LABEL: Record<PayloadEncoding, MessageKey> = {
  string: 'publish.encoding.string',
  json: 'publish.encoding.json',
  base64: 'publish.encoding.base64',
};

const PROPERTY_HINT: Partial<Record<PropertyField, MessageKey>> = {
  priority: 'publish.hint.priority',
  expiration: 'publish.hint.expiration',
  timestamp: 'publish.hint.timestamp',
  user_id: 'publish.hint.user_id',
};

/** Numeric properties get a numeric keyboard on phones. */
const NUMERIC: ReadonlySet<PropertyField> = new Set(['priority', 'expiration', 'timestamp']);

/** Where the focus goes on a refused submit: the first field in the form's order with a problem. */
const FIELD_ORDER: readonly FieldName[] = ['routing_key', 'headers', ...PROPERTY_FIELDS, 'payload', 'count', 'rate'];

/** A file as base64 (the data URL's tail): FileReader does it natively, for files of any size. */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsDataURL(file);
  });
}

/**
 * "Publish message", as on the official UI's exchange and queue pages: routing key, headers,
 * properties and payload; with a number of messages above 1, a bulk publish from the message
 * as a template. Everything is checked here first; the outcome shows below the form.
 */
export function PublishPanel({
  vhost,
  exchange,
  routingKey,
  lockRoutingKey = false,
}: {
  vhost: string;
  /** "" is the default exchange. */
  exchange: string;
  routingKey?: string;
  /** On a queue's page: the routing key is the queue's name, through the default exchange. */
  lockRoutingKey?: boolean;
}) {
  const t = useT();
  const publish = usePublishMessageMutation();
  const bulk = useBulkPublish();
  const { register, handleSubmit, watch, setValue, setFocus, getValues } = useForm<PublishFormValues>({
    defaultValues: emptyPublishForm(routingKey),
  });
  const [rows, setRows] = useState<ArgumentRow[]>([]);
  const [headerErrors, setHeaderErrors] = useState<Record<number, ArgumentRowError>>({});
  const [problems, setProblems] = useState<Problems>({});
  // A chosen file's bytes stay out of the textarea: megabytes of base64 text would freeze it.
  const [file, setFile] = useState<{ name: string; size: number; base64: string } | null>(null);
  const [result, setResult] = useState<PublishResult | null>(null);
  const [mode, setMode] = useState<'single' | 'bulk'>('single');
  const [requested, setRequested] = useState(0);
  const mandatoryHintId = useId();

  // A result speaks of the exchange it was published to: another target starts without one.
  const target = `${vhost}\n${exchange}`;
  const [resultTarget, setResultTarget] = useState(target);
  if (resultTarget !== target) {
    setResultTarget(target);
    setResult(null);
  }

  useEffect(() => {
    if (routingKey !== undefined && routingKey !== getValues('routing_key')) setValue('routing_key', routingKey);
  }, [routingKey, getValues, setValue]);

  const encoding = watch('payload_encoding');
  const payload = watch('payload');
  const countText = watch('count');
  const count = parseCount(countText);
  const many = count !== null && count > 1;
  const size = useMemo(() => payloadBytes(payload, encoding), [payload, encoding]);
  const busy = publish.isPending || bulk.running;

  const problem = (name: FieldName) => {
    const found = problems[name];
    return found ? t(found.key, found.vars) : undefined;
  };
  const clear = (name: FieldName) =>
    setProblems((previous) => {
      if (!previous[name]) return previous;
      const next = { ...previous };
      delete next[name];
      return next;
    });
  const field = (name: keyof PublishFormValues) => register(name, { onChange: () => clear(name) });

  const submit = handleSubmit(async (form) => {
    const values = file ? { ...form, payload: file.base64 } : form;
    const checked = checkPublishForm(values, rows);
    setHeaderErrors(checked.ok ? {} : checked.headerErrors);
    setProblems(checked.ok ? {} : checked.problems);
    if (!checked.ok) {
      const first = FIELD_ORDER.find((name) => checked.problems[name]);
      if (first && first !== 'headers') setFocus(first);
      return;
    }
    setResult(null);
    if (checked.count > 1) {
      setMode('bulk');
      setRequested(checked.count);
      await bulk.start(vhost, exchange, { message: checked.message, count: checked.count, ...(checked.rate === undefined ? {} : { rate: checked.rate }) });
      return;
    }
    setMode('single');
    try {
      setResult({ outcome: await publish.mutateAsync({ vhost, exchange, message: checked.message }) });
    } catch (error) {
      setResult({ error: error instanceof Error ? error.message : String(error) });
    }
  });

  const formatPayload = () => {
    const formatted = formatJson(getValues('payload'));
    if ('text' in formatted) {
      setValue('payload', formatted.text);
      clear('payload');
    } else setProblems((previous) => ({ ...previous, payload: { key: 'publish.error.json', vars: { detail: formatted.problem } } }));
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    if (chosen.size > DEFAULT_MAX_PAYLOAD_BYTES) {
      setProblems((previous) => ({
        ...previous,
        payload: { key: 'publish.error.payloadTooLarge', vars: { size: formatBytes(chosen.size), bytes: chosen.size, max: formatBytes(DEFAULT_MAX_PAYLOAD_BYTES) } },
      }));
      return;
    }
    try {
      setFile({ name: chosen.name, size: chosen.size, base64: await readAsBase64(chosen) });
      setValue('payload', '');
      clear('payload');
    } catch (error) {
      setFile(null);
      const detail = error instanceof Error ? error.message : String(error);
      setProblems((previous) => ({ ...previous, payload: { key: 'publish.fileReadFailed', vars: { name: chosen.name, detail } } }));
    }
  };

  const payloadField = register('payload', {
    onChange: () => {
      clear('payload');
      setFile(null);
    },
  });

  return (
    <Section title={t('publish.title')}>
      <form onSubmit={submit} noValidate aria-label={t('publish.title')} className="grid max-w-3xl gap-4">
        <InputField
          label={t('publish.routingKey')}
          autoComplete="off"
          spellCheck={false}
          readOnly={lockRoutingKey}
          hint={lockRoutingKey ? t('publish.routingKeyLocked') : undefined}
          error={problem('routing_key')}
          {...field('routing_key')}
        />

        <div className="flex flex-col gap-1">
          <ArgumentsEditor rows={rows} onChange={setRows} errors={headerErrors} legend={t('publish.headers')} addLabel={t('publish.addHeader')} />
          {problems.headers ? (
            <p role="alert" className="text-xs text-red-700 dark:text-red-400">
              {problem('headers')}
            </p>
          ) : null}
        </div>

        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-medium">{t('publish.properties')}</legend>
          <SelectField label={t('publish.deliveryMode')} {...field('delivery_mode')}>
            <option value="2">{t('publish.persistent')}</option>
            <option value="1">{t('publish.nonPersistent')}</option>
          </SelectField>
          {PROPERTY_FIELDS.map((name) => {
            const hint = PROPERTY_HINT[name];
            const input = (
              <InputField
                key={name}
                className={name === 'timestamp' ? 'flex-1' : undefined}
                label={t(`publish.prop.${name}`)}
                autoComplete="off"
                spellCheck={false}
                inputMode={NUMERIC.has(name) ? 'numeric' : undefined}
                hint={hint ? t(hint) : undefined}
                error={problem(name)}
                {...field(name)}
              />
            );
            if (name !== 'timestamp') return input;
            return (
              <div key={name} className="flex items-start gap-2">
                {input}
                <Button
                  variant="outline"
                  size="sm"
                  className="mt-7"
                  aria-label={t('publish.nowLabel')}
                  onClick={() => {
                    setValue('timestamp', String(Math.floor(Date.now() / 1000)));
                    clear('timestamp');
                  }}
                >
                  {t('publish.now')}
                </Button>
              </div>
            );
          })}
        </fieldset>

        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label={t('publish.payloadEncoding')}
            {...register('payload_encoding', {
              onChange: () => {
                clear('payload');
                setFile(null);
              },
            })}
          >
            {PAYLOAD_ENCODINGS.map((name) => (
              <option key={name} value={name}>
                {t(ENCODING_LABEL[name])}
              </option>
            ))}
          </SelectField>
          <div className="flex items-end gap-2">
            {encoding === 'json' ? (
              <Button variant="outline" aria-label={t('publish.formatLabel')} onClick={formatPayload}>
                {t('publish.format')}
              </Button>
            ) : null}
            {encoding === 'base64' ? (
              <label className={cn(buttonVariants({ variant: 'outline' }), 'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-orange-500')}>
                {t('publish.chooseFile')}
                <input type="file" className="sr-only" onChange={(event) => void chooseFile(event)} />
              </label>
            ) : null}
            {file ? (
              <Button variant="outline" onClick={() => setFile(null)}>
                {t('publish.clearFile')}
              </Button>
            ) : null}
          </div>
        </div>

        <FieldShell
          label={t('publish.payload')}
          error={problem('payload')}
          hint={file ? t('publish.file', { name: file.name, size: formatBytes(file.size) }) : t('publish.payloadSize', { size: formatBytes(size) })}
        >
          {({ id, describedBy, invalid }) => (
            <textarea
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              rows={8}
              spellCheck={false}
              className={cn(inputClass, 'h-auto min-h-32 py-1.5 font-mono')}
              readOnly={file !== null}
              placeholder={file ? t('publish.fileInstead') : undefined}
              {...payloadField}
            />
          )}
        </FieldShell>

        <div className="flex flex-col gap-1">
          <CheckboxField label={t('publish.mandatory')} aria-describedby={mandatoryHintId} {...register('mandatory')} />
          <p id={mandatoryHintId} className="text-xs text-zinc-500 dark:text-zinc-400">
            {t('publish.mandatoryHint')}
          </p>
        </div>

        <div className="grid gap-3 sm:grid-cols-2">
          <InputField
            label={t('publish.count')}
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            error={problem('count')}
            hint={
              many ? (
                <>
                  {t('publish.placeholders')}
                  {PLACEHOLDERS.map(({ token, description }) => (
                    <span key={token} className="block">
                      <code className="rounded bg-zinc-100 px-1 font-mono dark:bg-zinc-800">{token}</code> — {t(description)}
                    </span>
                  ))}
                </>
              ) : (
                t('publish.countHint')
              )
            }
            {...field('count')}
          />
          {many ? (
            <InputField
              label={t('publish.rate')}
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              hint={t('publish.rateHint')}
              error={problem('rate')}
              {...field('rate')}
            />
          ) : null}
        </div>

        <div>
          <Button type="submit" disabled={busy}>
            {busy ? t('publish.publishing') : many ? t('publish.submitMany', { count }) : t('publish.submit')}
          </Button>
        </div>

        {mode === 'single' && result ? <PublishResultAlert result={result} /> : null}
        {mode === 'bulk' ? <BulkStatus bulk={bulk} requested={requested} onCancel={bulk.cancel} /> : null}
      </form>
    </Section>
  );
}

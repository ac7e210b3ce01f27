'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { ArgumentsEditor } from '@/components/ui/arguments-editor';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { FieldShell, InputField, inputClass, SelectField } from '@/components/ui/field';
import type { ArgumentRow, ArgumentRowError } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import { useRpcCallMutation } from '@/lib/queries/messages/rpc-mutation';
import { MAX_RPC_TIMEOUT_MS } from '@/lib/schemas/messages';
import { cn } from '@/lib/utils';
import { NumberField } from './number-field';
import { checkPublishForm, emptyPublishForm, type FieldName, type Problems } from './publish-form';
import { RpcResultView, seconds } from './rpc-result';
import { wholeNumber } from './whole-number';

const MIN_TIMEOUT_MS = 100;

/**
 * "RPC call", the way the tutorials make one: the payload published to the exchange and routing
 * key with reply_to (direct reply-to) and a fresh correlation_id, then the reply awaited up to
 * the timeout. Shows the reply, the correlation check and the round trip, or says plainly that
 * no reply came or no queue took the request. The form stays for "Call again".
 */
export function RpcPanel({
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
  const rpc = useRpcCallMutation();
  const [key, setKey] = useState(routingKey ?? '');
  const [rows, setRows] = useState<ArgumentRow[]>([]);
  const [headerErrors, setHeaderErrors] = useState<Record<number, ArgumentRowError>>({});
  const [contentType, setContentType] = useState('');
  const [encoding, setEncoding] = useState<'string' | 'json'>('string');
  const [payload, setPayload] = useState('');
  const [timeoutText, setTimeoutText] = useState('5000');
  const [problems, setProblems] = useState<Problems & { timeout?: string }>({});
  // The routing key the shown result was called with (the field may have changed since).
  const [calledWith, setCalledWith] = useState('');
  const routing = lockRoutingKey ? (routingKey ?? '') : key;

  const problem = (name: FieldName) => {
    const found = problems[name];
    return found ? t(found.key, found.vars) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rpc.isPending) return;
    const timeout = wholeNumber(timeoutText, MIN_TIMEOUT_MS, MAX_RPC_TIMEOUT_MS);
    const values = { ...emptyPublishForm(routing), content_type: contentType, payload, payload_encoding: encoding };
    const checked = checkPublishForm(values, rows);
    setHeaderErrors(checked.ok ? {} : checked.headerErrors);
    setProblems({
      ...(checked.ok ? {} : checked.problems),
      timeout: timeout === null ? t('work.rpc.timeoutInvalid', { min: MIN_TIMEOUT_MS, max: MAX_RPC_TIMEOUT_MS }) : undefined,
    });
    if (!checked.ok || timeout === null) return;
    setCalledWith(routing);
    rpc.mutate({ vhost, exchange, request: { message: { ...checked.message, mandatory: true }, timeout_ms: timeout } });
  };

  const waiting = wholeNumber(timeoutText, MIN_TIMEOUT_MS, MAX_RPC_TIMEOUT_MS);
  return (
    <Section title={t('work.rpc.title')}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('work.rpc.explain')}</p>
        <form onSubmit={submit} noValidate aria-label={t('work.rpc.title')} className="grid max-w-3xl gap-3">
          <InputField
            label={t('publish.routingKey')}
            autoComplete="off"
            spellCheck={false}
            readOnly={lockRoutingKey}
            hint={lockRoutingKey ? t('publish.routingKeyLocked') : undefined}
            value={routing}
            onChange={(event) => setKey(event.target.value)}
            error={problem('routing_key')}
          />
          <ArgumentsEditor rows={rows} onChange={setRows} errors={headerErrors} legend={t('publish.headers')} addLabel={t('publish.addHeader')} />
          <div className="grid gap-3 sm:grid-cols-2">
            <InputField
              label={t('publish.prop.content_type')}
              autoComplete="off"
              spellCheck={false}
              value={contentType}
              onChange={(event) => setContentType(event.target.value)}
              error={problem('content_type')}
            />
            <SelectField label={t('publish.payloadEncoding')} value={encoding} onChange={(event) => setEncoding(event.target.value as 'string' | 'json')}>
              <option value="string">{t('publish.encoding.string')}</option>
              <option value="json">{t('publish.encoding.json')}</option>
            </SelectField>
          </div>
          <FieldShell label={t('publish.payload')} error={problem('payload')}>
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                rows={4}
                spellCheck={false}
                className={cn(inputClass, 'h-auto min-h-20 py-1.5 font-mono')}
                value={payload}
                onChange={(event) => setPayload(event.target.value)}
              />
            )}
          </FieldShell>
          <div className="max-w-56">
            <NumberField
              label={t('work.rpc.timeoutLabel')}
              min={MIN_TIMEOUT_MS}
              max={MAX_RPC_TIMEOUT_MS}
              value={timeoutText}
              onValueChange={setTimeoutText}
              error={problems.timeout}
            />
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={rpc.isPending} aria-busy={rpc.isPending}>
              {rpc.isPending ? t('work.rpc.calling') : rpc.data || rpc.error ? t('work.rpc.callAgain') : t('work.rpc.call')}
            </Button>
            {rpc.isPending && waiting !== null ? (
              <span role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
                {t('work.rpc.waiting', { seconds: seconds(waiting) })}
              </span>
            ) : null}
          </div>
        </form>
        {rpc.error && !rpc.isPending ? (
          <Alert tone="error" title={t('work.rpc.failed')}>
            {rpc.error.message}
          </Alert>
        ) : null}
        {rpc.data && !rpc.isPending ? <RpcResultView result={rpc.data} exchange={exchange} routingKey={calledWith} /> : null}
      </div>
    </Section>
  );
}

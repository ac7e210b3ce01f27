'use client';

import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { ArgumentsEditor } from '@/components/ui/arguments-editor';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField, SelectField } from '@/components/ui/field';
import { argumentsFromRows, type ArgumentRow, type ArgumentRowError } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import { tailUrl, useTail } from '@/lib/queries/messages/use-tail';
import { TailView } from './tail-view';

type Match = 'all' | 'any';

/** The binding key to start from: everything on a topic exchange; a direct exchange needs its key typed. */
const initialKey = (exchangeType: string | undefined) => (exchangeType === 'topic' ? '#' : '');

/**
 * "Tail": messages as they flow through an exchange, shown live. Warren binds a temporary queue
 * with the routing key or pattern given (a headers exchange: binding arguments) and streams what
 * it receives until Stop, leaving the page, or the session's end. The default exchange has no
 * bindings to add, so it cannot be tailed.
 */
export function TailPanel({ vhost, exchange, exchangeType }: { vhost: string; exchange: string; exchangeType?: string }) {
  const t = useT();
  const tail = useTail();
  const [routingKey, setRoutingKey] = useState(() => initialKey(exchangeType));
  const [match, setMatch] = useState<Match>('all');
  const [rows, setRows] = useState<ArgumentRow[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<number, ArgumentRowError>>({});
  const running = tail.status === 'connecting' || tail.status === 'live' || tail.status === 'reconnecting';
  const headers = exchangeType === 'headers';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    if (!headers) return tail.start(tailUrl(vhost, exchange, { routing_key: exchangeType === 'fanout' ? '' : routingKey }));
    const args = argumentsFromRows(rows);
    setRowErrors(args.errors);
    if (Object.keys(args.errors).length) return;
    tail.start(tailUrl(vhost, exchange, { routing_key: '', headers: { 'x-match': match, ...args.value } }));
  };

  if (exchange === '') {
    return (
      <Section title={t('work.tail.title')}>
        <Alert tone="info">{t('work.tail.defaultExchange')}</Alert>
      </Section>
    );
  }
  return (
    <Section title={t('work.tail.title')}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('work.tail.explain')}</p>
        <form onSubmit={submit} noValidate aria-label={t('work.tail.title')} className="grid max-w-3xl gap-3">
          {headers ? (
            <>
              <SelectField label={t('work.tail.match')} value={match} onChange={(event) => setMatch(event.target.value as Match)} disabled={running}>
                <option value="all">{t('work.tail.matchAll')}</option>
                <option value="any">{t('work.tail.matchAny')}</option>
              </SelectField>
              <ArgumentsEditor rows={rows} onChange={setRows} errors={rowErrors} legend={t('work.tail.headers')} addLabel={t('work.tail.addHeader')} />
            </>
          ) : exchangeType === 'fanout' ? (
            <p className="text-sm">{t('work.tail.fanout')}</p>
          ) : (
            <InputField
              label={exchangeType === 'topic' ? t('work.tail.pattern') : t('work.tail.routingKey')}
              hint={exchangeType === 'topic' ? t('work.tail.patternHint') : t('work.tail.routingKeyHint')}
              autoComplete="off"
              spellCheck={false}
              value={routingKey}
              readOnly={running}
              onChange={(event) => setRoutingKey(event.target.value)}
            />
          )}
          <div className="flex gap-2">
            {running ? (
              // Keyed apart: the same <button> turned into the submit button during its own click
              // would submit the form and start again right after Stop.
              <Button key="stop" variant="destructive" onClick={tail.stop}>
                {t('work.tail.stop')}
              </Button>
            ) : (
              <Button key="start" type="submit">{t('work.tail.start')}</Button>
            )}
          </div>
        </form>
        <TailView tail={tail} />
      </div>
    </Section>
  );
}

'use client';

import { useState, type FormEvent } from 'react';
import { useSessionUser } from '@/components/shell/session-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { SelectField } from '@/components/ui/field';
import { useT } from '@/lib/i18n/i18n';
import { firehoseUrl, useTail, type FirehoseEvents } from '@/lib/queries/messages/use-tail';
import { isAdministrator } from '@/lib/tags';
import { TailView } from './tail-view';

/**
 * "Firehose", for administrators: tracing turned on for the queue's vhost while it runs, showing
 * the queue's deliveries (or every publish in the vhost) from amq.rabbitmq.trace. A queue cannot
 * be tailed by copying its bindings (the default exchange has none), which is why this exists.
 * Others see nothing: the route refuses them anyway.
 */
export function FirehosePanel({ vhost, queue }: { vhost: string; queue: string }) {
  const { tags } = useSessionUser();
  if (!isAdministrator(tags)) return null;
  return <Firehose vhost={vhost} queue={queue} />;
}

function Firehose({ vhost, queue }: { vhost: string; queue: string }) {
  const t = useT();
  const tail = useTail();
  const [events, setEvents] = useState<FirehoseEvents>('deliver');
  const running = tail.status === 'connecting' || tail.status === 'live' || tail.status === 'reconnecting';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!running) tail.start(firehoseUrl(vhost, queue, events));
  };

  return (
    <Section title={t('work.firehose.title')}>
      <div className="flex flex-col gap-4">
        <Alert tone="warning" title={t('work.firehose.costTitle')}>
          <p>{t('work.firehose.cost', { vhost })}</p>
          <p className="mt-1">{t('work.firehose.off', { vhost })}</p>
        </Alert>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('work.firehose.why')}</p>
        <form onSubmit={submit} noValidate aria-label={t('work.firehose.title')} className="grid max-w-3xl gap-3">
          <SelectField label={t('work.firehose.events')} value={events} onChange={(event) => setEvents(event.target.value as FirehoseEvents)} disabled={running}>
            <option value="deliver">{t('work.firehose.deliver', { queue })}</option>
            <option value="publish">{t('work.firehose.publish', { vhost })}</option>
          </SelectField>
          <div className="flex gap-2">
            {running ? (
              // Keyed apart: the same <button> turned into the submit button during its own click
              // would submit the form and start again right after Stop.
              <Button key="stop" variant="destructive" onClick={tail.stop}>
                {t('work.tail.stop')}
              </Button>
            ) : (
              <Button key="start" type="submit">{t('work.firehose.start')}</Button>
            )}
          </div>
        </form>
        <TailView tail={tail} />
      </div>
    </Section>
  );
}

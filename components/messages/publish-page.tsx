'use client';

import { useDeferredValue, useId, useState } from 'react';
import { InputField, SelectField } from '@/components/ui/field';
import { useVhostChoice, VhostOptions } from '@/components/ui/vhost-options';
import { useT } from '@/lib/i18n/i18n';
import { useExchangesQuery } from '@/lib/queries/exchanges/exchanges-query';
import { useVhost } from '@/lib/url-state';
import { PublishPanel } from './publish-panel';
import { utf8Bytes } from './publish-form';

const MAX_NAME_BYTES = 255;

/** Publish to any exchange: choose the vhost and the exchange, then the message. */
export function PublishPage() {
  const t = useT();
  const [shellVhost] = useVhost();
  const { names, initial } = useVhostChoice(shellVhost);
  // The user's own choice, until the shell's selector changes under the page.
  const [chosen, setChosen] = useState<string | null>(null);
  const [chosenFor, setChosenFor] = useState(shellVhost);
  if (chosenFor !== shellVhost) {
    setChosenFor(shellVhost);
    setChosen(null);
  }
  const vhost = chosen ?? initial;
  const [exchange, setExchange] = useState('');
  const bytes = utf8Bytes(exchange);
  // Suggestions: the vhost's exchanges whose names hold what is typed (the broker filters).
  const typed = useDeferredValue(exchange);
  const suggestions = useExchangesQuery({ vhost, page: 1, page_size: 50, ...(typed ? { name: typed } : {}) }, 0);
  const listId = useId();

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('publish.title')}</h1>
      <div className="grid max-w-3xl gap-3 sm:grid-cols-2">
        <SelectField
          label={t('publish.vhost')}
          value={vhost}
          error={vhost ? undefined : t('form.chooseVhost')}
          onChange={(event) => setChosen(event.target.value)}
        >
          <VhostOptions names={names} initial={initial} />
        </SelectField>
        <InputField
          label={t('publish.exchange')}
          autoComplete="off"
          spellCheck={false}
          value={exchange}
          hint={t('publish.exchangeHint')}
          error={bytes > MAX_NAME_BYTES ? t('publish.exchangeTooLong', { bytes, max: MAX_NAME_BYTES }) : undefined}
          onChange={(event) => setExchange(event.target.value)}
          list={listId}
        />
        <datalist id={listId}>
          {suggestions.data?.items
            .filter((item) => item.name !== '')
            .map((item) => (
              <option key={item.name} value={item.name} />
            ))}
        </datalist>
      </div>
      {vhost ? <PublishPanel vhost={vhost} exchange={exchange} /> : null}
    </div>
  );
}

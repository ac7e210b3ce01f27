'use client';

import type { FormEvent } from 'react';
import { ArgumentsEditor } from '@/components/ui/arguments-editor';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import type { ArgumentRow, ArgumentRowError } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';

/** The route tester's input: a routing key and header rows (the tester keeps them in the URL). */
export function RouteTestForm({
  routingKey,
  onRoutingKeyChange,
  rows,
  onRowsChange,
  rowErrors,
  exchangeType,
  testing,
  onSubmit,
}: {
  routingKey: string;
  onRoutingKeyChange: (routingKey: string) => void;
  rows: ArgumentRow[];
  onRowsChange: (rows: ArgumentRow[]) => void;
  rowErrors: Record<number, ArgumentRowError>;
  exchangeType?: string;
  testing: boolean;
  onSubmit: (event: FormEvent) => void;
}) {
  const t = useT();
  return (
    <form onSubmit={onSubmit} className="flex max-w-2xl flex-col gap-3" aria-label={t('route.title')}>
      <InputField
        label={t('route.routingKey')}
        value={routingKey}
        onChange={(event) => onRoutingKeyChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        hint={exchangeType === 'headers' ? t('bindings.headersKeyIgnored') : undefined}
      />
      <ArgumentsEditor rows={rows} onChange={onRowsChange} errors={rowErrors} legend={t('route.headers')} />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('route.headersHint')}</p>
      <div>
        <Button type="submit" disabled={testing}>
          {testing ? t('route.testing') : t('route.submit')}
        </Button>
      </div>
    </form>
  );
}

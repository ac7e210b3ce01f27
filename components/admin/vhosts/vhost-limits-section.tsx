'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { inputClass } from '@/components/ui/field';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { isUnlimited } from '@/lib/admin/vhosts';
import { VHOST_LIMIT_NAMES, type VhostLimitName } from '@/lib/api/admin-vhosts';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { useRemoveVhostLimitMutation } from '@/lib/queries/admin-vhosts/remove-vhost-limit-mutation';
import { useSetVhostLimitMutation } from '@/lib/queries/admin-vhosts/set-vhost-limit-mutation';
import { useVhostLimitsQuery } from '@/lib/queries/admin-vhosts/vhost-limits-query';
import { limitInputSchema } from '@/lib/schemas/admin-vhosts';
import { toast } from '@/lib/toast';
import { useRefreshSeconds } from '@/lib/url-state';
import { cn } from '@/lib/utils';

const HINT: Record<VhostLimitName, MessageKey> = {
  'max-connections': 'adminVhosts.limits.maxConnectionsHint',
  'max-queues': 'adminVhosts.limits.maxQueuesHint',
};

/** The vhost's limits (max-connections, max-queues): each set or removed; absent or -1 is "no limit". */
export function VhostLimitsSection({ vhost }: { vhost: string }) {
  const { t } = useI18n();
  const [refresh] = useRefreshSeconds();
  const limits = useVhostLimitsQuery(vhost, refresh);
  return (
    <Section title={t('adminVhosts.limits.title')}>
      {limits.error ? <QueryError what={t('adminVhosts.limits.title')} error={limits.error} onRetry={() => void limits.refetch()} /> : null}
      <table className="w-full text-sm">
        <caption className="sr-only">{t('adminVhosts.limits.caption', { name: vhost })}</caption>
        <thead className="text-left text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-300">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('adminVhosts.limits.limit')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('adminVhosts.limits.value')}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t('adminVhosts.limits.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {VHOST_LIMIT_NAMES.map((name) => (
            <LimitRow key={name} vhost={vhost} name={name} value={limits.data?.[name]} pending={limits.isPending} />
          ))}
        </tbody>
      </table>
    </Section>
  );
}

function LimitRow({ vhost, name, value, pending }: { vhost: string; name: VhostLimitName; value: number | undefined; pending: boolean }) {
  const { t, locale } = useI18n();
  const set = useSetVhostLimitMutation();
  const remove = useRemoveVhostLimitMutation();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const unlimited = isUnlimited(value);
  const inputId = `limit-${name}`;

  const submit = async () => {
    setProblem(null);
    const parsed = limitInputSchema.safeParse(text);
    if (!parsed.success) return setProblem(t('adminVhosts.limits.invalid'));
    try {
      await set.mutateAsync({ vhost, name, value: parsed.data });
      toast.success(t('adminVhosts.limits.set', { name, value: parsed.data }));
      setText('');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const clear = async () => {
    setProblem(null);
    try {
      await remove.mutateAsync({ vhost, name });
      toast.success(t('adminVhosts.limits.removed', { name }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <tr className="border-t border-zinc-200 align-top dark:border-zinc-800">
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        <code>{name}</code>
        <p className="text-xs font-normal text-zinc-600 dark:text-zinc-400">{t(HINT[name])}</p>
      </th>
      <td className="py-2 pr-3 tabular-nums">
        {pending ? <Skeleton className="h-5 w-16" /> : unlimited ? t('adminVhosts.limits.none') : formatCount(value, locale)}
        {value !== undefined && value < 0 ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{t('adminVhosts.limits.minusOne')}</p> : null}
      </td>
      <td className="py-2">
        <form
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            {t('adminVhosts.limits.newValue', { name })}
          </label>
          <input
            id={inputId}
            inputMode="numeric"
            className={cn(inputClass, 'h-8 w-28')}
            value={text}
            aria-invalid={Boolean(problem)}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" size="sm" disabled={set.isPending || !text.trim()}>
            {t('adminVhosts.limits.setButton', { name })}
          </Button>
          <Button variant="outline" size="sm" onClick={() => void clear()} disabled={remove.isPending || value === undefined}>
            {t('adminVhosts.limits.removeButton', { name })}
          </Button>
        </form>
        {problem ? (
          <Alert tone="error" className="mt-2">
            {problem}
          </Alert>
        ) : null}
      </td>
    </tr>
  );
}

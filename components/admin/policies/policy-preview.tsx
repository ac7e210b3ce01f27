'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import type { PolicyPreview, PolicyPreviewList, PolicyPreviewRow } from '@/lib/api/admin-policies';
import { formatCount } from '@/lib/format';
import { useI18n, useT, type Translate } from '@/lib/i18n/i18n';
import type { PolicyKind, PreviewOutcome } from '@/lib/policies';
import { routes } from '@/lib/routes';
import { cn } from '@/lib/utils';

/** What the policy would do to one object, in words. */
export function outcomeText(t: Translate, outcome: PreviewOutcome, type: string | undefined): string {
  switch (outcome.kind) {
    case 'applies':
      return t('adminPolicies.outcome.applies');
    case 'stays':
      return t('adminPolicies.outcome.stays');
    case 'replaces':
      return t('adminPolicies.outcome.replaces', { name: outcome.current, priority: outcome.priority });
    case 'outranked':
      return t('adminPolicies.outcome.outranked', { name: outcome.current, priority: outcome.priority });
    case 'tie':
      return t('adminPolicies.outcome.tie', { name: outcome.current, priority: outcome.priority });
    case 'unsupported':
      return t('adminPolicies.outcome.unsupported', { type: type ?? '', keys: outcome.keys.join(', ') });
    case 'otherType':
      return t('adminPolicies.outcome.otherType', { type: type ?? '' });
    case 'unknown':
      return t('adminPolicies.outcome.unknown', { name: outcome.current });
  }
}

const TAKES_EFFECT = new Set<PreviewOutcome['kind']>(['applies', 'stays', 'replaces']);

function PreviewTable({ kind, of: what, vhost, list }: { kind: PolicyKind; of: 'queues' | 'exchanges'; vhost: string; list: PolicyPreviewList }) {
  const { t, locale } = useI18n();
  const title = what === 'queues' ? t('adminPolicies.preview.queues') : t('adminPolicies.preview.exchanges');
  const heading = t('adminPolicies.preview.matched', { title, matched: formatCount(list.matched, locale), total: formatCount(list.total, locale) });
  const href = (row: PolicyPreviewRow) => (what === 'queues' ? routes.queue(vhost, row.name) : routes.exchange(vhost, row.name));
  return (
    <section aria-label={title} className="flex flex-col gap-2">
      <h4 className="text-sm font-semibold">{heading}</h4>
      {list.items.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{what === 'queues' ? t('adminPolicies.preview.noQueues') : t('adminPolicies.preview.noExchanges')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
              <tr>
                <th scope="col" className="px-3 py-2">{t('common.name')}</th>
                {what === 'queues' ? <th scope="col" className="px-3 py-2">{t('adminPolicies.preview.type')}</th> : null}
                <th scope="col" className="px-3 py-2">{kind === 'policy' ? t('adminPolicies.preview.today') : t('adminPolicies.preview.todayOperator')}</th>
                <th scope="col" className="px-3 py-2">{t('adminPolicies.preview.withThis')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((row) => (
                <tr key={row.name} className="border-t border-zinc-100 dark:border-zinc-800">
                  <td className="px-3 py-1.5">
                    <Link prefetch={false} href={href(row)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
                      {row.name === '' ? t('exchanges.defaultName') : row.name}
                    </Link>
                  </td>
                  {what === 'queues' ? <td className="px-3 py-1.5">{row.type ?? '—'}</td> : null}
                  <td className="px-3 py-1.5 break-all">{row.current ?? <span className="text-zinc-400">—</span>}</td>
                  <td className={cn('px-3 py-1.5', TAKES_EFFECT.has(row.outcome.kind) ? 'text-emerald-700 dark:text-emerald-400' : 'text-amber-700 dark:text-amber-400')}>
                    {outcomeText(t, row.outcome, row.type)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.matched > list.items.length ? (
        <p className="text-xs text-zinc-500">{t('adminPolicies.preview.more', { shown: formatCount(list.items.length, locale), matched: formatCount(list.matched, locale) })}</p>
      ) : null}
    </section>
  );
}

/**
 * The preview of a policy before it is saved: the existing queues and exchanges its pattern
 * matches (the broker's own regular expression filter), the policy applying to each today, and
 * whether this one would take over. The official UI cannot show this.
 */
export function PolicyPreviewPanel({
  kind,
  preview,
  pending,
  error,
  onRetry,
  idle,
  hideExisting = false,
}: {
  kind: PolicyKind;
  preview: PolicyPreview | undefined;
  pending: boolean;
  error: unknown;
  onRetry?: () => void;
  /** Nothing to preview yet (no valid pattern or vhost). */
  idle: boolean;
  /** The policy's own page: that it exists goes without saying. */
  hideExisting?: boolean;
}) {
  const t = useT();
  return (
    <section aria-label={t('adminPolicies.preview.title')} aria-busy={pending} className="flex flex-col gap-3 rounded-md border border-dashed border-zinc-300 p-3 dark:border-zinc-700">
      <h3 className="text-sm font-semibold">{t('adminPolicies.preview.title')}</h3>
      {idle ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('adminPolicies.preview.idle')}</p> : null}
      {!idle && error ? <QueryError what={t('adminPolicies.preview.what')} error={error} onRetry={onRetry} /> : null}
      {!idle && !error && !preview ? <Skeleton className="h-16 w-full" /> : null}
      {!idle && preview ? (
        <div className={cn('flex flex-col gap-3 transition-opacity', pending && 'opacity-60 delay-300')}>
          {preview.existing && !hideExisting ? (
            <Alert tone="info">
              {t('adminPolicies.preview.replacesExisting', {
                name: preview.existing.name,
                vhost: preview.vhost,
                pattern: preview.existing.pattern,
                priority: preview.existing.priority,
              })}
            </Alert>
          ) : null}
          {preview.queues ? <PreviewTable kind={kind} of="queues" vhost={preview.vhost} list={preview.queues} /> : null}
          {preview.exchanges ? <PreviewTable kind={kind} of="exchanges" vhost={preview.vhost} list={preview.exchanges} /> : null}
          <p className="text-xs text-zinc-500">{t('adminPolicies.preview.later')}</p>
        </div>
      ) : null}
    </section>
  );
}

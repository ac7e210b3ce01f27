'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import type { NodeMemory } from '@/lib/api/nodes';
import { formatBytes, formatTime } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { memoryBreakdown, MEMORY_CATEGORIES } from '@/lib/nodes';
import { useNodeMemoryQuery } from '@/lib/queries/nodes/node-memory-query';

const LABELS = Object.fromEntries(MEMORY_CATEGORIES.map((key) => [key, `nodes.memory.category.${key}`])) as Record<
  (typeof MEMORY_CATEGORIES)[number],
  MessageKey
>;

const categoryLabel = (t: Translate, category: string) =>
  category in LABELS ? t(LABELS[category as keyof typeof LABELS]) : category;

/**
 * A node's memory by category, only when the user asks: the broker walks all its processes to
 * answer, so it is neither prefetched nor polled; "Update" asks again.
 */
export function NodeMemory({ name, running, reporting }: { name: string; running: boolean; reporting: boolean }) {
  const { t, locale } = useI18n();
  const [asked, setAsked] = useState(false);
  const memory = useNodeMemoryQuery(name, { enabled: asked && reporting });

  if (!reporting) {
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t(running ? 'nodes.memory.notReporting' : 'nodes.memory.notRunning')}</p>;
  }
  if (!asked) {
    return (
      <div className="flex flex-col items-start gap-2">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('nodes.memory.hint')}</p>
        <Button variant="outline" onClick={() => setAsked(true)}>
          {t('nodes.memory.show')}
        </Button>
      </div>
    );
  }
  if (memory.error) return <QueryError what={t('nodes.memory.title')} error={memory.error} onRetry={() => void memory.refetch()} />;
  const data = memory.data;
  if (!data) return <Skeleton className="h-64 w-full" />;
  if (data === 'not_available') return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('nodes.memory.notRunning')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="outline" size="sm" onClick={() => void memory.refetch()} disabled={memory.isFetching}>
          {t('nodes.memory.update')}
        </Button>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">{t('nodes.memory.fetchedAt', { time: formatTime(memory.dataUpdatedAt, locale) })}</span>
      </div>
      <MemoryTable t={t} name={name} memory={data} />
    </div>
  );
}

function MemoryTable({ t, name, memory }: { t: Translate; name: string; memory: NodeMemory }) {
  const { rows, total, strategy } = memoryBreakdown(memory);
  const percent = (bytes: number) => (total > 0 ? (bytes / total) * 100 : 0);
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('nodes.memory.caption', { node: name })}</caption>
        <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t('nodes.memory.col.category')}</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">{t('nodes.memory.col.bytes')}</th>
            <th scope="col" className="w-2/5 px-3 py-2 font-medium">{t('nodes.memory.col.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ category, bytes }) => (
            <tr key={category} className="border-t border-zinc-100 dark:border-zinc-800">
              <th scope="row" className="px-3 py-1.5 text-left font-normal">{categoryLabel(t, category)}</th>
              <td className="px-3 py-1.5 text-right tabular-nums">{formatBytes(bytes)}</td>
              <td className="px-3 py-1.5">
                <div className="flex items-center gap-2">
                  <div aria-hidden="true" className="h-2 flex-1 overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800">
                    <div className="h-full bg-orange-500" style={{ width: `${Math.min(percent(bytes), 100)}%` }} />
                  </div>
                  <span className="w-12 text-right text-xs tabular-nums">{percent(bytes).toFixed(1)}%</span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-zinc-200 font-semibold dark:border-zinc-700">
            <th scope="row" className="px-3 py-1.5 text-left">
              {strategy ? t('nodes.memory.totalBy', { strategy }) : t('nodes.memory.total')}
            </th>
            <td className="px-3 py-1.5 text-right tabular-nums">{formatBytes(total)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

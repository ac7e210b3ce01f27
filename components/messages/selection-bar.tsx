'use client';

import { Button } from '@/components/ui/button';
import type { FetchedMessage } from '@/lib/api/messages';
import { useT } from '@/lib/i18n/i18n';
import { useMessageWork } from './message-work-context';

/** Above the fetched messages: how many are ticked, tick all or none, and "Move selected…". */
export function SelectionBar({ shown }: { shown: readonly FetchedMessage[] }) {
  const t = useT();
  const work = useMessageWork();
  if (!work) return null;
  const count = work.selected.size;
  const allTicked = shown.length > 0 && shown.every((message) => work.selected.has(message.position));
  return (
    <div className="flex flex-wrap items-center gap-2 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      <span role="status" className="tabular-nums">
        {t('work.select.count', { count })}
      </span>
      <Button size="sm" variant="outline" onClick={() => work.setAll(shown, !allTicked)} disabled={shown.length === 0}>
        {allTicked ? t('work.select.none') : t('work.select.all')}
      </Button>
      <Button size="sm" className="ml-auto" onClick={work.handOver} disabled={count === 0}>
        {t('work.select.move')}
      </Button>
    </div>
  );
}

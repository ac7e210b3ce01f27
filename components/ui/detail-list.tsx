import type { ReactNode } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/utils';

export interface DetailItem {
  label: string;
  value: ReactNode;
  /** Wide values (certificate subjects, long names) take a whole row. */
  wide?: boolean;
}

/** Label/value pairs of a detail page as a real description list. */
export function DetailList({ items, pending = false, className }: { items: DetailItem[]; pending?: boolean; className?: string }) {
  return (
    <dl className={cn('grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2 xl:grid-cols-3', className)}>
      {items.map((item) => (
        <div key={item.label} className={cn('flex min-w-0 flex-col', item.wide && 'sm:col-span-2 xl:col-span-3')}>
          <dt className="text-xs text-zinc-600 dark:text-zinc-400">{item.label}</dt>
          <dd className="break-words text-sm font-medium">{pending ? <Skeleton className="h-5 w-24" /> : item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

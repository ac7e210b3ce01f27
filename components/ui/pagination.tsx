'use client';

import { useT } from '@/lib/i18n/i18n';
import { Button } from './button';
import { inputClass } from './field';
import { cn } from '@/lib/utils';

export const PAGE_SIZES = [20, 50, 100, 200, 500] as const;

export function Pagination({
  page,
  pageCount,
  pageSize,
  onPageChange,
  onPageSizeChange,
  label,
}: {
  page: number;
  pageCount: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (size: number) => void;
  /** Names the navigation landmark ("Queues pages"). */
  label: string;
}) {
  const t = useT();
  const pages = Math.max(pageCount, 1);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <Button variant="outline" size="sm" onClick={() => onPageChange(page - 1)} disabled={page <= 1}>
        {t('pagination.previous')}
      </Button>
      <span className="tabular-nums" aria-live="polite">
        {t('pagination.page', { page, pages })}
      </span>
      <Button variant="outline" size="sm" onClick={() => onPageChange(page + 1)} disabled={page >= pages}>
        {t('pagination.next')}
      </Button>
      <label className="ml-2 inline-flex items-center gap-1">
        {t('pagination.pageSize')}
        <select
          className={cn(inputClass, 'h-7 w-20')}
          value={pageSize}
          onChange={(event) => onPageSizeChange(Number(event.target.value))}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}

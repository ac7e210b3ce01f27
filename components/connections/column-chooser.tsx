'use client';

import { useCallback, useEffect, useState } from 'react';
import { CheckboxField } from '@/components/ui/field';
import { useT } from '@/lib/i18n/i18n';

export interface ChoosableColumn {
  id: string;
  label: string;
  /** Shown unless the user hid it. */
  defaultVisible: boolean;
}

export type ColumnVisibility = Record<string, boolean>;

function defaults(columns: readonly ChoosableColumn[]): ColumnVisibility {
  return Object.fromEntries(columns.map((column) => [column.id, column.defaultVisible]));
}

/**
 * Which optional columns a list shows. A display preference, not view state worth sharing, so
 * it is remembered in localStorage (read after mount so server and client render alike).
 */
export function useColumnVisibility(storageKey: string, columns: readonly ChoosableColumn[]) {
  const [visibility, setVisibility] = useState<ColumnVisibility>(() => defaults(columns));

  useEffect(() => {
    try {
      const saved = localStorage.getItem(storageKey);
      if (saved) setVisibility((current) => ({ ...current, ...(JSON.parse(saved) as ColumnVisibility) }));
    } catch {
      // Unreadable or disabled storage: the defaults stay.
    }
  }, [storageKey]);

  const toggle = useCallback(
    (id: string, visible: boolean) =>
      setVisibility((current) => {
        const next = { ...current, [id]: visible };
        try {
          localStorage.setItem(storageKey, JSON.stringify(next));
        } catch {
          // The choice still holds for this page view.
        }
        return next;
      }),
    [storageKey],
  );

  return { visibility, toggle };
}

/** The "Columns" disclosure listing the optional columns with a labelled checkbox each. */
export function ColumnChooser({
  columns,
  visibility,
  onToggle,
}: {
  columns: readonly ChoosableColumn[];
  visibility: ColumnVisibility;
  onToggle: (id: string, visible: boolean) => void;
}) {
  const t = useT();
  return (
    <details className="relative text-sm">
      <summary className="cursor-pointer select-none rounded-md border border-zinc-300 px-2 py-1 dark:border-zinc-700">
        {t('list.columns')}
      </summary>
      <fieldset aria-label={t('list.columns')} className="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-1.5 rounded-md border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {columns.map((column) => (
          <CheckboxField
            key={column.id}
            label={column.label}
            checked={visibility[column.id] ?? column.defaultVisible}
            onChange={(event) => onToggle(column.id, event.target.checked)}
          />
        ))}
      </fieldset>
    </details>
  );
}

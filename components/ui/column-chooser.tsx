'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { CheckboxField } from './field';

/** An optional column of a list: its id, its label in the catalogue, and whether it shows by default. */
export interface ChoosableColumn {
  id: string;
  label: MessageKey;
  defaultVisible: boolean;
}

export type ColumnVisibility = Record<string, boolean>;

// Which optional columns a list shows is a per-browser display preference (like the official
// UI's column options), not view state worth sharing: it is kept in localStorage, one entry per
// list, and read through useSyncExternalStore so that the server render and the first client
// render use the defaults and every table of that list (and every tab) follows a change.

const listeners = new Set<() => void>();
// Where choices live when localStorage is disabled: until the page is reloaded.
const memory = new Map<string, string>();

function readStored(storageKey: string): string | null {
  try {
    return localStorage.getItem(storageKey) ?? memory.get(storageKey) ?? null;
  } catch {
    return memory.get(storageKey) ?? null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = () => listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function defaults(columns: readonly ChoosableColumn[]): ColumnVisibility {
  return Object.fromEntries(columns.map((column) => [column.id, column.defaultVisible]));
}

/** Stored choices over the defaults; unknown ids (a column that no longer exists) are dropped. */
function parse(stored: string | null, columns: readonly ChoosableColumn[]): ColumnVisibility {
  const visibility = defaults(columns);
  if (!stored) return visibility;
  try {
    const saved = JSON.parse(stored) as unknown;
    if (saved && typeof saved === 'object') {
      for (const [id, visible] of Object.entries(saved)) {
        if (id in visibility && typeof visible === 'boolean') visibility[id] = visible;
      }
    }
  } catch {
    // An unreadable entry: the defaults stay.
  }
  return visibility;
}

/** The visibility of a list's optional columns and a setter that remembers the choice. */
export function useColumnChoice(storageKey: string, columns: readonly ChoosableColumn[]) {
  const stored = useSyncExternalStore(
    subscribe,
    () => readStored(storageKey),
    () => null,
  );
  const visibility = useMemo(() => parse(stored, columns), [stored, columns]);
  const toggle = useCallback(
    (id: string, visible: boolean) => {
      const next = JSON.stringify({ ...parse(readStored(storageKey), columns), [id]: visible });
      memory.set(storageKey, next);
      try {
        localStorage.setItem(storageKey, next);
      } catch {
        // Storage can be disabled: `memory` keeps the choice for this page's life.
      }
      listeners.forEach((listener) => listener());
    },
    [storageKey, columns],
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
      <summary className="inline-flex h-7 cursor-pointer list-none items-center rounded-md border border-zinc-300 px-2 text-xs font-medium select-none hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        {t('list.columns')}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 flex w-60 flex-col gap-1.5 rounded-md border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        <legend className="sr-only">{t('list.chooseColumns')}</legend>
        {columns.map((column) => (
          <CheckboxField
            key={column.id}
            label={t(column.label)}
            checked={visibility[column.id] ?? column.defaultVisible}
            onChange={(event) => onToggle(column.id, event.target.checked)}
          />
        ))}
      </fieldset>
    </details>
  );
}

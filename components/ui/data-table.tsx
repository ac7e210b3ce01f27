'use client';

import { createContext, memo, useContext, useDeferredValue, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type Table,
  type RowSelectionState,
  type VisibilityState,
} from '@tanstack/react-table';
import type { SortState } from '@/lib/api/page';
import { useT } from '@/lib/i18n/i18n';
import { cn } from '@/lib/utils';
import { Skeleton } from './skeleton';

export type { ColumnDef } from '@tanstack/react-table';

/** A right-aligned, broker-sortable number column (counts, bytes, rates): the commonest kind. */
export function numberColumn<T>(
  id: string,
  header: string,
  sortKey: string,
  value: (row: T) => number | undefined,
  format: (value: number | undefined) => ReactNode,
  title?: string,
): ColumnDef<T, unknown> {
  return { id, header, meta: { sortKey, align: 'right', title, width: '6rem' }, cell: ({ row }) => format(value(row.original)) };
}

export type { SortState };

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** The management API's sort key for this column; sortable only when set. */
    sortKey?: string;
    align?: 'left' | 'right';
    /** Header tooltip (the official UI explains its abbreviations this way). */
    title?: string;
    /**
     * The column's width (a CSS length). When every visible column has one, the table is laid out
     * from these alone (table-layout: fixed): columns keep their width while numbers change on
     * every refresh, and a page of hundreds of rows is laid out without measuring every cell.
     */
    width?: string;
  }
}

interface DataTableProps<T> {
  columns: ColumnDef<T, unknown>[];
  data: T[] | undefined;
  /** The table's accessible name (a caption, visually hidden unless `showCaption`). */
  caption: string;
  showCaption?: boolean;
  getRowId: (row: T) => string;
  isPending?: boolean;
  /** Shown in place of rows when there are none (differs for "no match" and "nothing yet"). */
  empty?: ReactNode;
  sort?: SortState | null;
  onSortChange?: (sort: SortState | null) => void;
  selection?: RowSelectionState;
  onSelectionChange?: (selection: RowSelectionState) => void;
  /** Accessible name of a row's select checkbox. */
  selectLabel?: (row: T) => string;
  selectAllLabel?: string;
  columnVisibility?: VisibilityState;
  className?: string;
}

/**
 * Rows rendered first when a page is opened inside the app, more than a tall screen shows: the
 * rest of the page (up to 500 rows) follows in a background render right after
 * (useDeferredValue), so the rows a screen shows never wait for those below the fold. A page
 * loaded as a document carries all its rows in the HTML instead: rendering the rest after
 * hydration cost more than sending them (measured with the bench's whole-page load).
 */
const FIRST_ROWS = 30;

const subscribeToNothing = () => () => {};
/** True while rendering on the server and hydrating its HTML, false for a render in the browser. */
const useHydrating = () =>
  useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );

const NO_ROWS: never[] = [];

const SelectLabels = createContext<{ all?: string; row?: (row: unknown) => string }>({});

function SelectAllBox<T>({ table }: { table: Table<T> }) {
  const t = useT();
  const { all } = useContext(SelectLabels);
  return (
    <input
      type="checkbox"
      aria-label={all ?? t('table.selectAll')}
      className="h-4 w-4 accent-orange-600"
      checked={table.getIsAllRowsSelected()}
      ref={(el) => {
        if (el) el.indeterminate = table.getIsSomeRowsSelected() && !table.getIsAllRowsSelected();
      }}
      onChange={table.getToggleAllRowsSelectedHandler()}
    />
  );
}

function SelectRowBox<T>({ row }: { row: Row<T> }) {
  const t = useT();
  const { row: label } = useContext(SelectLabels);
  return (
    <input
      type="checkbox"
      aria-label={label ? label(row.original) : t('table.selectRow', { id: row.id })}
      className="h-4 w-4 accent-orange-600"
      checked={row.getIsSelected()}
      onChange={row.getToggleSelectedHandler()}
    />
  );
}

const selectColumn: ColumnDef<unknown, unknown> = {
  id: '__select',
  enableHiding: false,
  meta: { width: '2.75rem' },
  header: ({ table }) => <SelectAllBox table={table} />,
  cell: ({ row }) => <SelectRowBox row={row} />,
};
const NOTHING: Record<string, boolean> = {};

/**
 * A real <table> with header cells, server-side sort (aria-sort on the header), optional row
 * selection and column visibility. Paging and sorting happen at the broker, not here.
 */
export function DataTable<T>({
  columns,
  data,
  caption,
  showCaption = false,
  getRowId,
  isPending = false,
  empty,
  sort,
  onSortChange,
  selection,
  onSelectionChange,
  selectLabel,
  selectAllLabel,
  columnVisibility,
  className,
}: DataTableProps<T>) {
  const selectable = Boolean(selection && onSelectionChange);
  // The select column does not depend on the labels: a caller's inline label function would
  // otherwise rebuild the columns, and with them every cell, on each render. The labels reach
  // the checkboxes through context instead.
  const allColumns = useMemo<ColumnDef<T, unknown>[]>(
    () => (selectable ? [selectColumn as ColumnDef<T, unknown>, ...columns] : columns),
    [columns, selectable],
  );
  const labels = useMemo(
    () => ({ all: selectAllLabel, row: selectLabel as ((row: unknown) => string) | undefined }),
    [selectAllLabel, selectLabel],
  );

  const table = useReactTable<T>({
    // A stable empty array: a new [] on every render makes the table reset its state on every
    // render, an endless chain of updates that starves transitions (router.replace never commits).
    data: data ?? (NO_ROWS as T[]),
    columns: allColumns,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    enableRowSelection: selectable,
    // Stable objects when the caller passes none, so the table's state does not change every render.
    state: { rowSelection: selection ?? NOTHING, columnVisibility: columnVisibility ?? NOTHING },
    onRowSelectionChange: (updater) => {
      if (!onSelectionChange) return;
      onSelectionChange(typeof updater === 'function' ? updater(selection ?? NOTHING) : updater);
    },
  });

  const visibleColumns = table.getVisibleLeafColumns();
  const visibleCount = visibleColumns.length;
  const widths = visibleColumns.map((column) => column.columnDef.meta?.width);
  const fixed = widths.every(Boolean);
  const allRows = table.getRowModel().rows;
  const hydrating = useHydrating();
  const firstRows = useMemo(() => (hydrating ? allRows : allRows.slice(0, FIRST_ROWS)), [allRows, hydrating]);
  const rows = useDeferredValue(allRows, firstRows);

  return (
    <SelectLabels.Provider value={labels}>
      <div className={cn('overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800', className)}>
        <table className={cn('w-full border-collapse text-sm', fixed && 'table-fixed wrap-anywhere')}>
          <caption className={showCaption ? 'px-3 py-2 text-left font-semibold' : 'sr-only'}>{caption}</caption>
          {fixed ? (
            <colgroup>
              {visibleColumns.map((column, i) => (
                <col key={column.id} style={{ width: widths[i] }} />
              ))}
            </colgroup>
          ) : null}
          <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const sortKey = meta?.sortKey;
                  const active = sortKey && sort?.id === sortKey;
                  const ariaSort = active ? (sort!.desc ? 'descending' : 'ascending') : sortKey ? 'none' : undefined;
                  const content = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={ariaSort}
                      title={meta?.title}
                      className={cn('px-3 py-2 font-medium', !fixed && 'whitespace-nowrap', meta?.align === 'right' && 'text-right')}
                    >
                      {sortKey && onSortChange ? (
                        <button
                          type="button"
                          className="inline-flex cursor-pointer items-center gap-1 uppercase hover:text-zinc-900 dark:hover:text-white"
                          onClick={() =>
                            onSortChange(
                              !active ? { id: sortKey, desc: false } : !sort!.desc ? { id: sortKey, desc: true } : null,
                            )
                          }
                        >
                          {content}
                          <span aria-hidden="true">{active ? (sort!.desc ? '▼' : '▲') : '↕'}</span>
                        </button>
                      ) : (
                        content
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <DataTableBody
            rows={rows}
            columns={allColumns}
            columnVisibility={columnVisibility ?? NOTHING}
            selection={selectable ? (selection ?? NOTHING) : null}
            pending={isPending && !data}
            empty={empty}
            visibleCount={visibleCount}
          />
        </table>
      </div>
    </SelectLabels.Provider>
  );
}

interface BodyProps<T> {
  rows: Row<T>[];
  /** Not read here, but what the cells render depends on: a change renders the rows again. */
  columns: ColumnDef<T, unknown>[];
  columnVisibility: VisibilityState;
  /** null when rows cannot be selected. */
  selection: RowSelectionState | null;
  pending: boolean;
  empty: ReactNode;
  visibleCount: number;
}

/**
 * The rows, rendered again only when what they show changes (rows, columns, visibility,
 * selection, pending or empty state): a re-render of the table for anything else (a new URL
 * while the next sort or filter loads, a header change) reuses them instead of rendering every
 * cell of up to 500 rows again.
 */
const DataTableBody = memo(function DataTableBody<T>({ rows, columns, columnVisibility, selection, pending, empty, visibleCount }: BodyProps<T>) {
  if (pending) {
    return (
      <tbody>
        {Array.from({ length: 5 }, (_, i) => (
          <tr key={i} className="border-t border-zinc-100 dark:border-zinc-800">
            <td colSpan={visibleCount} className="px-3 py-2">
              <Skeleton className="h-4 w-full" />
            </td>
          </tr>
        ))}
      </tbody>
    );
  }
  if (rows.length === 0) {
    return (
      <tbody>
        <tr className="border-t border-zinc-100 dark:border-zinc-800">
          <td colSpan={visibleCount} className="px-3 py-6 text-center text-zinc-500">
            {empty}
          </td>
        </tr>
      </tbody>
    );
  }
  const visible = Object.entries(columnVisibility)
    .filter(([, shown]) => !shown)
    .map(([id]) => id)
    .join(',');
  return (
    <tbody>
      {rows.map((row) => (
        <DataTableRow key={row.id} row={row} selected={selection ? Boolean(selection[row.id]) : undefined} columns={columns} hidden={visible} />
      ))}
    </tbody>
  );
}) as <T>(props: BodyProps<T>) => ReactNode;

interface RowProps<T> {
  row: Row<T>;
  selected: boolean | undefined;
  /** Not read here, but what the cells render depends on them: a change renders the row again. */
  columns: ColumnDef<T, unknown>[];
  hidden: string;
}

/**
 * One row, rendered again only when its data, its selection or the columns change: the rows
 * already shown stay as they are when the rest of the page is added, or one row is selected.
 */
const DataTableRow = memo(function DataTableRow<T>({ row, selected }: RowProps<T>) {
  return (
    <tr
      aria-selected={selected}
      className="border-t border-zinc-100 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900/60"
    >
      {row.getVisibleCells().map((cell) => (
        <td
          key={cell.id}
          className={cn('px-3 py-1.5 align-top', cell.column.columnDef.meta?.align === 'right' && 'text-right tabular-nums')}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: RowProps<T>) => ReactNode;

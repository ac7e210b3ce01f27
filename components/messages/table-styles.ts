// The look of the message tables, as components/ui/data-table.tsx draws its own.
export const tableFrameClass = 'overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800';
export const tableClass = 'w-full border-collapse text-sm';
export const captionClass = 'px-3 py-2 text-left font-semibold';
export const headClass = 'bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300';
export const headCellClass = 'px-3 py-2 font-medium whitespace-nowrap';
export const rowClass = 'border-t border-zinc-100 dark:border-zinc-800';
export const cellClass = 'px-3 py-1.5 align-top';

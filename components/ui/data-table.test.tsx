import { act, cleanup, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/lib/i18n/i18n';
import { DataTable, type ColumnDef } from './data-table';

// The table's own labels come from the catalogue; the provider's language switch needs a router.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));
const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale="en">{children}</I18nProvider>;

type Row = { name: string };
const rows: Row[] = Array.from({ length: 20 }, (_, i) => ({ name: `q-${i}` }));
const getRowId = (row: Row) => row.name;

afterEach(cleanup);

/** One name column that counts how often its cells render, in all and per row. */
function countingColumns() {
  const renders = { total: 0, byRow: new Map<string, number>() };
  const columns: ColumnDef<Row, unknown>[] = [
    {
      id: 'name',
      header: 'Name',
      cell: ({ row }) => {
        renders.total++;
        renders.byRow.set(row.original.name, (renders.byRow.get(row.original.name) ?? 0) + 1);
        return row.original.name;
      },
    },
  ];
  return { columns, renders };
}

// Guards: the body re-rendered every cell of the page on any render of the table (the columns
// and the selection state were rebuilt on each render), e.g. on every URL change while the next
// sort or filter loaded.
describe('DataTable body', () => {
  it('does not render its cells again when the parent re-renders with the same rows', async () => {
    const { columns, renders } = countingColumns();
    let bump: () => void = () => {};
    function Parent() {
      const [count, setCount] = useState(0);
      bump = () => setCount((n) => n + 1);
      return (
        <>
          <p>renders {count}</p>
          <DataTable columns={columns} data={rows} caption="Queues" getRowId={getRowId} />
        </>
      );
    }
    render(<Parent />, { wrapper });
    expect(await screen.findByText('q-19')).toBeTruthy();
    const afterFirst = renders.total;
    expect(afterFirst).toBeGreaterThanOrEqual(20);
    await act(async () => bump());
    await act(async () => bump());
    expect(screen.getByText('renders 2')).toBeTruthy();
    expect(renders.total).toBe(afterFirst);
  });

  it('keeps its cells when a selectable table gets new label functions on every render', async () => {
    const { columns, renders } = countingColumns();
    let bump: () => void = () => {};
    function Parent() {
      const [count, setCount] = useState(0);
      const [selection, setSelection] = useState<Record<string, boolean>>({});
      bump = () => setCount((n) => n + 1);
      return (
        <DataTable
          columns={columns}
          data={rows}
          caption={`Queues ${count}`}
          getRowId={getRowId}
          selection={selection}
          onSelectionChange={setSelection}
          // A new function on every render, as a caller writes it inline.
          selectLabel={(row) => `Select ${row.name} (${count})`}
        />
      );
    }
    render(<Parent />, { wrapper });
    expect(await screen.findByLabelText('Select q-19 (0)')).toBeTruthy();
    const afterFirst = renders.total;
    await act(async () => bump());
    // The labels follow; the cells were not rendered again.
    expect(screen.getByLabelText('Select q-19 (1)')).toBeTruthy();
    expect(renders.total).toBe(afterFirst);
  });

  it('renders again when the selection changes, and marks the selected row', async () => {
    const columns: ColumnDef<Row, unknown>[] = [{ id: 'name', header: 'Name', cell: ({ row }) => row.original.name }];
    function Parent() {
      const [selection, setSelection] = useState<Record<string, boolean>>({});
      return (
        <DataTable
          columns={columns}
          data={rows}
          caption="Queues"
          getRowId={getRowId}
          selection={selection}
          onSelectionChange={setSelection}
          selectLabel={(row) => `Select ${row.name}`}
        />
      );
    }
    render(<Parent />, { wrapper });
    const box = (await screen.findByLabelText('Select q-3')) as HTMLInputElement;
    await act(async () => box.click());
    const checked = screen.getByLabelText('Select q-3') as HTMLInputElement;
    expect(checked.checked).toBe(true);
    expect(checked.closest('tr')?.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText('Select q-4').closest('tr')?.getAttribute('aria-selected')).toBe('false');
    // The caller's label for the select-all box falls back to the catalogue's.
    expect(screen.getByLabelText('Select all rows on this page')).toBeTruthy();
  });
});

describe('DataTable rows of a long page', () => {
  it('shows the first rows at once and adds the rest after, without rendering the first ones again', async () => {
    const many: Row[] = Array.from({ length: 100 }, (_, i) => ({ name: `row-${i}` }));
    const { columns, renders } = countingColumns();
    render(<DataTable columns={columns} data={many} caption="Queues" getRowId={getRowId} />, { wrapper });
    expect(await screen.findByText('row-99')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(101);
    expect(renders.byRow.get('row-0')).toBe(1);
    expect(renders.byRow.get('row-99')).toBe(1);
  });
});

import type { ReactNode } from 'react';

// The frame the route tester's two result tables share: a captioned table whose rows are each
// headed by what they are about (a queue, an exchange).

export function RouteTable({ caption, columns, children }: { caption: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{caption}</caption>
        <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** One row: its header cell, then its cells in the order of the table's columns. */
export function RouteTableRow({ head, cells }: { head: ReactNode; cells: ReactNode[] }) {
  return (
    <tr className="border-t border-zinc-100 align-top dark:border-zinc-800">
      <th scope="row" className="px-3 py-2 text-left font-medium">
        {head}
      </th>
      {cells.map((cell, i) => (
        <td key={i} className="px-3 py-2">
          {cell}
        </td>
      ))}
    </tr>
  );
}

import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Headers } from '@/lib/api/messages';
import { HeaderTable } from './header-table';
import { XDeathTable } from './x-death-table';
import { wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

afterEach(cleanup);

// As Warren's server hands on a message rejected from "orders", expired in "orders.retry" and
// dead-lettered back (RabbitMQ keeps the newest entry first; timestamps are tagged).
const headers: Headers = {
  'x-death': [
    {
      count: 3,
      reason: 'expired',
      queue: 'orders.retry',
      time: { $type: 'timestamp', seconds: 1_717_243_200 },
      exchange: '',
      'routing-keys': ['orders.retry'],
      'original-expiration': '5000',
    },
    {
      count: 3,
      reason: 'rejected',
      queue: 'orders',
      time: { $type: 'timestamp', seconds: 1_717_243_195 },
      exchange: 'shop',
      'routing-keys': ['order.created', 'order.eu'],
    },
  ],
  'x-first-death-queue': 'orders',
  'x-first-death-reason': 'rejected',
  'x-first-death-exchange': 'shop',
  'x-last-death-queue': 'orders.retry',
  'x-last-death-reason': 'expired',
  'x-last-death-exchange': '',
  'x-trace': { $type: 'bytes', base64: 'AAECAw==' },
};

describe('XDeathTable', () => {
  it('reads a realistic x-death header as a table, and the first and last deaths beside it', () => {
    render(<XDeathTable headers={headers} />, { wrapper });
    const table = screen.getByRole('table', { name: 'Dead-lettering history (x-death)' });
    const header = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(header).toEqual(['Queue', 'Reason', 'Count', 'Time', 'Exchange', 'Routing keys', 'Original expiration']);
    const [, newest, oldest] = within(table).getAllByRole('row');
    expect(within(newest!).getByRole('rowheader').textContent).toBe('orders.retry');
    expect([...newest!.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      'expired',
      '3',
      '2024-06-01T12:00:00Z',
      '(AMQP default)',
      'orders.retry',
      '5000',
    ]);
    expect([...oldest!.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
      'rejected',
      '3',
      '2024-06-01T11:59:55Z',
      'shop',
      'order.created, order.eu',
      '—',
    ]);
    const terms = screen.getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(terms).toEqual([
      ['x-first-death-queue', 'orders'],
      ['x-first-death-reason', 'rejected'],
      ['x-first-death-exchange', 'shop'],
      ['x-last-death-queue', 'orders.retry'],
      ['x-last-death-reason', 'expired'],
      ['x-last-death-exchange', '(AMQP default)'],
    ]);
  });

  it('shows nothing for a message that was never dead-lettered', () => {
    const { container } = render(<XDeathTable headers={{ 'x-trace': 'abc' }} />, { wrapper });
    expect(container.textContent).toBe('');
  });
});

describe('HeaderTable', () => {
  it('shows tagged values as what they stand for, with their types', () => {
    render(
      <HeaderTable
        headers={{
          'x-trace': { $type: 'bytes', base64: 'AAECAw==' },
          sent: { $type: 'timestamp', seconds: 0 },
          price: { $type: 'decimal', places: 2, digits: 1999 },
          nested: { a: [1, { $type: 'timestamp', seconds: 1 }] },
        }}
        caption="Headers"
      />,
      { wrapper },
    );
    const rows = within(screen.getByRole('table', { name: 'Headers' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['x-trace', '4 bytes (base64 AAECAw==)', 'bytes'],
      ['sent', '1970-01-01T00:00:00Z', 'timestamp'],
      ['price', '19.99', 'decimal'],
      ['nested', '{"a":[1,"1970-01-01T00:00:01Z"]}', 'table'],
    ]);
  });
});

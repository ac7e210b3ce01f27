import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MovePreview, MoveProgress } from '@/lib/api/messages';
import { MovePanel } from './move-panel';
import { answerBy, jsonAnswer, mockFetch, streamedAnswer, wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = mockFetch();

const emptyList = () => jsonAnswer({ fields: ['name'], rows: [], page: 1, page_size: 30, page_count: 1, item_count: 0, filtered_count: 0, total_count: 0 });
const progress = (moved: number, extra: Partial<MoveProgress> = {}): MoveProgress => ({
  type: 'progress',
  source_at_start: 4000,
  moved,
  skipped: 0,
  failed: 0,
  duplicates_possible: 0,
  elapsed_ms: 1000,
  rate: 2000,
  ...extra,
});

/** The JSON body sent to the URL matching `pattern`. */
const sentTo = (pattern: RegExp) => {
  const call = fetchMock.mock.calls.find(([url]) => pattern.test(String(url)));
  return call ? (JSON.parse(String(call[1]?.body)) as Record<string, unknown>) : undefined;
};

async function confirmMove(name = 'Move messages') {
  const dialog = await screen.findByRole('dialog');
  await act(async () => fireEvent.click(within(dialog).getByRole('button', { name })));
  return dialog;
}

describe('MovePanel', { timeout: 15_000 }, () => {
  it('moves all messages to a queue after asking, shows the progress, then the report', async () => {
    let stream: ReturnType<typeof streamedAnswer> | undefined;
    answerBy(fetchMock, [
      [/\/api\/queues\?/, emptyList],
      [/\/move$/, (init) => (stream = streamedAnswer(init?.signal)).response],
    ]);
    render(<MovePanel vhost="/" name="orders" />, { wrapper });
    const form = screen.getByRole('form', { name: 'Move messages' });
    fireEvent.change(within(form).getByLabelText('Destination queue'), { target: { value: 'orders-archive' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Move messages' }));

    const dialog = await screen.findByRole('dialog', { name: 'Move all messages from queue orders to queue orders-archive?' });
    expect(dialog.textContent).toContain('This takes the messages out of orders');
    expect(sentTo(/\/move$/)).toBeUndefined();
    await confirmMove();

    await waitFor(() => expect(stream).toBeDefined());
    expect(fetchMock.mock.calls.find(([url]) => /\/move$/.test(String(url)))?.[0]).toBe('/api/queues/%2F/orders/move');
    expect(sentTo(/\/move$/)).toEqual({ target: { kind: 'queue', name: 'orders-archive' }, select: { mode: 'all' }, filter: {}, include_moved: false });

    act(() => stream!.line(progress(1000)));
    const bar = await screen.findByRole('progressbar', { name: 'Messages moved' });
    await waitFor(() => expect(bar.getAttribute('value')).toBe('1000'));
    expect(bar.getAttribute('max')).toBe('4000');
    expect(screen.getByText('1,000 of 4,000 looked at · 1,000 moved')).toBeTruthy();
    expect(screen.getByText('2,000 msg/s')).toBeTruthy();

    act(() => stream!.line({ ...progress(4000), type: 'done', ended: 'complete', left: 0 }));
    act(() => stream!.close());
    const report = (await screen.findByText('Move complete')).closest('[role]')!;
    expect(report.textContent).toContain('Moved4,000');
    expect(report.textContent).toContain('Left in the source0');
    expect(report.textContent).toContain('Duplicates possible0');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('reports a move cut off midway: failed, the reason, and what "duplicates possible" means', async () => {
    const failure = {
      type: 'error',
      code: 'CONNECTION_CLOSED',
      message: 'CONNECTION_FORCED - Closed via management plugin',
      progress: { ...progress(1200), type: 'done', ended: 'failed', duplicates_possible: 37, left: 2837, reason: 'CONNECTION_FORCED - Closed via management plugin' },
    };
    answerBy(fetchMock, [
      [/\/api\/queues\?/, emptyList],
      [/\/move$/, () => new Response(`${JSON.stringify(progress(500))}\n${JSON.stringify(failure)}\n`, { status: 200 })],
    ]);
    render(<MovePanel vhost="/" name="orders" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Destination queue'), { target: { value: 'elsewhere' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move messages' }));
    await confirmMove();

    const report = (await screen.findByText('Move failed')).closest('[role="alert"]')!;
    expect(report.textContent).toContain('CONNECTION_FORCED - Closed via management plugin');
    expect(report.textContent).toContain('Moved1,200');
    expect(report.textContent).toContain('Duplicates possible37');
    expect(report.textContent).toContain('37 messages may now be in both places');
    expect(report.textContent).toContain('Nothing is lost');
    // The reason is the error's message: said once.
    expect(report.textContent).not.toContain('Why:');
  });

  it('checks the form first: no destination, N out of range, a header value without a name', async () => {
    answerBy(fetchMock, [[/\/api\/queues\?/, emptyList]]);
    render(<MovePanel vhost="/" name="orders" />, { wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Move messages' }));
    expect(await screen.findByText('Choose the destination queue')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Destination queue'), { target: { value: 'orders' } });
    fireEvent.click(screen.getByLabelText('The first N'));
    fireEvent.change(screen.getByLabelText('Number of messages (N)'), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('Header value'), { target: { value: 'eu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));
    expect(await screen.findByText('The destination is the queue the messages are in')).toBeTruthy();
    expect(screen.getByText('Enter a whole number from 1 to 10000000')).toBeTruthy();
    expect(screen.getByText('Name the header whose value to match')).toBeTruthy();
    expect(screen.getByLabelText('Destination queue').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fetchMock.mock.calls.filter(([url]) => /move/.test(String(url)))).toHaveLength(0);
  });

  it('on a dead-letter queue: Redrive is the default, the dry run lists what goes where, and Redrive all asks first', async () => {
    const preview: MovePreview = {
      items: [
        { position: 1, exchange: '', routing_key: 'orders', destination: { exchange: '', routing_key: 'orders' }, death: { queue: 'orders', reason: 'rejected', count: 1 } },
        { position: 2, exchange: '', routing_key: 'orders', skip: 'already_moved', death: { queue: 'orders', reason: 'expired', count: 2 } },
      ],
      source_count: 2,
      scanned: 2,
      would_move: 1,
      destinations: [{ exchange: '', routing_key: 'orders', count: 1 }],
    };
    answerBy(fetchMock, [
      [/\/move-preview$/, () => jsonAnswer(preview)],
      [/\/move$/, () => new Response(`${JSON.stringify({ ...progress(1), type: 'done', ended: 'complete', source_at_start: 2, skipped: 1, left: 1 })}\n`)],
    ]);
    render(<MovePanel vhost="shop" name="orders.dlq" isDeadLetterQueue />, { wrapper });
    expect((screen.getByLabelText('Redrive: back where each message was dead-lettered from') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('rejected'));
    fireEvent.click(screen.getByLabelText('Also redrive messages Warren has moved before'));
    fireEvent.click(screen.getByRole('button', { name: 'Dry run' }));

    const table = await screen.findByRole('table', { name: 'Where each message would go' });
    expect(sentTo(/\/move-preview$/)).toEqual({ target: { kind: 'redrive' }, select: { mode: 'all' }, filter: { reasons: ['rejected'] }, include_moved: true });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('exchange (AMQP default), routing key orders');
    expect(rows[1]!.textContent).toContain('rejected in orders (1×)');
    expect(rows[2]!.textContent).toContain('Stays: Warren has moved it before');
    expect(screen.getByText('1 message to exchange (AMQP default), routing key orders')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Redrive all' }));
    await screen.findByRole('dialog', { name: 'Redrive all messages of queue orders.dlq?' });
    expect(sentTo(/\/move$/)).toBeUndefined();
    await confirmMove('Redrive all');
    expect(await screen.findByText('Move complete')).toBeTruthy();
    expect(sentTo(/\/move$/)).toEqual({ target: { kind: 'redrive' }, select: { mode: 'all' }, filter: {}, include_moved: false });
  });

  it('Cancel aborts the request and says what is left', async () => {
    let stream: ReturnType<typeof streamedAnswer> | undefined;
    let signal: AbortSignal | null | undefined;
    answerBy(fetchMock, [
      [/\/api\/queues\?/, emptyList],
      [
        /\/move$/,
        (init) => {
          signal = init?.signal;
          return (stream = streamedAnswer(signal)).response;
        },
      ],
    ]);
    render(<MovePanel vhost="/" name="orders" />, { wrapper });
    fireEvent.click(screen.getByLabelText('An exchange, with a routing key'));
    fireEvent.change(screen.getByLabelText('Exchange'), { target: { value: 'archive' } });
    fireEvent.change(screen.getByLabelText('Routing key'), { target: { value: 'old' } });
    fireEvent.click(screen.getByLabelText('The first N'));
    fireEvent.change(screen.getByLabelText('Number of messages (N)'), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move messages' }));
    await screen.findByRole('dialog', { name: 'Move the first 20 messages from queue orders to exchange archive, routing key old?' });
    await confirmMove();
    await waitFor(() => expect(stream).toBeDefined());
    expect(sentTo(/\/move$/)).toMatchObject({ target: { kind: 'exchange', name: 'archive', routing_key: 'old' }, select: { mode: 'first', count: 20 } });
    act(() => stream!.line(progress(5, { source_at_start: 100 })));
    await screen.findByText('5 of 20 looked at · 5 moved');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect(signal?.aborted).toBe(true);
    const report = (await screen.findByText('Move cancelled')).closest('[role]')!;
    expect(report.textContent).toContain('what had not been moved stays in orders');
    expect(report.textContent).toContain('Moved5');
  });
});

import { act, fireEvent, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { BulkEvent, BulkProgress } from '@/lib/api/messages';
import { readNdjson, useBulkPublish } from '@/lib/queries/messages/bulk-publish';
import type { BulkPublish } from '@/lib/schemas/messages';
import { PublishPanel } from './publish-panel';
import { setUpPublishTests, wrapper } from './publish-test-setup';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = setUpPublishTests();

const progress = (confirmed: number, extra: Partial<BulkProgress> = {}): BulkProgress => ({
  type: 'progress',
  requested: 3,
  published: confirmed,
  confirmed,
  returned: 0,
  nacked: 0,
  elapsed_ms: confirmed * 500,
  rate: 2,
  ...extra,
});

/** A streamed answer whose chunks the test pushes one at a time; an abort of the request errors it, as fetch does. */
function streamedAnswer(signal?: AbortSignal | null) {
  let push: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({ start: (controller) => void (push = controller) });
  signal?.addEventListener('abort', () => push?.error(new DOMException('The operation was aborted.', 'AbortError')));
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson' } }),
    send: (text: string | Uint8Array) => push!.enqueue(typeof text === 'string' ? encoder.encode(text) : text),
    close: () => push!.close(),
  };
}

describe('readNdjson', () => {
  it('joins lines split across chunks, even inside a multi-byte character, and reads a last line without a newline', async () => {
    const events: BulkEvent[] = [progress(1), progress(2, { return_text: 'NO_ROUTE — ünroutable' }), { ...progress(3), type: 'done', ended: 'complete' }];
    const bytes = new TextEncoder().encode(events.map((event) => JSON.stringify(event)).join('\n'));
    // Cut inside the first line, between the first line's last byte and its newline, and in the
    // middle of "—" (3 bytes in UTF-8) and of "ü" (2).
    const dash = bytes.indexOf(0xe2);
    const umlaut = bytes.indexOf(0xc3);
    const newline = bytes.indexOf(0x0a);
    const cuts = [0, 10, newline, dash + 1, dash + 2, umlaut + 1, bytes.length];
    const chunks = cuts.slice(1).map((end, i) => bytes.slice(cuts[i], end));
    expect(cuts).toEqual([...cuts].sort((a, b) => a - b));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
    const read: BulkEvent[] = [];
    await readNdjson<BulkEvent>(body, (event) => read.push(event));
    expect(read).toEqual(events);
  });
});

describe('bulk publish from the panel', () => {
  it('shows the progress as lines arrive, split across chunks, and ends with the report', async () => {
    const stream = streamedAnswer();
    fetchMock.mockResolvedValueOnce(stream.response);
    render(<PublishPanel vhost="shop" exchange="orders" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Number of messages'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Payload'), { target: { value: 'order {{seq}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish 3 messages' }));

    const bar = await screen.findByRole('progressbar', { name: 'Messages confirmed' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/exchanges/shop/orders/publish-bulk');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toMatchObject({ count: 3, message: { payload: 'order {{seq}}', payload_encoding: 'string' } });

    const first = JSON.stringify(progress(1));
    act(() => stream.send(first.slice(0, 10)));
    act(() => stream.send(`${first.slice(10)}\n${JSON.stringify(progress(2)).slice(0, 5)}`));
    await waitFor(() => expect(bar.getAttribute('value')).toBe('1'));
    expect(bar.getAttribute('max')).toBe('3');
    expect(screen.getByText('1 of 3 confirmed')).toBeTruthy();
    expect(screen.getByText('2.00 msg/s')).toBeTruthy();
    expect(screen.getByText('about 1s left')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();

    const done: BulkEvent = { ...progress(3), type: 'done', returned: 1, return_text: 'NO_ROUTE', elapsed_ms: 1500, ended: 'complete' };
    act(() => stream.send(`${JSON.stringify(progress(2)).slice(5)}\n${JSON.stringify(done)}\n`));
    act(() => stream.close());

    const report = await screen.findByText('Bulk publish complete');
    const alert = report.closest('[role]')!;
    expect(alert.textContent).toContain('Published3');
    expect(alert.textContent).toContain('Confirmed3');
    expect(alert.textContent).toContain('Returned1 (first: NO_ROUTE)');
    expect(alert.textContent).toContain('Elapsed1.5 s');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });
});

describe('useBulkPublish', () => {
  const body: BulkPublish = {
    message: { routing_key: 'k', properties: { delivery_mode: 2 }, headers: {}, payload: '', payload_encoding: 'string', mandatory: true },
    count: 3,
  };

  it('cancels by aborting the request, and reports the last known counts as cancelled', async () => {
    let stream: ReturnType<typeof streamedAnswer> | undefined;
    fetchMock.mockImplementationOnce(async (_url, init) => (stream = streamedAnswer(init?.signal)).response);
    const { result } = renderHook(() => useBulkPublish(), { wrapper });
    let run: Promise<void> = Promise.resolve();
    act(() => void (run = result.current.start('/', '', body)));
    await waitFor(() => expect(stream).toBeDefined());
    act(() => stream!.send(`${JSON.stringify(progress(2))}\n`));
    await waitFor(() => expect(result.current.progress?.confirmed).toBe(2));
    expect(result.current.running).toBe(true);

    await act(async () => {
      result.current.cancel();
      await run;
    });
    expect(fetchMock.mock.calls[0]![1]?.signal?.aborted).toBe(true);
    expect(result.current.running).toBe(false);
    expect(result.current.report).toMatchObject({ ended: 'cancelled', confirmed: 2, requested: 3 });
    expect(result.current.error).toBeNull();
  });

  it('turns a refused request into an ApiError without a report', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No exchange nope in vhost /' } }), { status: 404 }),
    );
    const { result } = renderHook(() => useBulkPublish(), { wrapper });
    await act(() => result.current.start('/', 'nope', body));
    expect(result.current.error).toMatchObject({ code: 'NOT_FOUND', status: 404, message: 'No exchange nope in vhost /' });
    expect(result.current.report).toBeNull();
  });

  it('keeps the progress of a failure reported in the stream', async () => {
    const stream = streamedAnswer();
    fetchMock.mockResolvedValueOnce(stream.response);
    stream.send(`${JSON.stringify({ type: 'error', code: 'BROKER_BLOCKED', message: 'blocked', progress: { ...progress(1), type: 'done', ended: 'failed' } })}\n`);
    stream.close();
    const { result } = renderHook(() => useBulkPublish(), { wrapper });
    await act(() => result.current.start('/', 'orders', body));
    expect(result.current.error).toMatchObject({ code: 'BROKER_BLOCKED', message: 'blocked' });
    expect(result.current.report).toMatchObject({ ended: 'failed', confirmed: 1 });
  });

  it('aborts the request when the component unmounts', async () => {
    let signal: AbortSignal | null | undefined;
    fetchMock.mockImplementationOnce(async (_url, init) => {
      signal = init?.signal;
      return streamedAnswer(signal).response;
    });
    const { result, unmount } = renderHook(() => useBulkPublish(), { wrapper });
    act(() => void result.current.start('/', 'orders', body));
    await waitFor(() => expect(signal).toBeDefined());
    unmount();
    expect(signal?.aborted).toBe(true);
  });
});

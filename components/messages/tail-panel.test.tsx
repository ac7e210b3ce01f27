import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FetchedMessage } from '@/lib/api/messages';
import { FakeEventSource, installFakeEventSource } from './fake-event-source';
import { TailPanel } from './tail-panel';
import { jsonAnswer, mockFetch, wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = mockFetch();
const lastSource = installFakeEventSource();

let position = 0;
const delivery = (payload: string, routingKey = 'orders.eu'): FetchedMessage => ({
  position: ++position,
  exchange: 'orders',
  routing_key: routingKey,
  redelivered: false,
  properties: {},
  headers: {},
  payload,
  payload_encoding: 'string',
  payload_bytes: payload.length,
  truncated: false,
  fingerprint: 'f'.repeat(43),
});
const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start' }));
const headings = () => screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);

describe('TailPanel', { timeout: 15_000 }, () => {
  it('tails with a pattern: the temporary queue, messages newest first, stats, filter, pause and resume, then Stop closes the stream', async () => {
    render(<TailPanel vhost="/" exchange="orders" exchangeType="topic" />, { wrapper });
    expect(screen.getByText(/temporary queue \(warren\.tail\.…\)/)).toBeTruthy();
    const pattern = screen.getByLabelText('Routing key pattern') as HTMLInputElement;
    expect(pattern.value).toBe('#');
    fireEvent.change(pattern, { target: { value: 'orders.#' } });
    start();
    const source = lastSource();
    expect(source.url).toBe('/api/exchanges/%2F/orders/tail?routing_key=orders.%23');
    expect(screen.getByText('Starting…')).toBeTruthy();

    act(() => source.emit('start', { queue: 'warren.tail.warren-admin.1234' }));
    expect(await screen.findByText('Temporary queue warren.tail.warren-admin.1234')).toBeTruthy();
    act(() => {
      source.emit('message', delivery('first 水'));
      source.emit('message', delivery('second', 'orders.us'));
      source.emit('stats', { queue: 'warren.tail.warren-admin.1234', received: 2, rate: 1.5 });
    });
    await waitFor(() => expect(headings()).toEqual(['Message 2', 'Message 1']));
    expect(screen.getByText('Received 2')).toBeTruthy();
    expect(screen.getByText('1.50 msg/s')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Filter messages'), { target: { value: 'ORDERS.US' } });
    await waitFor(() => expect(headings()).toEqual(['Message 2']));
    fireEvent.change(screen.getByLabelText('Filter messages'), { target: { value: '' } });

    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    act(() => source.emit('message', delivery('third')));
    expect(await screen.findByText('Paused: 1 newer message not shown.')).toBeTruthy();
    expect(headings()).toEqual(['Message 2', 'Message 1']);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(headings()).toEqual(['Message 3', 'Message 2', 'Message 1']));

    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(source.closed).toBe(true);
    expect(screen.getByText('Stopped')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    // What was shown stays to read.
    expect(headings()).toHaveLength(3);
  });

  it('keeps the newest 1,000 and draws 50 at a time', async () => {
    render(<TailPanel vhost="/" exchange="logs" exchangeType="fanout" />, { wrapper });
    expect(screen.queryByLabelText(/Routing key/)).toBeNull();
    start();
    const source = lastSource();
    expect(source.url).toBe('/api/exchanges/%2F/logs/tail?routing_key=');
    act(() => {
      source.emit('start', { queue: 'warren.tail.x' });
      for (let i = 0; i < 1005; i++) source.emit('message', delivery(`line ${i}`));
    });
    expect(await screen.findByText('Showing 50 of 1,000 kept (the newest 1,000, newest first).')).toBeTruthy();
    expect(headings()).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'Show 50 more' })).toBeTruthy();
  });

  it('closes the stream when the page goes', () => {
    const { unmount } = render(<TailPanel vhost="/" exchange="orders" exchangeType="direct" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Routing key'), { target: { value: 'eu' } });
    start();
    const source = lastSource();
    expect(source.url).toBe('/api/exchanges/%2F/orders/tail?routing_key=eu');
    unmount();
    expect(source.closed).toBe(true);
  });

  it('binds a headers exchange with x-match and typed header arguments', () => {
    render(<TailPanel vhost="team-a" exchange="docs" exchangeType="headers" />, { wrapper });
    fireEvent.change(screen.getByLabelText('x-match'), { target: { value: 'any' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add header' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Binding arguments 1 key' }), { target: { value: 'format' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Binding arguments 1 value' }), { target: { value: 'pdf' } });
    start();
    const url = new URL(lastSource().url, 'http://warren');
    expect(url.pathname).toBe('/api/exchanges/team-a/docs/tail');
    expect(JSON.parse(url.searchParams.get('headers')!)).toEqual({ 'x-match': 'any', format: 'pdf' });
  });

  it('says why a tail ended: the session (log in again), the queue deleted', async () => {
    render(<TailPanel vhost="/" exchange="orders" exchangeType="topic" />, { wrapper });
    start();
    act(() => lastSource().emit('start', { queue: 'warren.tail.q1' }));
    act(() => lastSource().emit('end', { reason: 'session' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Your session has ended: log in again to keep tailing.');
    expect(screen.getByRole('link', { name: 'Log in again' }).getAttribute('href')).toBe('/login?next=%2F');
    expect(lastSource().closed).toBe(true);

    start();
    act(() => lastSource().emit('start', { queue: 'warren.tail.q2' }));
    act(() => lastSource().emit('end', { reason: 'queue_deleted', message: 'The tail queue was deleted' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The temporary queue warren.tail.q2 was deleted');
  });

  it('reads why a tail was refused before it started (EventSource cannot)', async () => {
    fetchMock.mockResolvedValueOnce(jsonAnswer({ error: { code: 'ACCESS_REFUSED', message: 'read access to exchange orders refused' } }, 403));
    render(<TailPanel vhost="/" exchange="orders" exchangeType="topic" />, { wrapper });
    start();
    act(() => lastSource().fail(FakeEventSource.CLOSED));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The tail could not start');
    expect(alert.textContent).toContain('read access to exchange orders refused');
    expect(fetchMock.mock.calls[0]?.[0]).toBe(lastSource().url);
    expect(fetchMock.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it('says it is reconnecting while the browser retries a broken stream', async () => {
    render(<TailPanel vhost="/" exchange="orders" exchangeType="topic" />, { wrapper });
    start();
    act(() => lastSource().emit('start', { queue: 'warren.tail.q1' }));
    act(() => lastSource().fail(FakeEventSource.CONNECTING));
    expect(await screen.findByText('Connection lost, reconnecting…')).toBeTruthy();
    act(() => lastSource().emit('start', { queue: 'warren.tail.q2' }));
    expect(await screen.findByText('Temporary queue warren.tail.q2')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('does not offer to tail the default exchange', () => {
    render(<TailPanel vhost="/" exchange="" exchangeType="direct" />, { wrapper });
    expect(within(screen.getByRole('status')).getByText(/The default exchange cannot be tailed/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start' })).toBeNull();
  });
});

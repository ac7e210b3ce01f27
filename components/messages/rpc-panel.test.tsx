import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FetchedMessage, RpcResult } from '@/lib/api/messages';
import { RpcPanel } from './rpc-panel';
import { jsonAnswer, mockFetch, wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = mockFetch();

const reply = (correlationId: string): FetchedMessage => ({
  position: 1,
  exchange: '',
  routing_key: 'amq.gen-reply',
  redelivered: false,
  properties: { correlation_id: correlationId },
  headers: {},
  payload: '832040',
  payload_encoding: 'string',
  payload_bytes: 6,
  truncated: false,
  fingerprint: 'f'.repeat(43),
});
const sentBody = (call = 0) => JSON.parse(String(fetchMock.mock.calls[call]?.[1]?.body)) as Record<string, unknown>;
const call = (name: string | RegExp = /^Call/) => fireEvent.click(screen.getByRole('button', { name }));

describe('RpcPanel', { timeout: 15_000 }, () => {
  it('calls the queue’s server and shows the reply, the correlation check and the round trip; Call again keeps the form', async () => {
    const result: RpcResult = { outcome: 'reply', reply: reply('c-1'), correlation_id: 'c-1', correlation_matches: true, round_trip_ms: 12.5 };
    fetchMock.mockResolvedValue(jsonAnswer(result));
    render(<RpcPanel vhost="/" exchange="" routingKey="rpc_queue" lockRoutingKey />, { wrapper });
    const key = screen.getByLabelText('Routing key') as HTMLInputElement;
    expect(key.value).toBe('rpc_queue');
    expect(key.readOnly).toBe(true);
    expect((screen.getByLabelText('Timeout (ms)') as HTMLInputElement).value).toBe('5000');
    fireEvent.change(screen.getByLabelText('Payload'), { target: { value: '30' } });
    call('Call');

    expect(await screen.findByText('Reply received · round trip 12.5 ms')).toBeTruthy();
    expect(screen.getByText('correlation_id matches')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Reply' })).toBeTruthy();
    expect(screen.getByText('832040')).toBeTruthy();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/exchanges/%2F/amq.default/rpc');
    expect(sentBody()).toMatchObject({ message: { routing_key: 'rpc_queue', payload: '30', payload_encoding: 'string', mandatory: true }, timeout_ms: 5000 });

    call('Call again');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(sentBody(1)).toMatchObject({ message: { payload: '30' } });
  });

  it('says plainly when no reply came in time, when no queue took the request, and when the correlation differs', async () => {
    render(<RpcPanel vhost="/" exchange="" routingKey="nobody_home" lockRoutingKey />, { wrapper });
    fireEvent.change(screen.getByLabelText('Timeout (ms)'), { target: { value: '1500' } });
    fetchMock.mockResolvedValueOnce(jsonAnswer({ outcome: 'timeout', waited_ms: 1500, correlation_id: 'c-2' }));
    call();
    expect((await screen.findByRole('alert')).textContent).toContain('No reply within 1.5 s: is an RPC server consuming from queue nobody_home?');
    expect(sentBody()).toMatchObject({ timeout_ms: 1500 });

    fetchMock.mockResolvedValueOnce(jsonAnswer({ outcome: 'returned', reply_code: 312, reply_text: 'NO_ROUTE', correlation_id: 'c-3' }));
    call();
    expect(await screen.findByText('No queue took the request: NO_ROUTE')).toBeTruthy();

    fetchMock.mockResolvedValueOnce(jsonAnswer({ outcome: 'reply', reply: reply('other'), correlation_id: 'c-4', correlation_matches: false, round_trip_ms: 3 }));
    call();
    expect(await screen.findByText('correlation_id does not match')).toBeTruthy();
    expect(screen.getByText(/sent c-4, the reply has other/)).toBeTruthy();
  });

  it('names the binding on an exchange, refuses bad input on its field, and shows a refusal in place', async () => {
    render(<RpcPanel vhost="/" exchange="calc" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Routing key'), { target: { value: 'fib' } });
    fireEvent.change(screen.getByLabelText('Payload encoding'), { target: { value: 'json' } });
    fireEvent.change(screen.getByLabelText('Payload'), { target: { value: '{oops' } });
    fireEvent.change(screen.getByLabelText('Timeout (ms)'), { target: { value: '99' } });
    call();
    expect(await screen.findByText(/The payload is not valid JSON/)).toBeTruthy();
    expect(screen.getByText('Enter a whole number of milliseconds from 100 to 60000')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Payload'), { target: { value: '{"n": 10}' } });
    fireEvent.change(screen.getByLabelText('Timeout (ms)'), { target: { value: '300' } });
    fetchMock.mockResolvedValueOnce(jsonAnswer({ outcome: 'timeout', waited_ms: 300, correlation_id: 'c-5' }));
    call();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'No reply within 0.3 s: is an RPC server consuming from a queue bound to exchange calc with routing key fib?',
    );
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/exchanges/%2F/calc/rpc');

    fetchMock.mockResolvedValueOnce(jsonAnswer({ error: { code: 'ACCESS_REFUSED', message: 'write access to exchange calc refused' } }, 403));
    call();
    const alert = await screen.findByText('The RPC call failed');
    expect(alert.closest('[role="alert"]')!.textContent).toContain('write access to exchange calc refused');
  });
});

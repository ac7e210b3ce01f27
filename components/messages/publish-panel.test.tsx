import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PublishOutcome } from '@/lib/api/messages';
import { PublishPanel } from './publish-panel';
import { setUpPublishTests, wrapper } from './publish-test-setup';

// The provider's language switch needs a router.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const fetchMock = setUpPublishTests();

const answer = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function fillPayload(encoding: 'string' | 'json' | 'base64', payload: string) {
  fireEvent.change(screen.getByLabelText('Payload encoding'), { target: { value: encoding } });
  fireEvent.change(screen.getByLabelText('Payload'), { target: { value: payload } });
}

describe('PublishPanel', () => {
  it('refuses an invalid JSON payload with the parser’s message, and sends nothing', async () => {
    render(<PublishPanel vhost="/" exchange="orders" />, { wrapper });
    const bad = '{"id": 1,}';
    let parserMessage = '';
    try {
      JSON.parse(bad);
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    fillPayload('json', bad);
    fireEvent.click(screen.getByRole('button', { name: 'Publish message' }));

    const error = await screen.findByText(`The payload is not valid JSON: ${parserMessage}`);
    expect(error.getAttribute('role')).toBe('alert');
    expect(screen.getByLabelText('Payload').getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a priority out of range on its field', async () => {
    render(<PublishPanel vhost="/" exchange="orders" />, { wrapper });
    fireEvent.change(screen.getByLabelText('priority'), { target: { value: '300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish message' }));
    expect(await screen.findByText('priority is a whole number from 0 to 255')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it.each<[PublishOutcome, string, string]>([
    [{ outcome: 'routed' }, 'Message published and routed', 'status'],
    [{ outcome: 'returned', reply_code: 312, reply_text: 'NO_ROUTE' }, 'Message published but not routed — returned: NO_ROUTE', 'alert'],
    [{ outcome: 'nacked' }, 'Message nacked by the broker', 'alert'],
  ])('says what the broker did: %j', async (outcome, sentence, role) => {
    fetchMock.mockResolvedValueOnce(answer(outcome));
    render(<PublishPanel vhost="/" exchange="" routingKey="orders" lockRoutingKey />, { wrapper });
    fillPayload('json', '{"id": 1}');
    fireEvent.click(screen.getByRole('button', { name: 'Publish message' }));

    const shown = await screen.findByText(sentence);
    expect(shown.closest('[role]')?.getAttribute('role')).toBe(role);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/exchanges/%2F/amq.default/publish');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toMatchObject({
      routing_key: 'orders',
      payload: '{"id": 1}',
      payload_encoding: 'json',
      mandatory: true,
      properties: { delivery_mode: 2 },
    });
    // The form keeps its values after publishing.
    expect((screen.getByLabelText('Payload') as HTMLTextAreaElement).value).toBe('{"id": 1}');
  });

  it('shows the server’s error where the user published', async () => {
    fetchMock.mockResolvedValueOnce(
      answer({ error: { code: 'BROKER_BLOCKED', message: 'The broker is blocking publishers: memory alarm' } }, 503),
    );
    render(<PublishPanel vhost="/" exchange="orders" />, { wrapper });
    fireEvent.click(screen.getByRole('button', { name: 'Publish message' }));
    expect(await screen.findByText('The broker is blocking publishers: memory alarm')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Failed to publish the message');
  });

  it('pretty-prints a JSON template and keeps its placeholders', async () => {
    render(<PublishPanel vhost="/" exchange="orders" />, { wrapper });
    fillPayload('json', '{"n":{{seq}},"id":"o-{{uuid}}"}');
    fireEvent.click(screen.getByRole('button', { name: 'Format the JSON payload' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Payload') as HTMLTextAreaElement).value).toBe('{\n  "n": {{seq}},\n  "id": "o-{{uuid}}"\n}'),
    );
  });

  it('refuses a payload over 16 MiB in the browser', async () => {
    render(<PublishPanel vhost="/" exchange="orders" />, { wrapper });
    fillPayload('string', 'x'.repeat(16 * 1024 * 1024 + 1));
    fireEvent.click(screen.getByRole('button', { name: 'Publish message' }));
    expect(await screen.findByText('The payload is 16.0 MiB (16777217 bytes); Warren publishes at most 16.0 MiB')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('publishes a chosen file as base64 without putting it in the text box, until it is cleared', async () => {
    fetchMock.mockResolvedValueOnce(answer({ outcome: 'routed' }));
    render(<PublishPanel vhost="/" exchange="orders" />, { wrapper });
    fireEvent.change(screen.getByLabelText('Payload encoding'), { target: { value: 'base64' } });
    const file = new File([new Uint8Array([0, 1, 2, 250, 255])], 'blob.bin');
    fireEvent.change(screen.getByLabelText('Choose file…'), { target: { files: [file] } });
    expect(await screen.findByText('From file blob.bin (5 B)')).toBeTruthy();
    const box = screen.getByLabelText('Payload') as HTMLTextAreaElement;
    expect([box.value, box.readOnly]).toEqual(['', true]);
    fireEvent.click(screen.getByRole('button', { name: 'Publish message' }));
    await screen.findByText('Message published and routed');
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toMatchObject({ payload: 'AAEC+v8=', payload_encoding: 'base64' });
    fireEvent.click(screen.getByRole('button', { name: 'Clear file' }));
    expect((screen.getByLabelText('Payload') as HTMLTextAreaElement).readOnly).toBe(false);
    expect(screen.queryByText('From file blob.bin (5 B)')).toBeNull();
  });

  it('refuses pasted text that is not base64', async () => {
    render(<PublishPanel vhost="/" exchange="orders" />, { wrapper });
    fillPayload('base64', 'not base64!');
    fireEvent.click(screen.getByRole('button', { name: 'Publish message' }));
    expect(await screen.findByText('The payload is not valid base64')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

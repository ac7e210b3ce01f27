import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PayloadViewer } from './payload-viewer';
import type { PayloadOf } from './payload';
import { wrapper } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

afterEach(cleanup);

const text = (payload: string, more: Partial<PayloadOf> = {}): PayloadOf => ({
  payload,
  payload_encoding: 'string',
  payload_bytes: new TextEncoder().encode(payload).length,
  truncated: false,
  ...more,
});

const panel = () => screen.getByRole('tabpanel');

describe('PayloadViewer', () => {
  it('opens JSON as a tree whose objects and arrays fold', async () => {
    const payload = JSON.stringify({ order: { id: 42, items: ['apple', 'pear'] }, paid: true });
    render(<PayloadViewer message={text(payload)} label="Payload" />, { wrapper });
    expect(screen.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
    const tree = within(panel()).getByRole('list', { name: 'Payload as JSON' });
    expect(within(tree).getByText('42')).toBeTruthy();
    expect(within(tree).getByText('true')).toBeTruthy();
    // Third level: collapsed at first, its entries not rendered.
    const items = within(tree).getByRole('button', { name: /"items"/ });
    expect(items.getAttribute('aria-expanded')).toBe('false');
    expect(within(tree).queryByText('"apple"')).toBeNull();
    await act(async () => fireEvent.click(items));
    expect(items.getAttribute('aria-expanded')).toBe('true');
    expect(within(tree).getByText('"apple"')).toBeTruthy();
    // Folding an upper level hides what is below it.
    const order = within(tree).getByRole('button', { name: /"order"/ });
    await act(async () => fireEvent.click(order));
    expect(order.getAttribute('aria-expanded')).toBe('false');
    expect(within(tree).queryByText('42')).toBeNull();
    expect(order.textContent).toContain('2 keys');
  });

  it('dumps a binary payload in hex with offsets and an ASCII column, and says why Text shows nothing', async () => {
    const bytes = Uint8Array.from([...Array.from({ length: 16 }, (_, i) => i), 0x48, 0x69, 0xff]);
    const base64 = btoa(String.fromCharCode(...bytes));
    render(<PayloadViewer message={{ payload: base64, payload_encoding: 'base64', payload_bytes: bytes.length, truncated: false }} label="Payload" />, {
      wrapper,
    });
    expect(screen.getByRole('tab', { name: 'Hex' }).getAttribute('aria-selected')).toBe('true');
    const dump = panel().querySelector('pre')?.textContent ?? '';
    const lines = dump.split('\n');
    expect(lines[0]).toBe('00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  |................|');
    expect(lines[1]).toMatch(/^00000010 {2}48 69 ff {2}/);
    expect(lines[1]).toMatch(/\|Hi\.\|$/);

    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Text' })));
    expect(panel().textContent).toMatch(/binary/);
    expect(panel().querySelector('pre')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Base64' })));
    expect(panel().textContent).toBe(base64);
  });

  it('says how much of a truncated payload it shows, and does not try to parse the cut JSON', () => {
    const shown = '{"a":"' + 'x'.repeat(2042);
    render(<PayloadViewer message={text(shown, { payload_bytes: 1024 * 1024, truncated: true })} label="Payload" />, { wrapper });
    expect(screen.getByText('Showing the first 2.00 KiB of 1.00 MiB')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Text' }).getAttribute('aria-selected')).toBe('true');
    expect(panel().textContent).toBe(shown);
  });

  it('moves between views with the arrow keys', async () => {
    render(<PayloadViewer message={text('plain words')} label="Payload" />, { wrapper });
    const textTab = screen.getByRole('tab', { name: 'Text' });
    await act(async () => fireEvent.keyDown(textTab, { key: 'ArrowRight' }));
    expect(screen.getByRole('tab', { name: 'JSON' }).getAttribute('aria-selected')).toBe('true');
    expect(panel().textContent).toBe('This payload is not valid JSON.');
    await act(async () => fireEvent.keyDown(textTab, { key: 'End' }));
    expect(panel().textContent).toBe(btoa('plain words'));
  });

  it('says an empty payload is empty', () => {
    render(<PayloadViewer message={text('')} label="Payload" />, { wrapper });
    expect(screen.getByText('Empty payload (0 bytes)')).toBeTruthy();
    expect(screen.queryByRole('tablist')).toBeNull();
  });
});

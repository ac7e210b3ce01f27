import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PolicyPreview } from '@/lib/api/admin-policies';
import { PolicyForm } from './policy-form';
import { json, mockFetch, wrapperFor } from './test-support';

vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined }),
  usePathname: () => '/admin/policies',
  useSearchParams: () => new URLSearchParams(),
}));

const fetchMock = mockFetch();

const preview: PolicyPreview = {
  vhost: '/',
  pattern: '^orders',
  applyTo: 'all',
  existing: null,
  queues: { matched: 1, total: 3, items: [{ name: 'orders.eu', type: 'classic', current: 'old', outcome: { kind: 'replaces', current: 'old', priority: -1 } }] },
  exchanges: { matched: 0, total: 7, items: [] },
};

function answer(version = '3.10.8') {
  fetchMock.mockImplementation(async (input, init) => {
    const url = String(input);
    if (url.startsWith('/api/vhosts')) return json([{ name: '/' }, { name: 'team-a' }]);
    if (url.startsWith('/api/overview')) return json({ rabbitmq_version: version });
    if (url.startsWith('/api/policies/preview')) return json(preview);
    if (init?.method === 'PUT') return json({ created: true }, 201);
    return json({ error: { code: 'NOT_FOUND', message: 'no route' } }, 404);
  });
}
const calls = (part: string) => fetchMock.mock.calls.filter(([url]) => String(url).includes(part));

describe('PolicyForm', () => {
  it('refuses a pattern that is not a regular expression as it is typed, and never sends it', async () => {
    answer();
    render(<PolicyForm kind="policy" defaultVhost="/" />, { wrapper: wrapperFor(['policymaker']) });
    fireEvent.change(screen.getByLabelText('Pattern'), { target: { value: '^(orders' } });
    expect((await screen.findByText(/^Invalid regular expression:/)).getAttribute('role')).toBe('alert');
    expect(screen.getByRole('button', { name: 'Save policy' })).toHaveProperty('disabled', true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls('/preview')).toHaveLength(0);
  });

  it('previews what the pattern matches before saving, then saves the typed definition', async () => {
    answer();
    render(<PolicyForm kind="policy" defaultVhost="/" />, { wrapper: wrapperFor(['policymaker']) });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'cap' } });
    fireEvent.click(screen.getByRole('button', { name: 'Max length' }));
    fireEvent.change(screen.getByLabelText('Definition 1 value'), { target: { value: '10' } });
    expect((screen.getByLabelText('Definition 1 type') as HTMLSelectElement).value).toBe('number');
    fireEvent.change(screen.getByLabelText('Pattern'), { target: { value: '^orders' } });

    const table = await screen.findByRole('table', { name: 'Queues' });
    expect(within(table).getByRole('row', { name: /orders\.eu/ }).textContent).toContain('Applies instead of old (priority -1)');
    expect(screen.getByText('Queues: 1 of 3 match')).toBeTruthy();
    const [url] = calls('/preview').at(-1)!;
    expect(String(url)).toContain(`pattern=${encodeURIComponent('^orders')}`);
    expect(String(url)).toContain('keys=max-length');

    const save = screen.getByRole('button', { name: 'Save policy' });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    fireEvent.click(save);
    await waitFor(() => expect(calls('/api/policies/%2F/cap')).toHaveLength(1));
    const [, init] = calls('/api/policies/%2F/cap')[0]!;
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(String(init?.body))).toEqual({ pattern: '^orders', 'apply-to': 'all', priority: 0, definition: { 'max-length': 10 } });
  });

  it('says which value the broker would refuse instead of sending it', async () => {
    answer();
    render(<PolicyForm kind="policy" defaultVhost="/" />, { wrapper: wrapperFor(['policymaker']) });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'cap' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overflow behaviour' }));
    fireEvent.change(screen.getByLabelText('Definition 1 value'), { target: { value: 'drop-tail' } });
    fireEvent.change(screen.getByLabelText('Pattern'), { target: { value: '.*' } });
    const save = screen.getByRole('button', { name: 'Save policy' });
    await waitFor(() => expect(save).toHaveProperty('disabled', false));
    fireEvent.click(save);
    expect(await screen.findByText('overflow: expected one of drop-head, reject-publish, reject-publish-dlx')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });

  it('offers the apply-to values of the broker’s version, and the operator policies’ narrower helpers', async () => {
    answer('3.10.8');
    const { unmount } = render(<PolicyForm kind="policy" defaultVhost="/" />, { wrapper: wrapperFor(['administrator']) });
    const options = () => within(screen.getByLabelText('Apply to')).getAllByRole('option').map((option) => option.textContent);
    await waitFor(() => expect(calls('/api/overview').length).toBeGreaterThan(0));
    expect(options()).toEqual(['Exchanges and queues', 'Exchanges', 'Queues']);
    unmount();
    answer('3.12.1');
    render(<PolicyForm kind="operator" defaultVhost="/" />, { wrapper: wrapperFor(['administrator']) });
    await waitFor(() => expect(options()).toEqual(['Queues', 'Classic queues', 'Quorum queues', 'Streams']));
    expect(screen.queryByRole('button', { name: 'Overflow behaviour' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delivery limit' })).toBeTruthy();
  });
});

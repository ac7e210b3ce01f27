import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SessionProvider } from '@/components/shell/session-context';
import { jsonAnswer, mockFetch } from '@/components/messages/test-support';
import { I18nProvider } from '@/lib/i18n/i18n';
import { BulkDeleteUsers } from './bulk-delete-users';
import { SetPermissionForm } from './permission-form';
import { EditUserForm } from './user-form';

vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined, push: () => undefined }),
  usePathname: () => '/admin/users',
  useSearchParams: () => new URLSearchParams(),
}));

const fetchMock = mockFetch();
const MARKUP = '<img src=x onerror=alert(1)>';

function wrapperFor(username: string) {
  return function Wrapper({ children }: { children: ReactNode }) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
    return (
      <QueryClientProvider client={client}>
        <I18nProvider locale="en">
          <SessionProvider value={{ username, tags: ['administrator'] }}>{children}</SessionProvider>
        </I18nProvider>
      </QueryClientProvider>
    );
  };
}

/** Answers by method and path; records what was sent. */
function routes(answers: Record<string, () => Response>) {
  fetchMock.mockImplementation(async (input, init) => {
    const key = `${init?.method ?? 'GET'} ${String(input).split('?')[0]}`;
    const answer = answers[key];
    if (!answer) throw new Error(`unexpected request ${key}`);
    return answer();
  });
}
const sent = (method: string, path: string) =>
  fetchMock.mock.calls.filter(([input, init]) => (init?.method ?? 'GET') === method && String(input).startsWith(path)).map(([, init]) => JSON.parse(String(init?.body)));
const noContent = () => new Response(null, { status: 204 });

describe('BulkDeleteUsers', () => {
  it('lists the users in one confirmation, warns about yourself and the last administrator, and deletes them in one request', async () => {
    routes({ 'POST /api/users/bulk-delete': () => jsonAnswer({ deleted: ['alice', MARKUP], missing: [] }) });
    const onDeleted = vi.fn();
    render(<BulkDeleteUsers selected={['alice', MARKUP]} administrators={['alice']} onDeleted={onDeleted} />, { wrapper: wrapperFor('alice') });
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));

    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 selected users?' });
    const list = within(dialog).getByRole('list', { name: 'Users to delete' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['alice', MARKUP]);
    // The name is text, not markup.
    expect(dialog.querySelector('img')).toBeNull();
    const warning = within(dialog).getByRole('alert');
    expect(warning.textContent).toContain('You are logged in as this user');
    expect(warning.textContent).toContain('No administrator would be left');

    const confirm = within(dialog).getByRole('button', { name: 'Delete 2 users' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Type “delete 2 users” to confirm'), { target: { value: 'delete 2 users' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith({ deleted: ['alice', MARKUP], missing: [] }));
    expect(sent('POST', '/api/users/bulk-delete')).toEqual([{ users: ['alice', MARKUP] }]);
  });

  it('does not warn when another administrator stays', async () => {
    render(<BulkDeleteUsers selected={['bob']} administrators={['alice', 'bob']} onDeleted={() => undefined} />, { wrapper: wrapperFor('alice') });
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});

describe('EditUserForm', () => {
  const bob = { name: 'bob', tags: ['administrator', 'ops'], has_password: true, limits: {} };

  it('keeps the password unless one is typed: no password and no hash leave the browser', async () => {
    routes({ 'GET /api/users': () => jsonAnswer({ items: [], administrators: ['alice', 'bob'] }), 'PUT /api/users/bob': noContent });
    render(<EditUserForm user={bob} />, { wrapper: wrapperFor('alice') });
    expect((screen.getByLabelText('Keep the current password') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Update user' }));
    await waitFor(() => expect(sent('PUT', '/api/users/bob')).toEqual([{ tags: ['administrator', 'ops'], password_mode: 'keep' }]));
  });

  it('checks the confirmation of a new password before sending it', async () => {
    routes({ 'GET /api/users': () => jsonAnswer({ items: [], administrators: ['alice', 'bob'] }), 'PUT /api/users/bob': noContent });
    render(<EditUserForm user={bob} />, { wrapper: wrapperFor('alice') });
    fireEvent.click(screen.getByLabelText('Set a password'));
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'new-secret' } });
    fireEvent.change(screen.getByLabelText('Password (confirm)'), { target: { value: 'other' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update user' }));
    expect(await screen.findByText('The passwords do not match')).toBeTruthy();
    expect(sent('PUT', '/api/users/bob')).toEqual([]);
    fireEvent.change(screen.getByLabelText('Password (confirm)'), { target: { value: 'new-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update user' }));
    await waitFor(() => expect(sent('PUT', '/api/users/bob')).toEqual([{ tags: ['administrator', 'ops'], password_mode: 'set', password: 'new-secret' }]));
  });

  it('asks before the last administrator loses the tag, and says so', async () => {
    routes({ 'GET /api/users': () => jsonAnswer({ items: [], administrators: ['bob'] }), 'PUT /api/users/bob': noContent });
    render(<EditUserForm user={bob} />, { wrapper: wrapperFor('bob') });
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const admin = screen.getByRole('button', { name: 'Admin' });
    expect(admin.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(admin);
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('ops');
    fireEvent.click(screen.getByRole('button', { name: 'Update user' }));

    const dialog = await screen.findByRole('dialog', { name: 'Remove the administrator tag from bob?' });
    const warning = within(dialog).getByRole('alert').textContent;
    expect(warning).toContain('You are logged in as this user');
    expect(warning).toContain('This is the last administrator');
    expect(sent('PUT', '/api/users/bob')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Update user' }));
    await waitFor(() => expect(sent('PUT', '/api/users/bob')).toEqual([{ tags: ['ops'], password_mode: 'keep' }]));
  });
});

describe('SetPermissionForm', () => {
  it('starts with .* for all three, refuses an invalid regexp before sending, then sets the permission', async () => {
    routes({ 'GET /api/vhosts': () => jsonAnswer([{ name: '/' }, { name: 'team-a' }]), 'PUT /api/permissions/team-a/bob': noContent });
    render(<SetPermissionForm target={{ user: 'bob' }} />, { wrapper: wrapperFor('alice') });
    const form = screen.getByRole('form', { name: 'Set permission' });
    const vhost = (await within(form).findByRole('option', { name: 'team-a' })).closest('select')!;
    await waitFor(() => expect(vhost.value).toBe('/'));
    fireEvent.change(vhost, { target: { value: 'team-a' } });
    for (const label of ['Configure regexp', 'Write regexp', 'Read regexp']) expect((within(form).getByLabelText(label) as HTMLInputElement).value).toBe('.*');

    fireEvent.change(within(form).getByLabelText('Write regexp'), { target: { value: '(' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Set permission' }));
    expect((await within(form).findByText(/^Invalid regular expression: /)).textContent).toMatch(/Unterminated group/);
    expect(sent('PUT', '/api/permissions')).toEqual([]);

    fireEvent.change(within(form).getByLabelText('Write regexp'), { target: { value: '^orders\\.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Set permission' }));
    await waitFor(() => expect(sent('PUT', '/api/permissions/team-a/bob')).toEqual([{ configure: '.*', write: '^orders\\.', read: '.*' }]));
  });
});

import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { wrapperFor } from '@/components/admin/policies/test-support';
import { diffDefinitions } from '@/lib/definitions/diff';
import { parseDefinitions } from '@/lib/schemas/definitions';
import { ImportPreview } from './import-preview';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));
afterEach(cleanup);

function diffOf(file: unknown, vhost: string | null = null) {
  const parsed = parseDefinitions(file, { vhost }, '3.10.8');
  if (!parsed.ok) throw new Error('invalid');
  return diffDefinitions(
    parsed.file,
    {
      users: [{ name: 'app', password_hash: 'SECRET-HASH', tags: ['management'] }],
      vhosts: [{ name: '/', description: '', tags: [] }],
      policies: [{ vhost: '/', name: 'cap', pattern: '^a', 'apply-to': 'all', priority: 0, definition: { 'max-length': 1 } }],
      queues: [{ name: 'kept', vhost: '/', durable: true, auto_delete: false, arguments: {} }],
    },
    { vhost },
  );
}

describe('ImportPreview', () => {
  it('lists per category what is created, what changes field by field, and what is kept as it is', () => {
    const diff = diffOf({
      policies: [{ vhost: '/', name: 'cap', pattern: '^a', definition: { 'max-length': 2 } }],
      queues: [
        { name: 'new <img src=x onerror=alert(1)>', vhost: '/', durable: true, auto_delete: false },
        { name: 'kept', vhost: '/', durable: false, auto_delete: false },
      ],
    });
    render(<ImportPreview diff={diff} />, { wrapper: wrapperFor(['administrator']) });
    const created = screen.getByRole('table', { name: /^Queues to create/ });
    expect(within(created).getByText('new <img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    const changed = screen.getByRole('table', { name: /^Policies to change/ });
    const row = within(changed).getByRole('row', { name: /cap/ });
    expect(row.textContent).toContain('definition');
    expect(row.querySelector('del')?.textContent).toBe('{"max-length":1}');
    expect(row.querySelector('ins')?.textContent).toBe('{"max-length":2}');
    expect(screen.getByRole('table', { name: /^Queues defined otherwise, kept as they are/ })).toBeTruthy();
    expect(screen.getByText(/The broker keeps an existing queue or exchange as it is/)).toBeTruthy();
  });

  it('never shows a password hash, only that the password changes', () => {
    render(<ImportPreview diff={diffOf({ users: [{ name: 'app', password_hash: 'T1RIRVItSEFTSA==', tags: ['management'] }] })} />, {
      wrapper: wrapperFor(['administrator']),
    });
    expect(screen.getByText('password: changes (not shown)')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/HASH/);
  });

  it('says what an import into one vhost does not read', () => {
    render(<ImportPreview diff={diffOf({ users: [{ name: 'x' }], queues: [] }, 'team-a')} />, { wrapper: wrapperFor(['administrator']) });
    expect(screen.getByText('Not read in this import: users.')).toBeTruthy();
    expect(screen.getByText('Not read in an import into one virtual host (1 entry ignored).')).toBeTruthy();
  });
});

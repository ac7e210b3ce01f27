import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EffectivePolicy } from './effective-policy';
import { wrapperFor } from './test-support';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));
afterEach(cleanup);

describe('EffectivePolicy', () => {
  it('links a policymaker to the policy and the operator policy, and shows the definition in effect', () => {
    render(<EffectivePolicy vhost="/" policy="cap orders" operatorPolicy="op-cap" definition={{ 'max-length': 10, overflow: 'reject-publish' }} />, {
      wrapper: wrapperFor(['policymaker']),
    });
    const list = document.querySelector('dl[aria-label="Effective policy"]') as HTMLElement;
    expect(screen.getByRole('link', { name: 'cap orders' }).getAttribute('href')).toBe('/admin/policies/policy/%2F/cap%20orders');
    expect(screen.getByRole('link', { name: 'op-cap' }).getAttribute('href')).toBe('/admin/policies/operator/%2F/op-cap');
    expect(within(list).getByText('max-length')).toBeTruthy();
    expect(list.textContent).toContain('overflow = reject-publish');
  });

  it('shows the names without links to a user who may not see policies, and no operator row for an exchange', () => {
    render(<EffectivePolicy vhost="team-a" policy="<img src=x onerror=alert(1)>" />, { wrapper: wrapperFor(['management']) });
    expect(screen.queryByRole('link')).toBeNull();
    // Markup in a name is text.
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByText('Operator policy')).toBeNull();
    expect(screen.queryByText('Effective policy definition')).toBeNull();
  });

  it('says when no policy applies', () => {
    render(<EffectivePolicy vhost="/" policy={null} operatorPolicy={null} definition={[]} />, { wrapper: wrapperFor(['administrator']) });
    expect(screen.getAllByText('—')).toHaveLength(3);
  });
});

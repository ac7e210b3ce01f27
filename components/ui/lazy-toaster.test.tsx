import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toast } from '@/lib/toast';
import { LazyToaster } from './lazy-toaster';

afterEach(cleanup);

// The toast layer loads after the page; a toast shown before that must not be lost.
describe('LazyToaster', () => {
  it('shows a toast asked for before the toast library was loaded', async () => {
    render(<LazyToaster />);
    toast.success('Purged queue orders');
    expect(await screen.findByText('Purged queue orders')).toBeTruthy();
  });
});

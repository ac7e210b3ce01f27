import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/lib/i18n/i18n';
import { RangeSelect } from './range-select';

// The URL is the page's: useUrlParams reads next/navigation's search params and writes with
// the history API.
const url = vi.hoisted(() => ({ search: '' }));
vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined }),
  usePathname: () => '/queues/%2F/orders',
  useSearchParams: () => new URLSearchParams(url.search),
}));
const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale="en">{children}</I18nProvider>;

beforeEach(() => {
  url.search = '';
  window.history.replaceState(null, '', '/queues/%2F/orders');
});
afterEach(cleanup);

const options = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('RangeSelect', () => {
  it('offers only the ranges the broker keeps, the last ten minutes by default', () => {
    render(<RangeSelect retention={[60, 600, 3600, 86400]} />, { wrapper });
    const select = screen.getByRole('combobox', { name: 'Range' }) as HTMLSelectElement;
    expect(options()).toEqual(['Last minute', 'Last ten minutes', 'Last hour', 'Last day']);
    expect(select.value).toBe('600');
    expect(select.disabled).toBe(false);
  });

  it('keeps the choice in the URL (and the default out of it)', () => {
    render(<RangeSelect retention={[60, 600, 3600]} />, { wrapper });
    fireEvent.change(screen.getByRole('combobox', { name: 'Range' }), { target: { value: '3600' } });
    expect(window.location.search).toBe('?range=3600');
    url.search = 'range=3600';
    fireEvent.change(screen.getByRole('combobox', { name: 'Range' }), { target: { value: '600' } });
    expect(window.location.search).toBe('');
  });

  it('shows the range of the URL, disabled, until the broker says what it keeps', () => {
    url.search = 'range=3600';
    render(<RangeSelect retention={undefined} />, { wrapper });
    const select = screen.getByRole('combobox', { name: 'Range' }) as HTMLSelectElement;
    expect(options()).toEqual(['Last hour']);
    expect(select.disabled).toBe(true);
  });

  it('replaces a range the broker does not keep, in the URL too', () => {
    url.search = 'range=28800';
    window.history.replaceState(null, '', '/queues/%2F/orders?range=28800');
    render(<RangeSelect retention={[60, 600, 3600, 86400]} />, { wrapper });
    expect((screen.getByRole('combobox', { name: 'Range' }) as HTMLSelectElement).value).toBe('600');
    expect(window.location.search).toBe('');
  });
});

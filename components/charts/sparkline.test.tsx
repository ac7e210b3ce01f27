import { cleanup, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/lib/i18n/i18n';
import { Sparkline, sparklinePath } from './sparkline';

vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));
const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale="en">{children}</I18nProvider>;
afterEach(cleanup);

describe('Sparkline', () => {
  it('is an image named by its label and the latest value, in its unit', () => {
    render(<Sparkline values={[3, 1200, null]} label="Queue depth" unit="msg" />, { wrapper });
    expect(screen.getByRole('img', { name: 'Queue depth: latest 1,200 msg' })).toBeTruthy();
  });

  it('says when there are no samples yet', () => {
    render(<Sparkline values={undefined} label="Queue depth" />, { wrapper });
    expect(screen.getByRole('img', { name: 'Queue depth: no samples yet' })).toBeTruthy();
  });
});

describe('sparklinePath', () => {
  it('scales from zero to the highest value, breaks at a missing sample, and marks the last point', () => {
    expect(sparklinePath([0, 10, null, 5], 32, 12)).toEqual({ path: 'M1 11L11 1M31 6', last: { x: 31, y: 6 } });
  });

  it('draws nothing for no values, and a flat line for zeros', () => {
    expect(sparklinePath([], 32, 12)).toEqual({ path: '', last: null });
    expect(sparklinePath([0, 0], 32, 12).path).toBe('M1 11L31 11');
  });
});

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type uPlot from 'uplot';
import type { SeriesData } from '@/lib/api/series';
import { I18nProvider } from '@/lib/i18n/i18n';
import { TimeSeriesChart, type ChartSeries } from './time-series-chart';

// jsdom has no canvas: uPlot is replaced by a recorder of what the component asks of it, so
// these tests cover the React side (one chart per mount, data drawn in place, the legend, the
// hover readout, the theme, the accessible name). The real drawing is covered by e2e/charts.spec.ts.
const fake = vi.hoisted(() => {
  const instances: Array<{
    opts: uPlot.Options;
    data: uPlot.AlignedData;
    canvas: HTMLCanvasElement;
    setData: ReturnType<typeof vi.fn>;
    setSeries: ReturnType<typeof vi.fn>;
    redraw: ReturnType<typeof vi.fn>;
    destroy: ReturnType<typeof vi.fn>;
  }> = [];
  class FakeUplot {
    static rangeNum = (min: number, max: number) => [min, max];
    width: number;
    opts: uPlot.Options;
    data: uPlot.AlignedData;
    canvas = document.createElement('canvas');
    cursor = { idx: null as number | null };
    setData = vi.fn();
    setSeries = vi.fn();
    setSize = vi.fn();
    redraw = vi.fn();
    destroy = vi.fn(() => this.canvas.remove());
    constructor(opts: uPlot.Options, data: uPlot.AlignedData, target: HTMLElement) {
      this.opts = opts;
      this.data = data;
      this.width = opts.width;
      target.appendChild(this.canvas);
      instances.push(this);
    }
  }
  return { instances, FakeUplot, theme: { current: 'light' as string | undefined } };
});

vi.mock('uplot', () => ({ default: fake.FakeUplot }));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
vi.mock('next-themes', () => ({ useTheme: () => ({ resolvedTheme: fake.theme.current }) }));
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => undefined }) }));

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider locale="en">{children}</I18nProvider>;

const SERIES: ChartSeries[] = [
  { key: 'ready', label: 'Ready' },
  { key: 'unacked', label: 'Unacked' },
  { key: 'total', label: 'Total' },
];
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

function sample(ready: number[], unacked: number[]): SeriesData {
  return {
    range: 600,
    incr: 5,
    timestamps: ready.map((_, i) => T0 + i * 5000),
    series: { ready, unacked, total: ready.map((r, i) => r + unacked[i]!) },
    retention: [60, 600, 3600],
  };
}

function Chart({ data, unit = 'msg' }: { data: SeriesData | undefined; unit?: 'msg' | 'msg/s' | 'B/s' }) {
  return <TimeSeriesChart title="Queued messages" unit={unit} series={SERIES} data={data} />;
}

/** The chart after uPlot (a dynamic import) has loaded. */
async function renderChart(data: SeriesData | undefined, unit?: 'msg' | 'msg/s' | 'B/s') {
  const view = render(<Chart data={data} unit={unit} />, { wrapper });
  await vi.waitFor(() => expect(fake.instances).toHaveLength(1));
  return view;
}

beforeEach(() => {
  fake.instances.length = 0;
  fake.theme.current = 'light';
});
afterEach(cleanup);

describe('TimeSeriesChart', () => {
  it('shows a skeleton and says it is loading until the data comes', async () => {
    const { container } = await renderChart(undefined);
    expect(screen.getByRole('img', { name: 'Queued messages: loading' })).toBeTruthy();
    expect(container.querySelector('.animate-pulse')).not.toBeNull();
  });

  it('names the chart with the range and the latest value of each series', async () => {
    await renderChart(sample([1, 5], [0, 1]));
    expect(screen.getByRole('img', { name: 'Queued messages (Last ten minutes): Ready 5 msg, Unacked 1 msg, Total 6 msg' })).toBeTruthy();
    // uPlot gets seconds on x and one array per series, in legend order.
    expect(fake.instances[0]!.data).toEqual([[T0 / 1000, T0 / 1000 + 5], [1, 5], [0, 1], [1, 6]]);
  });

  // Guards: a refresh must not build another chart (a flicker, and a canvas thrown away every 5 s).
  it('draws new data into the same chart and the same canvas', async () => {
    const { rerender } = await renderChart(sample([1, 5], [0, 1]));
    const chart = fake.instances[0]!;
    const canvas = screen.getByRole('img').querySelector('canvas');
    rerender(<Chart data={sample([1, 5, 9], [0, 1, 2])} />);
    expect(fake.instances).toHaveLength(1);
    expect(chart.setData).toHaveBeenLastCalledWith([[T0 / 1000, T0 / 1000 + 5, T0 / 1000 + 10], [1, 5, 9], [0, 1, 2], [1, 6, 11]]);
    expect(screen.getByRole('img').querySelector('canvas')).toBe(canvas);
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Total 11 msg');
  });

  it('does not redraw when its parent renders again with the same data', async () => {
    const data = sample([1, 5], [0, 1]);
    const { rerender } = await renderChart(data);
    const calls = fake.instances[0]!.setData.mock.calls.length;
    rerender(<Chart data={data} />);
    expect(fake.instances[0]!.setData.mock.calls.length).toBe(calls);
  });

  it('hides and shows a series from its legend button', async () => {
    await renderChart(sample([1, 5], [0, 1]));
    const unacked = screen.getByRole('button', { name: /^Unacked/ });
    expect(unacked.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(unacked);
    expect(unacked.getAttribute('aria-pressed')).toBe('false');
    expect(fake.instances[0]!.setSeries).toHaveBeenLastCalledWith(2, { show: false });
    fireEvent.click(unacked);
    expect(unacked.getAttribute('aria-pressed')).toBe('true');
    expect(fake.instances[0]!.setSeries).toHaveBeenLastCalledWith(2, { show: true });
  });

  it('shows the values at the hovered time, with their unit, and the latest ones again after', async () => {
    await renderChart(sample([1, 5], [0, 1]), 'msg/s');
    const chart = fake.instances[0]!;
    const setCursor = chart.opts.hooks!.setCursor![0]!;
    act(() => setCursor({ cursor: { idx: 0 } } as unknown as uPlot));
    expect(screen.getByText(/^At \d\d:\d\d:\d\d$/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ready/ }).textContent).toBe('Ready1.00 msg/s');
    act(() => setCursor({ cursor: { idx: null } } as unknown as uPlot));
    expect(screen.getByText('Latest')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ready/ }).textContent).toBe('Ready5.00 msg/s');
  });

  it('follows dark mode by redrawing the same chart in the dark palette', async () => {
    const data = sample([1, 5], [0, 1]);
    const { rerender } = await renderChart(data);
    const chart = fake.instances[0]!;
    const stroke = chart.opts.series[1]!.stroke as () => string;
    const light = stroke();
    fake.theme.current = 'dark';
    rerender(<Chart data={data} />);
    expect(chart.redraw).toHaveBeenCalled();
    expect(fake.instances).toHaveLength(1);
    expect(stroke()).not.toBe(light);
  });

  it('writes byte rates with binary prefixes, and says when the broker has no samples yet', async () => {
    const data: SeriesData = { range: 60, incr: 5, timestamps: [T0], series: { ready: [1536], unacked: [null], total: [0] }, retention: [60] };
    const { rerender } = await renderChart(data, 'B/s');
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Queued messages (Last minute): Ready 1.50 KiB/s, Unacked no data, Total 0 B/s',
    );
    rerender(<Chart data={{ ...data, timestamps: [], series: { ready: [], unacked: [], total: [] } }} unit="B/s" />);
    expect(screen.getByText('Waiting for data…')).toBeTruthy();
  });

  it('builds a new chart only when the set of series changes, and destroys the old one', async () => {
    const data = sample([1, 5], [0, 1]);
    const { rerender } = await renderChart(data);
    rerender(<TimeSeriesChart title="Queued messages" unit="msg" series={SERIES.slice(0, 2)} data={data} />);
    expect(fake.instances).toHaveLength(2);
    expect(fake.instances[0]!.destroy).toHaveBeenCalled();
    expect(fake.instances[1]!.data).toEqual([[T0 / 1000, T0 / 1000 + 5], [1, 5], [0, 1]]);
  });
});

import type uPlot from 'uplot';
import { seriesColour, type ChartPalette } from './palette';
import type { ChartUnit } from './chart-format';

// uPlot's options for a Warren chart. Colours, labels and number formats are read through
// functions at each draw, so a theme or language change redraws the same chart instead of
// building another one.

export interface ChartOptionsInput {
  width: number;
  height: number;
  unit: ChartUnit;
  /** Whether each series shows (the legend's choice), in order. */
  shown: readonly boolean[];
  palette: () => ChartPalette;
  axisLabel: () => string;
  tick: (value: number) => string;
  clock: (epochMs: number, withSeconds: boolean) => string;
  rangeNum: (typeof uPlot)['rangeNum'];
  onCursor: (index: number | null) => void;
}

const FONT = '11px ui-sans-serif, system-ui, sans-serif';
/** Whole steps for what is counted (messages, descriptors): no "0.5 messages" tick. */
const WHOLE_INCREMENTS = Array.from({ length: 16 }, (_, e) => [1, 2, 5].map((m) => m * 10 ** e)).flat();
const CHAR_WIDTH = 6.5;

export function chartOptions(input: ChartOptionsInput): uPlot.Options {
  const axisStroke = () => input.palette().axis;
  const grid = { stroke: () => input.palette().grid, width: 1 };
  const whole = input.unit === 'msg' || input.unit === 'count';
  return {
    width: input.width,
    height: input.height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false, setScale: false }, points: { size: 7 } },
    scales: {
      x: { time: true },
      // From zero, like the official charts: a rate of 0.5 is not drawn as a cliff.
      y: { range: (_self, _min, max) => input.rangeNum(0, max > 0 ? max : 1, 0.1, true) },
    },
    axes: [
      {
        stroke: axisStroke,
        grid,
        ticks: grid,
        font: FONT,
        values: (_self, splits) => {
          const seconds = splits.length > 1 && splits[1]! - splits[0]! < 60;
          return splits.map((split) => input.clock(split * 1000, seconds));
        },
      },
      {
        stroke: axisStroke,
        grid,
        ticks: grid,
        font: FONT,
        labelFont: FONT,
        label: () => input.axisLabel(),
        labelSize: 18,
        incrs: whole ? WHOLE_INCREMENTS : undefined,
        values: (_self, splits) => splits.map(input.tick),
        size: (_self, values) => Math.ceil(Math.max(3, ...(values ?? []).map((value) => value.length)) * CHAR_WIDTH) + 14,
      },
    ],
    series: [
      {},
      ...input.shown.map((show, index) => ({
        show,
        width: 1.5,
        stroke: () => seriesColour(input.palette(), index),
        spanGaps: false,
      })),
    ],
    hooks: { setCursor: [(self: uPlot) => input.onCursor(self.cursor.idx ?? null)] },
  };
}

/** uPlot's data: seconds on x, one array per series (null where there is no sample). */
export function alignedData(
  timestamps: readonly number[] | undefined,
  series: Record<string, Array<number | null>> | undefined,
  keys: readonly string[],
): uPlot.AlignedData {
  const xs = (timestamps ?? []).map((ms) => ms / 1000);
  return [xs, ...keys.map((key) => series?.[key] ?? xs.map(() => null))];
}

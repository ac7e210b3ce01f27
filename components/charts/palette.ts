// The charts' colours, light and dark (the app's `dark` class, set by next-themes). The canvas
// takes the hex values; legend swatches take the same colours as Tailwind classes, so that the
// server-rendered legend is right in either theme before any script has run.

export interface ChartPalette {
  series: readonly string[];
  axis: string;
  grid: string;
}

// Tailwind's 600 shades on white, 400 shades on zinc-900: each readable against its background.
const LIGHT: ChartPalette = {
  series: ['#ea580c', '#2563eb', '#059669', '#7c3aed', '#dc2626', '#0891b2', '#d97706', '#db2777', '#65a30d', '#4f46e5', '#78716c', '#0d9488'],
  axis: '#52525b',
  grid: '#e4e4e7',
};

const DARK: ChartPalette = {
  series: ['#fb923c', '#60a5fa', '#34d399', '#a78bfa', '#f87171', '#22d3ee', '#fbbf24', '#f472b6', '#a3e635', '#818cf8', '#a8a29e', '#2dd4bf'],
  axis: '#a1a1aa',
  grid: '#3f3f46',
};

/** The same colours, in the same order, for the legend's swatches. */
export const SWATCH_CLASSES = [
  'bg-orange-600 dark:bg-orange-400',
  'bg-blue-600 dark:bg-blue-400',
  'bg-emerald-600 dark:bg-emerald-400',
  'bg-violet-600 dark:bg-violet-400',
  'bg-red-600 dark:bg-red-400',
  'bg-cyan-600 dark:bg-cyan-400',
  'bg-amber-600 dark:bg-amber-400',
  'bg-pink-600 dark:bg-pink-400',
  'bg-lime-600 dark:bg-lime-400',
  'bg-indigo-600 dark:bg-indigo-400',
  'bg-stone-500 dark:bg-stone-400',
  'bg-teal-600 dark:bg-teal-400',
] as const;

export function chartPalette(theme: string | undefined): ChartPalette {
  return theme === 'dark' ? DARK : LIGHT;
}

export const seriesColour = (palette: ChartPalette, index: number) => palette.series[index % palette.series.length]!;
export const swatchClass = (index: number) => SWATCH_CLASSES[index % SWATCH_CLASSES.length]!;

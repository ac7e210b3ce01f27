import type { SeriesRange, SeriesTarget } from '@/lib/api/series';

// Query keys for chart series: ['series', kind, vhost, name, range].
export const seriesKeys = {
  all: ['series'] as const,
  target: (target: SeriesTarget) =>
    [...seriesKeys.all, target.of, 'vhost' in target ? target.vhost : null, 'name' in target ? target.name : null] as const,
  range: (target: SeriesTarget, range: SeriesRange) => [...seriesKeys.target(target), range] as const,
};

import { z } from './zod';
import { exchangeFromSegment } from '@/lib/api/segments';
import { DEFAULT_SERIES_RANGE, SERIES_KINDS, SERIES_RANGES, type SeriesRange, type SeriesTarget } from '@/lib/api/series';
import { nameSegment } from './common';

const NEEDS_VHOST = new Set(['vhost', 'queue', 'exchange']);
const NEEDS_NAME = new Set(['queue', 'exchange', 'connection', 'channel', 'node']);

/**
 * GET /api/series: `of` the kind of object, `vhost` and `name` where the kind has them (the
 * default exchange is `amq.default`, as in paths), `range` one of the official UI's ranges.
 */
export const seriesQuerySchema = z
  .object({
    of: z.enum(SERIES_KINDS),
    vhost: nameSegment.optional(),
    name: nameSegment.optional(),
    range: z
      .enum(SERIES_RANGES.map(String) as [string, ...string[]], { message: `The range is one of ${SERIES_RANGES.join(', ')} (seconds)` })
      .default(String(DEFAULT_SERIES_RANGE))
      .transform((range) => Number(range) as SeriesRange),
  })
  .superRefine((query, ctx) => {
    if (NEEDS_VHOST.has(query.of) && query.vhost === undefined) {
      ctx.addIssue({ code: 'custom', path: ['vhost'], message: `of=${query.of} needs a vhost` });
    }
    if (NEEDS_NAME.has(query.of) && query.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: `of=${query.of} needs a name` });
    }
  })
  .transform(({ of, vhost = '', name = '', range }): { target: SeriesTarget; range: SeriesRange } => {
    switch (of) {
      case 'overview':
        return { target: { of }, range };
      case 'vhost':
        return { target: { of, vhost }, range };
      case 'queue':
        return { target: { of, vhost, name }, range };
      case 'exchange':
        return { target: { of, vhost, name: exchangeFromSegment(name) }, range };
      default:
        return { target: { of, name }, range };
    }
  });

import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../../scripts/lib/api-routes.mjs';
import table from './route-table.json';

describe('the API route table', () => {
  it('is the one app/api has (run `node scripts/api-routes.mjs` after adding or changing a route)', () => {
    const routes = apiRoutes().map(({ pattern, segments, methods }) => ({ pattern, segments, methods }));
    expect(table).toEqual(routes);
  });

  it('has every route file export at least one method', () => {
    for (const route of table) expect(route.methods.length, route.pattern).toBeGreaterThan(0);
  });
});

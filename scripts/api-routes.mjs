#!/usr/bin/env node
// Writes lib/api/route-table.json from app/api/**/route.ts (scripts/lib/api-routes.mjs): the
// table proxy.ts and server.mjs answer unknown API paths (404) and methods (405) from. `npm run
// build` runs this first; lib/api/route-table.test.ts fails when the committed table is stale.
import fs from 'node:fs';
import path from 'node:path';
import { apiRoutes, REPO_ROOT } from './lib/api-routes.mjs';

const table = apiRoutes().map(({ pattern, segments, methods }) => ({ pattern, segments, methods }));
const file = path.join(REPO_ROOT, 'lib', 'api', 'route-table.json');
fs.writeFileSync(file, JSON.stringify(table, null, 2) + '\n');
console.log(`${path.relative(REPO_ROOT, file)}: ${table.length} routes`);

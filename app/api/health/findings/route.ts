import type { HealthFindings } from '@/lib/api/health';
import { evaluate } from '@/lib/health/evaluate';
import { collectSnapshot } from '@/lib/health/snapshot';
import { healthFindingsQuerySchema } from '@/lib/schemas/health';
import { withSession } from '@/lib/session/with-session';

// GET /api/health/findings?vhost=&window=600 — the Health page's findings, computed from a bounded number of broker lists, as this user may see them
export const GET = withSession({ query: healthFindingsQuerySchema }, async ({ credentials, session, query }): Promise<HealthFindings> => {
  const { snapshot, limits } = await collectSnapshot(credentials, { vhost: query.vhost ?? null, windowSeconds: query.window, tags: session.tags });
  const evaluated = evaluate(snapshot);
  return { findings: evaluated.findings, checkedAt: snapshot.at, limits: [...limits, ...evaluated.limits] };
});

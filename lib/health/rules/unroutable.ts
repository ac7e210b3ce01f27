import { formatRate } from '@/lib/format';
import type { Finding } from '@/lib/api/health';
import { rateOf } from '../samples';
import { findingId, type Rule } from './rule';

// Messages that no binding routes, per vhost, from the broker's current rates: dropped (the
// publisher never learns) or returned (published as mandatory: the publisher gets them back).
export const unroutableRule: Rule = {
  id: 'unroutable',
  check: ({ vhosts }) =>
    vhosts.flatMap((vhost) => {
      const found: Finding[] = [];
      const object = { kind: 'vhost', name: vhost.name } as const;
      const dropped = rateOf(vhost.message_stats?.drop_unroutable_details);
      const returned = rateOf(vhost.message_stats?.return_unroutable_details);
      if (dropped > 0) {
        found.push({
          id: findingId('unroutable', 'dropped', object),
          rule: 'unroutable',
          severity: 'warning',
          title: { key: 'health.unroutable.dropped.title', vars: { vhost: vhost.name, rate: formatRate(dropped) } },
          objects: [object],
          advice: { key: 'health.unroutable.dropped.advice' },
        });
      }
      if (returned > 0) {
        found.push({
          id: findingId('unroutable', 'returned', object),
          rule: 'unroutable',
          severity: 'info',
          title: { key: 'health.unroutable.returned.title', vars: { vhost: vhost.name, rate: formatRate(returned) } },
          objects: [object],
          advice: { key: 'health.unroutable.returned.advice' },
        });
      }
      return found;
    }),
};

import { formatRate } from '@/lib/format';
import type { Finding } from '@/lib/api/health';
import { rateOf } from '../samples';
import { CHANNEL_CHURN_PER_SECOND, CONNECTION_CHURN_PER_SECOND } from '../thresholds';
import type { Rule } from './rule';

// Connections or channels opened and closed at a high rate (the overview's churn_rates, for the
// whole cluster): clients that open one per message or task instead of keeping them. Both
// opening and closing must be high: a burst of new clients alone is not churn.
export const churnRule: Rule = {
  id: 'churn',
  check: ({ churn }) => {
    if (!churn) return [];
    const found: Finding[] = [];
    const connections = [rateOf(churn.connection_created_details), rateOf(churn.connection_closed_details)] as const;
    const channels = [rateOf(churn.channel_created_details), rateOf(churn.channel_closed_details)] as const;
    if (Math.min(...connections) >= CONNECTION_CHURN_PER_SECOND) {
      found.push({
        id: 'churn:connections',
        rule: 'churn',
        severity: 'warning',
        title: { key: 'health.churn.connections.title', vars: { opened: formatRate(connections[0]), closed: formatRate(connections[1]) } },
        objects: [],
        advice: { key: 'health.churn.connections.advice' },
      });
    }
    if (Math.min(...channels) >= CHANNEL_CHURN_PER_SECOND) {
      found.push({
        id: 'churn:channels',
        rule: 'churn',
        severity: 'warning',
        title: { key: 'health.churn.channels.title', vars: { opened: formatRate(channels[0]), closed: formatRate(channels[1]) } },
        objects: [],
        advice: { key: 'health.churn.channels.advice' },
      });
    }
    return found;
  },
};

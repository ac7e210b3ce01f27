import type { Finding, HealthMessageKey, Severity } from '@/lib/api/health';
import { findingId, type Rule } from './rule';

// Connections the broker throttles or has stopped reading. "flow" is credit flow: a queue or the
// disk behind this publisher cannot keep up (common and brief under load, so only a note);
// "blocking"/"blocked" come from a resource alarm: the connection is stopped at its next publish,
// or already. Connections come sorted by state, so every one not "running" is among those listed
// unless there are more than a page of them. The broker does not say since when.
const STATES: Record<string, { severity: Severity; title: HealthMessageKey; advice: HealthMessageKey }> = {
  flow: { severity: 'info', title: 'health.connectionFlow.title', advice: 'health.connectionFlow.advice' },
  blocking: { severity: 'warning', title: 'health.connectionBlocking.title', advice: 'health.connectionBlocked.advice' },
  blocked: { severity: 'critical', title: 'health.connectionBlocked.title', advice: 'health.connectionBlocked.advice' },
};

export const connectionFlowRule: Rule = {
  id: 'connection-flow',
  check: ({ connections }) =>
    connections.flatMap((connection): Finding[] => {
      const state = connection.state ? STATES[connection.state] : undefined;
      if (!state) return [];
      const object = { kind: 'connection', vhost: connection.vhost, name: connection.name } as const;
      const label = connection.client_properties?.connection_name || connection.name;
      return [
        {
          id: findingId('connection-flow', connection.state!, object),
          rule: 'connection-flow',
          severity: state.severity,
          title: { key: state.title, vars: { connection: label, user: connection.user ?? '' } },
          objects: [object],
          advice: { key: state.advice },
        },
      ];
    }),
};

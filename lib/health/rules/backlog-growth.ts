import { formatRate } from '@/lib/format';
import type { Finding } from '@/lib/api/health';
import { chronological, rateOf, sinceFields } from '../samples';
import type { QueueSamples, SnapshotQueue } from '../snapshot-types';
import { BACKLOG_GROWTH_MIN_MESSAGES, BACKLOG_GROWTH_MIN_RATIO, BACKLOG_MIN_SAMPLES } from '../thresholds';
import { findingId, queueObject, type Rule } from './rule';

// A backlog that grows: over the window the ready count rose from its low point, and messages
// still arrive faster than they are delivered. Only the queues whose samples were looked up
// (the likeliest few, see snapshot.ts) can be judged. "since" is the last time the ready count
// was at its low point in the window.
function check(queue: SnapshotQueue, samples: QueueSamples, at: number): Finding | null {
  const series = chronological(samples.messages_ready);
  if (series.length < BACKLOG_MIN_SAMPLES) return null;
  const first = series[0]!;
  const last = series[series.length - 1]!;
  let low = 0;
  for (let i = 1; i < series.length; i++) if (series[i]!.sample <= series[low]!.sample) low = i;
  const from = series[low]!.sample;
  const growth = last.sample - from;
  const publish = rateOf(queue.message_stats?.publish_details);
  const deliver = rateOf(queue.message_stats?.deliver_get_details);
  if (last.sample <= first.sample || growth < Math.max(BACKLOG_GROWTH_MIN_MESSAGES, from * BACKLOG_GROWTH_MIN_RATIO)) return null;
  if (publish <= deliver) return null;
  return {
    id: findingId('backlog-growing', 'growing', queueObject(queue)),
    rule: 'backlog-growing',
    severity: 'warning',
    title: { key: 'health.backlog.title', vars: { queue: queue.name, from, to: last.sample } },
    objects: [queueObject(queue)],
    ...sinceFields({ since: series[low]!.timestamp, atLeast: low === 0 }, at),
    advice: { key: 'health.backlog.advice' },
    detail: { key: 'health.detail.rates', vars: { publish: formatRate(publish), deliver: formatRate(deliver) } },
  };
}

export const backlogGrowthRule: Rule = {
  id: 'backlog-growing',
  check: ({ queues, queueSamples, at }) =>
    queueSamples.flatMap((samples) => {
      const queue = queues.find((q) => q.vhost === samples.vhost && q.name === samples.name);
      const found = queue && check(queue, samples, at);
      return found ? [found] : [];
    }),
};

import type { HealthText } from '@/lib/api/health';
import { rateOf } from '../samples';
import type { SnapshotChannel } from '../snapshot-types';
import { UNACKED_STUCK_MIN } from '../thresholds';
import { channelObjects } from './channel-objects';
import { findingId, type Rule } from './rule';

// A consumer's channel that holds unacknowledged messages and acknowledged none in the broker's
// last interval: a stuck handler, a forgotten basic.ack, or a prefetch so high that the consumer
// sits on messages others could process. Only the channels with the most unacknowledged
// messages are listed (snapshot.ts). The broker keeps no history of a channel's unacked count:
// no "since".
function prefetchDetail(channel: SnapshotChannel): HealthText {
  const prefetch = channel.prefetch_count || channel.global_prefetch_count || 0;
  return prefetch ? { key: 'health.detail.prefetch', vars: { prefetch } } : { key: 'health.detail.noPrefetch' };
}

export const unackedRule: Rule = {
  id: 'unacked-piling',
  check: ({ channels }) =>
    channels
      .filter((channel) => (channel.consumer_count ?? 0) > 0 && (channel.messages_unacknowledged ?? 0) >= UNACKED_STUCK_MIN)
      .filter((channel) => rateOf(channel.message_stats?.ack_details) === 0)
      .map((channel) => {
        const objects = channelObjects(channel);
        return {
          id: findingId('unacked-piling', 'no-ack', objects[0]!),
          rule: 'unacked-piling',
          severity: 'warning',
          title: { key: 'health.unacked.title', vars: { channel: channel.name, unacked: channel.messages_unacknowledged! } },
          objects,
          advice: { key: 'health.unacked.advice' },
          detail: prefetchDetail(channel),
        };
      }),
};

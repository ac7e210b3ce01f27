import { rateOf } from '../samples';
import { channelObjects } from './channel-objects';
import { findingId, type Rule } from './rule';

// A channel with consumers and no prefetch limit at all (neither per consumer nor global): the
// broker pushes every ready message to its consumers, which hold them in memory. Consumers that
// do not acknowledge (no-ack) are not limited by a prefetch anyway: a channel whose deliveries
// are all no-ack and that holds nothing unacknowledged is left out. Only the channels with the
// most unacknowledged messages are listed (snapshot.ts).
export const noPrefetchRule: Rule = {
  id: 'no-prefetch',
  check: ({ channels }) =>
    channels
      .filter((channel) => (channel.consumer_count ?? 0) > 0 && !channel.prefetch_count && !channel.global_prefetch_count)
      .filter((channel) => {
        const unacked = channel.messages_unacknowledged ?? 0;
        const noAckOnly = rateOf(channel.message_stats?.deliver_no_ack_details) > 0 && rateOf(channel.message_stats?.deliver_details) === 0;
        return unacked > 0 || !noAckOnly;
      })
      .map((channel) => {
        const objects = channelObjects(channel);
        return {
          id: findingId('no-prefetch', 'unlimited', objects[0]!),
          rule: 'no-prefetch',
          severity: 'warning',
          title: {
            key: 'health.noPrefetch.title',
            vars: { channel: channel.name, consumers: channel.consumer_count!, unacked: channel.messages_unacknowledged ?? 0 },
          },
          objects,
          advice: { key: 'health.noPrefetch.advice' },
        };
      }),
};

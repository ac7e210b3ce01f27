// Channels as the management API describes them. Only what Warren reads is typed.

import type { MessageStats, RateDetails } from './stats';

export interface ChannelMessageStats extends MessageStats {
  return_unroutable_details?: RateDetails;
  drop_unroutable_details?: RateDetails;
}

/** One row of the channels list. */
export interface ChannelSummary {
  name: string;
  number?: number;
  vhost: string;
  user: string;
  node?: string;
  state?: string;
  /** Set while the channel has done nothing for a while (the official UI shows "idle"). */
  idle_since?: string;
  confirm?: boolean;
  transactional?: boolean;
  prefetch_count?: number;
  global_prefetch_count?: number;
  consumer_count?: number;
  messages_unacknowledged?: number;
  messages_unconfirmed?: number;
  messages_uncommitted?: number;
  acks_uncommitted?: number;
  connection_details?: { name: string; peer_host?: string; peer_port?: number };
  message_stats?: ChannelMessageStats;
}

export interface ChannelConsumer {
  consumer_tag: string;
  queue: { name: string; vhost: string };
  ack_required: boolean;
  exclusive: boolean;
  prefetch_count: number;
  active?: boolean;
  activity_status?: string;
  arguments: Record<string, unknown>;
}

/** Per-exchange publishes and per-queue deliveries of one channel ("Message rates breakdown"). */
export interface ChannelPublish {
  exchange: { name: string; vhost: string };
  stats: ChannelMessageStats;
}

export interface ChannelDelivery {
  queue: { name: string; vhost: string };
  stats: ChannelMessageStats;
}

export interface Channel extends ChannelSummary {
  consumer_details?: ChannelConsumer[];
  publishes?: ChannelPublish[];
  deliveries?: ChannelDelivery[];
  pending_raft_commands?: number;
}

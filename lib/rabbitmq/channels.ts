import 'server-only';
import type { ListQuery } from '@/lib/schemas/list';
import { listUnpagedAsPage, ownedObjectRequest, type LocalPage } from './connections';
import { listPageClamped, managementRequest, mgmtPath, pageRequest, type Credentials } from './management';
import type { MessageStats, RateDetails } from './types';

// Channels as the management API describes them. Only what Warren reads is typed.

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

export const CHANNEL_LIST_COLUMNS = [
  'name',
  'number',
  'vhost',
  'user',
  'node',
  'state',
  'idle_since',
  'confirm',
  'transactional',
  'prefetch_count',
  'global_prefetch_count',
  'consumer_count',
  'messages_unacknowledged',
  'messages_unconfirmed',
  'messages_uncommitted',
  'acks_uncommitted',
  'connection_details',
  'message_stats',
] as const;

/**
 * Channels, one page at a time. /api/vhosts/{vhost}/channels is not paged by RabbitMQ 3.10
 * (like the per-vhost connections): see listConnections for how Warren handles that.
 */
export function listChannels(credentials: Credentials, query: ListQuery): Promise<LocalPage<ChannelSummary>> {
  if (!query.vhost) return listPageClamped<ChannelSummary>(credentials, '/channels', pageRequest(query, CHANNEL_LIST_COLUMNS));
  return listUnpagedAsPage<ChannelSummary>(credentials, mgmtPath`/vhosts/${query.vhost}/channels`, query, CHANNEL_LIST_COLUMNS);
}

/** One channel with its consumers and per-exchange / per-queue rates. */
export function getChannel(credentials: Credentials, name: string): Promise<Channel> {
  return ownedObjectRequest(`Channel ${name}`, () => managementRequest<Channel>(credentials, 'GET', mgmtPath`/channels/${name}`));
}

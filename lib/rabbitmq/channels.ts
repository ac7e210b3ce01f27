import 'server-only';
import type { Channel, ChannelSummary } from '@/lib/api/channels';
import type { LocalPage } from '@/lib/api/page';
import type { ListQuery } from '@/lib/schemas/list';
import { listUnpagedAsPage, ownedObjectRequest } from './activity';
import { listPageClamped, managementRequest, mgmtPath, pageRequest, type Credentials } from './management';

// Channels: the list and one channel.

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

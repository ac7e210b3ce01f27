// Queues as the management API describes them and Warren's routes answer them. Shared by the
// server (lib/rabbitmq) and the browser; the list travels in the compact form of ./queue-wire.ts.

import type { QueueType } from '@/lib/schemas/queue';
import type { Page } from './page';
import type { RateDetails } from './stats';

export interface QueueRates {
  publish_details?: RateDetails;
  deliver_get_details?: RateDetails;
  redeliver_details?: RateDetails;
  ack_details?: RateDetails;
}

/** One row of the queues list (only the columns Warren asks for). */
export interface QueueListItem {
  name: string;
  vhost: string;
  type?: QueueType | string;
  durable?: boolean;
  auto_delete?: boolean;
  exclusive?: boolean;
  arguments?: Record<string, unknown>;
  policy?: string | null;
  operator_policy?: string | null;
  state?: string;
  idle_since?: string;
  consumers?: number;
  /** 0..1; '' on some versions when there are no consumers. */
  consumer_utilisation?: number | '';
  messages_ready?: number;
  messages_unacknowledged?: number;
  messages?: number;
  message_bytes_ready?: number;
  message_bytes_unacknowledged?: number;
  message_bytes?: number;
  message_stats?: QueueRates;
  node?: string;
}

export interface QueueConsumer {
  consumer_tag: string;
  ack_required?: boolean;
  exclusive?: boolean;
  prefetch_count?: number;
  active?: boolean;
  activity_status?: string;
  arguments?: Record<string, unknown>;
  channel_details?: {
    name?: string;
    number?: number;
    connection_name?: string;
    peer_host?: string;
    peer_port?: number;
    user?: string;
    node?: string;
  };
}

/** Everything the broker says about one queue (GET /api/queues/{vhost}/{name}). */
export interface QueueDetail extends QueueListItem {
  /**
   * Set by Warren for a queue whose name (or vhost) the management API cannot address ("." or
   * ".."): the details are the queue list's, and consumers and statistics are not known.
   */
  unaddressable?: true;
  /**
   * Set by Warren for a queue the broker lists but does not serve the details of: on 3.10 a
   * classic queue whose node is down answers 404 by its path. The details are the list's.
   */
  detailsUnavailable?: true;
  effective_policy_definition?: Record<string, unknown> | [];
  owner_pid_details?: { name?: string; peer_host?: string; peer_port?: number };
  exclusive_consumer_tag?: string | null;
  single_active_consumer_tag?: string | null;
  /** Quorum queues and streams: the leader and the replicas. */
  leader?: string;
  members?: string[];
  online?: string[];
  consumer_capacity?: number;
  messages_ram?: number;
  messages_persistent?: number;
  messages_paged_out?: number;
  messages_ready_ram?: number;
  messages_unacknowledged_ram?: number;
  message_bytes_ram?: number;
  message_bytes_persistent?: number;
  message_bytes_paged_out?: number;
  memory?: number;
  head_message_timestamp?: number | null;
  consumer_details?: QueueConsumer[];
  message_stats?: QueueRates & {
    publish?: number;
    deliver_get?: number;
    redeliver?: number;
    ack?: number;
    deliver_details?: RateDetails;
    deliver_no_ack_details?: RateDetails;
    get_details?: RateDetails;
    get_no_ack_details?: RateDetails;
  };
}

export type QueuePage = Page<QueueListItem>;

export interface BulkResult {
  vhost: string;
  name: string;
  ok: boolean;
  code?: string;
  message?: string;
}

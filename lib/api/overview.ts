// The overview, nodes, vhosts and whoami as the management API answers them. Only the fields
// Warren uses are typed; the broker sends more, and optional fields are absent on some versions
// or for some users. Shared by the server (lib/rabbitmq) and the browser.

import type { MessageStats, RateDetails } from './stats';

export interface QueueTotals {
  messages?: number;
  messages_ready?: number;
  messages_unacknowledged?: number;
  messages_details?: RateDetails;
  messages_ready_details?: RateDetails;
  messages_unacknowledged_details?: RateDetails;
}

export interface Listener {
  node: string;
  protocol: string;
  ip_address: string;
  port: number;
}

export interface Overview {
  management_version: string;
  rabbitmq_version: string;
  erlang_version: string;
  cluster_name: string;
  node: string;
  message_stats?: MessageStats;
  queue_totals?: QueueTotals;
  object_totals?: {
    connections: number;
    channels: number;
    exchanges: number;
    queues: number;
    consumers: number;
  };
  listeners?: Listener[];
}

export interface Whoami {
  name: string;
  tags: string[] | string;
}

export interface BrokerNode {
  name: string;
  type?: string;
  running: boolean;
  uptime?: number;
  mem_used?: number;
  mem_limit?: number;
  mem_alarm?: boolean;
  disk_free?: number;
  disk_free_limit?: number;
  disk_free_alarm?: boolean;
  fd_used?: number;
  fd_total?: number;
  sockets_used?: number;
  sockets_total?: number;
  proc_used?: number;
  proc_total?: number;
  partitions?: string[];
  rates_mode?: string;
  /** Erlang processes waiting to run: a long queue means the node is short of CPU. */
  run_queue?: number;
  /** Warren's, from the node's `rabbit` application (the list sends only this of `applications`). */
  rabbitmq_version?: string;
}

export interface Vhost {
  name: string;
  description?: string;
  tags?: string[];
  tracing?: boolean;
  messages?: number;
  messages_ready?: number;
  messages_unacknowledged?: number;
  message_stats?: MessageStats;
}

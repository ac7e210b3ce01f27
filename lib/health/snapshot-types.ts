// What the health rules read: a few bounded lists from the management API, as the logged-in user
// may see them (lib/health/snapshot.ts fetches them). Only the fields the rules use are typed;
// each list holds what the broker answered with `columns=` (fields are absent when the broker
// has nothing to say, e.g. rates of a queue nobody published to).

/** One point of a time series, as the broker sends it (newest first). */
export interface Sample {
  sample: number;
  timestamp: number;
}

export interface Rate {
  rate?: number;
}

export interface SampledValue extends Rate {
  samples?: Sample[];
}

export interface SnapshotNode {
  name: string;
  running: boolean;
  uptime?: number;
  mem_used?: number;
  mem_limit?: number;
  mem_alarm?: boolean;
  mem_used_details?: SampledValue;
  disk_free?: number;
  disk_free_limit?: number;
  disk_free_alarm?: boolean;
  disk_free_details?: SampledValue;
  fd_used?: number;
  fd_total?: number;
  fd_used_details?: SampledValue;
  sockets_used?: number;
  sockets_total?: number;
  sockets_used_details?: SampledValue;
  /** The nodes this one cannot reach while they still run (a network partition). */
  partitions?: string[];
}

export interface SnapshotQueue {
  name: string;
  vhost: string;
  type?: string;
  state?: string;
  consumers?: number;
  /** 0..1; '' or absent when the broker does not compute it (no consumers, some queue types). */
  consumer_utilisation?: number | '' | null;
  messages?: number;
  messages_ready?: number;
  messages_unacknowledged?: number;
  message_bytes_ready?: number;
  arguments?: Record<string, unknown>;
  policy?: string | null;
  /** The definition of the policy (and operator policy) in force; [] when none, on some versions. */
  effective_policy_definition?: Record<string, unknown> | [];
  messages_ready_details?: Rate;
  message_stats?: { publish_details?: Rate; deliver_get_details?: Rate };
}

/** One queue's ready count over the window (a lookup with `lengths_age`). */
export interface QueueSamples {
  vhost: string;
  name: string;
  messages_ready: Sample[];
}

export interface SnapshotChannel {
  name: string;
  vhost: string;
  user?: string;
  number?: number;
  connection_details?: { name?: string };
  prefetch_count?: number;
  global_prefetch_count?: number;
  consumer_count?: number;
  messages_unacknowledged?: number;
  /** 3.10 sends [] for a channel that has had no traffic yet: every field then reads as absent. */
  message_stats?: { ack_details?: Rate; deliver_details?: Rate; deliver_no_ack_details?: Rate };
}

export interface SnapshotConnection {
  name: string;
  vhost: string;
  user?: string;
  /** running, flow (credit flow is throttling it), blocking, blocked (a resource alarm), … */
  state?: string;
  client_properties?: { connection_name?: string };
}

export interface SnapshotPolicy {
  name: string;
  vhost: string;
  pattern?: string;
  'apply-to'?: string;
  priority?: number;
  definition: Record<string, unknown>;
}

export interface SnapshotVhost {
  name: string;
  message_stats?: { drop_unroutable_details?: Rate; return_unroutable_details?: Rate };
}

/** The cluster's churn (GET /api/overview `churn_rates`): cluster-wide, never per vhost. */
export interface ChurnRates {
  connection_created_details?: Rate;
  connection_closed_details?: Rate;
  channel_created_details?: Rate;
  channel_closed_details?: Rate;
}

/** A queue bound to an exchange that some queue or policy names as its dead-letter exchange. */
export interface DeadLetterBinding {
  vhost: string;
  exchange: string;
  queue: string;
}

export interface Snapshot {
  /** When the lists were asked for (ms since the epoch). */
  at: number;
  windowSeconds: number;
  /** The vhost the user narrowed the check to; null for every vhost they may see. */
  vhost: string | null;
  /** null: not fetched (the user may not list nodes). */
  nodes: SnapshotNode[] | null;
  /** null: not fetched (one vhost is checked: churn is cluster-wide). */
  churn: ChurnRates | null;
  vhosts: SnapshotVhost[];
  /** The queues with the most ready messages, most first. */
  queues: SnapshotQueue[];
  queueSamples: QueueSamples[];
  /** The channels with the most unacknowledged messages, most first. */
  channels: SnapshotChannel[];
  /** Connections sorted by state: every state but "running" comes first. */
  connections: SnapshotConnection[];
  /** null: not readable with the user's permissions. */
  policies: SnapshotPolicy[] | null;
  deadLetterBindings: DeadLetterBinding[];
}

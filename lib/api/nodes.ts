// One node as GET /api/nodes/{name} describes it, and its memory breakdown. The list's rows are
// BrokerNode (./overview). Only what Warren reads is typed. A node that is not running is
// answered with its name, type and `running: false` only: every other field may be absent.

import type { BrokerNode } from './overview';

export interface NodeApplication {
  name: string;
  description?: string;
  version?: string;
}

/** An exchange type or an authentication mechanism the node offers. */
export interface NodeCapability {
  name: string;
  description?: string;
  enabled?: boolean;
}

/** A web context (the management UI, the Prometheus endpoint ...). The broker sends `port` as a string. */
export interface NodeContext {
  description?: string;
  path?: string;
  ip?: string;
  port?: string | number;
  ssl?: boolean;
}

/**
 * GET /api/nodes/{name}?memory=true: bytes per category, the strategy the node counts its total
 * with (`rss`, `allocated` or `erlang`) and the totals by each. Categories differ between
 * versions: Warren shows those it knows by name and the others by their key.
 */
export interface NodeMemory {
  strategy?: string;
  total?: { erlang?: number; rss?: number; allocated?: number };
  [category: string]: number | string | { erlang?: number; rss?: number; allocated?: number } | undefined;
}

export interface NodeDetail extends BrokerNode {
  os_pid?: string;
  processors?: number;
  net_ticktime?: number;
  mem_calculation_strategy?: string;
  config_files?: string[];
  log_files?: string[];
  db_dir?: string;
  enabled_plugins?: string[];
  applications?: NodeApplication[];
  exchange_types?: NodeCapability[];
  auth_mechanisms?: NodeCapability[];
  contexts?: NodeContext[];
  /** Only with `?memory=true`; a node that is not running answers "not_available". */
  memory?: NodeMemory | 'not_available';
}

/** The RabbitMQ version a node runs: its `rabbit` application's. */
export function rabbitmqVersion(applications: readonly NodeApplication[] | undefined): string | undefined {
  return applications?.find((app) => app.name === 'rabbit')?.version;
}

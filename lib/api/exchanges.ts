// Exchanges and route-test results as Warren's routes answer them.

import type { RouteNote, RouteResult } from '@/lib/routing/route';
import type { MessageStats } from './stats';

export interface Exchange {
  name: string;
  vhost: string;
  type: string;
  durable: boolean;
  auto_delete: boolean;
  internal: boolean;
  arguments: Record<string, unknown>;
  /** The name of the policy that applies, if any. */
  policy?: string;
  /** Set by Warren when the management API cannot address this name ("." or ".."): what the list knows. */
  unaddressable?: true;
  message_stats?: Pick<MessageStats, 'publish_in_details' | 'publish_out_details'> & {
    publish_in?: number;
    publish_out?: number;
  };
}

/** An entry of /api/overview's exchange_types: what this broker supports, plugin types included. */
export interface ExchangeType {
  name: string;
  description?: string;
  enabled?: boolean;
}

/** A note of a route test: the simulation's, and the server's own when it stopped following the graph. */
export type RouteTestNote = RouteNote | { code: 'truncated'; params: { max: number } };

export interface RouteTestResult extends Omit<RouteResult, 'notes'> {
  notes: RouteTestNote[];
  exchange: string;
  routingKey: string;
  headers: Record<string, unknown>;
  /** Set when the exchange graph was larger than Warren follows. */
  truncated?: boolean;
}

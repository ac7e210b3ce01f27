// Admin → virtual hosts and cluster, as Warren's routes answer them (shared by the server and the
// browser). Only the fields Warren uses are typed; optional ones are absent on some versions.

import type { Vhost } from './overview';
import type { RateDetails } from './stats';

/** A vhost as the Admin list and the vhost page show it. */
export interface AdminVhost extends Vhost {
  /** Each node's state of this vhost: "running", "stopped", "nodedown". */
  cluster_state?: Record<string, string>;
  /** 3.11+ keeps it; 3.10 reads back the text "undefined" (see vhostDefaultQueueType). */
  default_queue_type?: string;
  messages_details?: RateDetails;
  messages_ready_details?: RateDetails;
  messages_unacknowledged_details?: RateDetails;
}

/** The answer of PUT /api/vhosts/:vhost. */
export interface VhostPutResult {
  created: boolean;
  /** Fields the broker was sent but did not keep (3.10 drops default_queue_type). */
  ignored: Array<'default_queue_type'>;
}

export const VHOST_LIMIT_NAMES = ['max-connections', 'max-queues'] as const;
export type VhostLimitName = (typeof VHOST_LIMIT_NAMES)[number];

/** A vhost's limits; a name absent or -1 means no limit. */
export type VhostLimits = Partial<Record<VhostLimitName, number>>;

export interface ClusterName {
  name: string;
}

export type FeatureFlagState = 'enabled' | 'disabled' | 'unavailable' | (string & {});

/** One feature flag as GET /api/feature-flags lists it. */
export interface FeatureFlag {
  name: string;
  desc?: string;
  doc_url?: string;
  state: FeatureFlagState;
  /** "stable", "experimental" (3.10), "required" (3.11+). */
  stability: string;
  provided_by?: string;
}

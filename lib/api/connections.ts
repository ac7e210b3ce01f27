// Connections as the management API describes them. Only what Warren reads is typed.

import type { RateDetails } from './stats';

export interface ClientProperties {
  connection_name?: string;
  product?: string;
  version?: string;
  platform?: string;
  information?: string;
  copyright?: string;
  capabilities?: Record<string, boolean>;
  [key: string]: unknown;
}

/** One row of the connections list (the fields of CONNECTION_LIST_COLUMNS). */
export interface ConnectionSummary {
  name: string;
  vhost: string;
  node?: string;
  user: string;
  state?: string;
  ssl?: boolean;
  protocol?: string;
  channels?: number;
  channel_max?: number;
  frame_max?: number;
  auth_mechanism?: string;
  timeout?: number;
  connected_at?: number;
  type?: string;
  client_properties?: ClientProperties;
  recv_oct_details?: RateDetails;
  send_oct_details?: RateDetails;
}

export interface Connection extends ConnectionSummary {
  host?: string;
  port?: number;
  peer_host?: string;
  peer_port?: number;
  user_provided_name?: string;
  recv_oct?: number;
  send_oct?: number;
  recv_cnt?: number;
  send_cnt?: number;
  send_pend?: number;
  ssl_protocol?: string | null;
  ssl_key_exchange?: string | null;
  ssl_cipher?: string | null;
  ssl_hash?: string | null;
  peer_cert_subject?: string | null;
  peer_cert_issuer?: string | null;
  peer_cert_validity?: string | null;
}


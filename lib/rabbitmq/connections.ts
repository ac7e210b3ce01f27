import 'server-only';
import type { ListQuery } from '@/lib/schemas/list';
import {
  listPageClamped,
  managementRequest,
  mgmtPath,
  pageRequest,
  type Credentials,
  type ManagementRequestOptions,
  type Page,
} from './management';
import { BrokerError } from './errors';
import type { RateDetails } from './types';
import { CHANNEL_LIST_COLUMNS, type ChannelSummary } from './channels';

// Connections as the management API describes them. Only what Warren reads is typed.

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

/**
 * What the list shows. `columns=` keeps a page of 500 connections small: the full objects
 * carry garbage-collection and reduction stats nobody reads in a list.
 */
export const CONNECTION_LIST_COLUMNS = [
  'name',
  'vhost',
  'node',
  'user',
  'state',
  'ssl',
  'protocol',
  'channels',
  'channel_max',
  'frame_max',
  'auth_mechanism',
  'timeout',
  'connected_at',
  'type',
  'client_properties.connection_name',
  'client_properties.product',
  'client_properties.version',
  'recv_oct_details',
  'send_oct_details',
] as const;

/** A page whose paging Warren did itself, because the broker cannot page that list. */
export type LocalPage<T> = Page<T> & { paged_by_warren?: true };

/**
 * Connections, one page at a time. With a vhost, RabbitMQ 3.10's /api/vhosts/{vhost}/connections
 * answers with the whole list (it uses reply_list, not reply_list_or_paginate: `page` is
 * ignored). Warren still pushes sort and `columns=` down to the broker, so the fetch is one
 * narrow list, and pages and filters that in Node the way the broker would. The answer says so
 * (`paged_by_warren`) rather than pretending the broker paged it.
 */
export function listConnections(credentials: Credentials, query: ListQuery): Promise<LocalPage<ConnectionSummary>> {
  const request = pageRequest(query, CONNECTION_LIST_COLUMNS);
  if (!query.vhost) return listPageClamped<ConnectionSummary>(credentials, '/connections', request);
  return listUnpagedAsPage<ConnectionSummary>(credentials, mgmtPath`/vhosts/${query.vhost}/connections`, query, CONNECTION_LIST_COLUMNS);
}

/** One connection with its client properties and, when TLS is used, the TLS details. */
export function getConnection(credentials: Credentials, name: string): Promise<Connection> {
  return ownedObjectRequest(`Connection ${name}`, () => managementRequest<Connection>(credentials, 'GET', mgmtPath`/connections/${name}`));
}

/**
 * A connection's channels. Not paged by the broker, but bounded: a connection has at most
 * `channel_max` channels (2047 by default).
 */
export function listConnectionChannels(credentials: Credentials, name: string): Promise<ChannelSummary[]> {
  return ownedObjectRequest(`Connection ${name}`, () =>
    managementRequest<ChannelSummary[]>(credentials, 'GET', mgmtPath`/connections/${name}/channels`, {
      // The channel list's columns but its connection: that is this connection.
      query: { columns: CHANNEL_LIST_COLUMNS.filter((column) => column !== 'connection_details').join(',') },
    }),
  );
}

/**
 * Connections and channels belong to a user, and RabbitMQ 3.10 answers two cases oddly for a
 * user without the monitoring tag: someone else's connection is HTTP 401 "User not authorised
 * to access object" (which must not read as a failed login, or the user would be logged out),
 * and one that does not exist is HTTP 500 with an empty body (the ownership check crashes on
 * the missing object; a monitoring user gets a clean 404 for the same name).
 */
export async function ownedObjectRequest<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof BrokerError)) throw error;
    // errors.ts may map this 401 to ACCESS_REFUSED already; either way the message says more here.
    if ((error.code === 'LOGIN_FAILED' || error.code === 'ACCESS_REFUSED') && /not authori[sz]ed to access object/i.test(error.message)) {
      throw new BrokerError('ACCESS_REFUSED', `${what} belongs to another user; only the monitoring tag shows other users' connections and channels`);
    }
    if (error.code === 'BROKER_ERROR' && error.message === 'The broker answered HTTP 500') {
      throw new BrokerError('NOT_FOUND', `${what} does not exist`);
    }
    throw error;
  }
}

/**
 * Force-closes a connection; the client receives CONNECTION_FORCED with `reason` as its text.
 * The broker reads the reason from the X-Reason header only. Header values travel as bytes:
 * passing the UTF-8 bytes as a latin1 string makes a Chinese reason arrive intact.
 */
export async function closeConnection(credentials: Credentials, name: string, reason: string): Promise<void> {
  const options: ManagementRequestOptions = {
    headers: { 'x-reason': Buffer.from(reason, 'utf8').toString('latin1') },
  };
  await ownedObjectRequest(`Connection ${name}`, () => managementRequest<void>(credentials, 'DELETE', mgmtPath`/connections/${name}`, options));
}

/**
 * Fetches a list the broker does not page (sorted and narrowed by the broker) and answers it in
 * the shape of a broker page, with the broker's own name filter semantics: a case-insensitive
 * substring, or a case-insensitive regular expression with `use_regex`.
 */
export async function listUnpagedAsPage<T extends { name: string }>(
  credentials: Credentials,
  path: string,
  query: ListQuery,
  columns: readonly string[],
): Promise<LocalPage<T>> {
  const items = await managementRequest<T[]>(credentials, 'GET', path, {
    query: {
      columns: columns.join(','),
      sort: query.sort,
      sort_reverse: query.sort ? Boolean(query.sort_reverse) : undefined,
    },
  });
  return pageLocally(items, query);
}

/** Pure: filters and pages a whole list like the broker's pagination does (last page when past the end). */
export function pageLocally<T extends { name: string }>(items: readonly T[], query: ListQuery): LocalPage<T> {
  const matches = nameMatcher(query.name, query.use_regex);
  const filtered = matches ? items.filter((item) => matches(item.name)) : items;
  const pageSize = query.page_size;
  const pageCount = Math.ceil(filtered.length / pageSize);
  const page = Math.max(1, Math.min(query.page, pageCount || 1));
  const slice = filtered.slice((page - 1) * pageSize, page * pageSize);
  return {
    items: slice,
    page,
    page_size: pageSize,
    page_count: pageCount,
    item_count: slice.length,
    filtered_count: filtered.length,
    total_count: items.length,
    paged_by_warren: true,
  };
}

function nameMatcher(name: string | undefined, useRegex: boolean | undefined): ((value: string) => boolean) | null {
  if (!name) return null;
  if (useRegex) {
    // listQuerySchema has already refused invalid patterns.
    const pattern = new RegExp(name, 'i');
    return (value) => pattern.test(value);
  }
  const needle = name.toLowerCase();
  return (value) => value.toLowerCase().includes(needle);
}

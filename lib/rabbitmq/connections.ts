import 'server-only';
import type { ChannelSummary } from '@/lib/api/channels';
import type { Connection, ConnectionSummary } from '@/lib/api/connections';
import type { LocalPage } from '@/lib/api/page';
import type { ListQuery } from '@/lib/schemas/list';
import { listUnpagedAsPage, ownedObjectRequest } from './activity';
import { CHANNEL_LIST_COLUMNS } from './channels';
import { listPageClamped, managementRequest, mgmtPath, pageRequest, type Credentials, type ManagementRequestOptions } from './management';

// Connections: the list, one connection, its channels, force-close.

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


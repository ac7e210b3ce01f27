// The audit log's entries as lib/audit writes them and GET /api/admin/audit answers them.

export type AuditResult = 'done' | 'refused' | 'failed';

export interface AuditEntry {
  /** ISO 8601, UTC. */
  time: string;
  /** The logged-in user (for a login: the name given), or null when unknown. */
  user: string | null;
  /** The client's address (see lib/session/client.ts for proxies). */
  address: string;
  method: string;
  /** The route, e.g. "/api/queues/[vhost]/[name]". */
  route: string;
  /** The request's path as sent (percent-encoded). */
  path: string;
  /** The object acted on: the route's decoded path parameters (vhost, name, …). */
  object?: Record<string, string>;
  /** The request body's essentials: never a password, a secret or a message body. */
  request?: unknown;
  /** done: 2xx; refused: 4xx (the broker's or Warren's refusal); failed: 5xx. */
  result: AuditResult;
  status: number;
  error?: { code: string; message: string };
  /** host:pid of the Warren instance that wrote it. */
  instance: string;
}

export interface AuditQuery {
  user?: string;
  /** Text in the path or a path parameter (vhost, name, …). */
  object?: string;
  /** ISO 8601 bounds, inclusive. */
  from?: string;
  to?: string;
  result?: AuditResult;
  page: number;
  page_size: number;
}

export interface AuditPage {
  items: AuditEntry[];
  page: number;
  page_size: number;
  /** Entries matching the filter in what was read. */
  total: number;
  /** The file this instance writes, or null when the log is off. */
  file: string | null;
  /** Only the end of a very large file was read. */
  partial: boolean;
}

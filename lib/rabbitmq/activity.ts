import 'server-only';
import { RE2JS } from 're2js';
import type { LocalPage } from '@/lib/api/page';
import type { ListQuery } from '@/lib/schemas/list';
import { BrokerError } from './errors';
import { managementRequest, type Credentials } from './management';

// What the connections and channels modules share: the ownership rules of 3.10 for both, and
// the per-vhost lists the broker does not page.

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
    // RE2 (re2js) matches in time linear in the name's length. JavaScript's RegExp backtracks:
    // a pattern such as ^(a+)+$ against a long name would hold Node's only thread, and every
    // request of every user, for minutes.
    let pattern: RE2JS;
    try {
      pattern = RE2JS.compile(name, RE2JS.CASE_INSENSITIVE);
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
      throw new BrokerError(
        'VALIDATION_FAILED',
        `Warren filters one virtual host's list itself, with RE2 regular expressions (no lookarounds or backreferences): ${detail}`,
      );
    }
    return (value) => pattern.matcher(value).find();
  }
  const needle = name.toLowerCase();
  return (value) => value.toLowerCase().includes(needle);
}

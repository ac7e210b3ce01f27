// Links to Warren's own pages. Each name is one encoded path segment: vhost "/" is %2F, and a
// queue named "a/b?c#d" stays one segment.
const seg = encodeURIComponent;

export const routes = {
  overview: () => '/',
  queues: () => '/queues',
  queue: (vhost: string, name: string) => `/queues/${seg(vhost)}/${seg(name)}`,
  exchanges: () => '/exchanges',
  // The default exchange has the empty name; "(AMQP default)" is its page segment.
  exchange: (vhost: string, name: string) => `/exchanges/${seg(vhost)}/${seg(name || DEFAULT_EXCHANGE_SEGMENT)}`,
  connections: () => '/connections',
  connection: (name: string) => `/connections/${seg(name)}`,
  channels: () => '/channels',
  channel: (name: string) => `/channels/${seg(name)}`,
};

export const DEFAULT_EXCHANGE_SEGMENT = '(AMQP default)';

/**
 * A dynamic page param as the page receives it: still percent-encoded (Next re-encodes each
 * segment for its router tree; route handler and metadata params arrive decoded). Decoded once.
 */
export function decodePageSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

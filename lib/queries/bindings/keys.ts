// Query keys for bindings. Every binding change invalidates ['bindings', vhost], which refreshes
// both ends' lists (the queue's and the exchanges').
export const bindingKeys = {
  all: ['bindings'] as const,
  vhost: (vhost: string) => [...bindingKeys.all, vhost] as const,
  queue: (vhost: string, queue: string) => [...bindingKeys.vhost(vhost), 'queue', queue] as const,
  exchange: (vhost: string, exchange: string, side: 'source' | 'destination') =>
    [...bindingKeys.vhost(vhost), 'exchange', exchange, side] as const,
};

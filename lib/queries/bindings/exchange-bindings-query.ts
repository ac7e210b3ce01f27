import type { Binding } from '@/lib/api/bindings';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { bindingUrls } from './bindings-url';
import { bindingKeys } from './keys';

export const fetchExchangeBindings = (vhost: string, exchange: string, side: 'source' | 'destination') =>
  apiFetch<Binding[]>(bindingUrls.exchange(vhost, exchange, side));

/** Bindings from (source) or into (destination) an exchange. */
export function useExchangeBindingsQuery(
  vhost: string,
  exchange: string,
  side: 'source' | 'destination',
  refreshSeconds: number,
  { enabled = true } = {},
) {
  return usePolledQuery(
    {
      queryKey: bindingKeys.exchange(vhost, exchange, side),
      queryFn: () => fetchExchangeBindings(vhost, exchange, side),
      enabled,
    },
    refreshSeconds,
  );
}

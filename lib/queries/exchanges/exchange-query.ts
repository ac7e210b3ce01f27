import type { Exchange } from '@/lib/api/exchanges';
import { apiFetch } from '../fetcher';
import { usePolledQuery } from '../use-polled-query';
import { exchangeUrl } from './exchange-url';
import { exchangeKeys } from './keys';

export const fetchExchange = (vhost: string, name: string) => apiFetch<Exchange>(exchangeUrl(vhost, name));

export function useExchangeQuery(vhost: string, name: string, refreshSeconds: number, { enabled = true } = {}) {
  return usePolledQuery(
    {
      queryKey: exchangeKeys.detail(vhost, name),
      queryFn: () => fetchExchange(vhost, name),
      enabled,
    },
    refreshSeconds,
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchExchanges } from '@/lib/queries/exchanges/exchanges-query';
import { exchangeKeys } from '@/lib/queries/exchanges/keys';

/**
 * A <datalist> of exchange names in a vhost that contain what was typed, for binding forms.
 * Asks the broker for 30 names at most, filtered there, so it stays cheap with many exchanges.
 */
export function ExchangeNameOptions({ id, vhost, typed }: { id: string; vhost: string; typed: string }) {
  const { data } = useQuery({
    queryKey: exchangeKeys.options(vhost, typed),
    queryFn: () => fetchExchanges({ vhost, page: 1, page_size: 30, name: typed || undefined, sort: 'name' }),
    staleTime: 30_000,
  });
  return (
    <datalist id={id}>
      {data?.items
        .filter((exchange) => exchange.name !== '')
        .map((exchange) => <option key={exchange.name} value={exchange.name} />)}
    </datalist>
  );
}

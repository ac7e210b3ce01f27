import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeclareExchangeInput } from '@/lib/schemas/exchange';
import { apiFetch } from '../fetcher';
import { exchangeUrl } from './exchange-url';
import { exchangeKeys } from './keys';

export interface DeclareExchangeVariables {
  vhost: string;
  name: string;
  properties: DeclareExchangeInput;
}

/** `created: false` means an identical exchange was already there. */
export const declareExchange = ({ vhost, name, properties }: DeclareExchangeVariables) =>
  apiFetch<{ created: boolean }>(exchangeUrl(vhost, name), { method: 'PUT', json: properties });

/** The form shows errors beside its fields (handlesError). */
export function useDeclareExchangeMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declareExchange,
    meta: { handlesError: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.all }),
  });
}

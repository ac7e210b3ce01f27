import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, queryString } from '../fetcher';
import { bindingKeys } from '../bindings/keys';
import { exchangeUrl } from './exchange-url';
import { exchangeKeys } from './keys';

export interface DeleteExchangeVariables {
  vhost: string;
  name: string;
  ifUnused: boolean;
}

export const deleteExchange = ({ vhost, name, ifUnused }: DeleteExchangeVariables) =>
  apiFetch<void>(`${exchangeUrl(vhost, name)}${queryString({ if_unused: ifUnused ? 'true' : undefined })}`, {
    method: 'DELETE',
  });

/** Used from a ConfirmDialog, which shows the error itself. */
export function useDeleteExchangeMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExchange,
    meta: { handlesError: true },
    onSuccess: (_data, v) => {
      queryClient.removeQueries({ queryKey: exchangeKeys.detail(v.vhost, v.name) });
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: bindingKeys.vhost(v.vhost) });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Binding } from '@/lib/api/bindings';
import { apiFetch, seg } from '../fetcher';
import { bindingUrls } from './bindings-url';
import { bindingKeys } from './keys';

/** Unbinds by the binding's properties_key, which the broker percent-encodes itself: it is encoded again as one segment. */
export const deleteBinding = (binding: Binding) =>
  apiFetch<void>(
    `${bindingUrls.pair(binding.vhost, binding.source, binding.destination_type, binding.destination)}/${seg(binding.properties_key)}`,
    { method: 'DELETE' },
  );

/** Used from a ConfirmDialog, which shows the error itself. */
export function useDeleteBindingMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBinding,
    meta: { handlesError: true },
    onSettled: (_data, _error, binding) => queryClient.invalidateQueries({ queryKey: bindingKeys.vhost(binding.vhost) }),
  });
}

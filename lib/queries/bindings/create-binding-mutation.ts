import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Arguments } from '@/lib/schemas/arguments';
import type { DestinationType } from '@/lib/schemas/binding';
import { apiFetch } from '../fetcher';
import { bindingUrls } from './bindings-url';
import { bindingKeys } from './keys';

export interface CreateBindingVariables {
  vhost: string;
  source: string;
  destinationType: DestinationType;
  destination: string;
  routingKey: string;
  arguments: Arguments;
}

export const createBinding = (v: CreateBindingVariables) =>
  apiFetch<void>(bindingUrls.pair(v.vhost, v.source, v.destinationType, v.destination), {
    method: 'POST',
    json: { routing_key: v.routingKey, arguments: v.arguments },
  });

/** The form shows the error where the user acted (handlesError). */
export function useCreateBindingMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBinding,
    meta: { handlesError: true },
    onSettled: (_data, _error, v) => queryClient.invalidateQueries({ queryKey: bindingKeys.vhost(v.vhost) }),
  });
}

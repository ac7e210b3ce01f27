import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RpcResult } from '@/lib/api/messages';
import type { RpcRequest } from '@/lib/schemas/messages';
import { exchangeUrl } from '../exchanges/exchange-url';
import { apiFetch } from '../fetcher';
import { queueKeys } from '../queues/keys';

export interface RpcCallVariables {
  vhost: string;
  /** "" is the default exchange. */
  exchange: string;
  request: RpcRequest;
}

export const rpcCall = ({ vhost, exchange, request }: RpcCallVariables) =>
  apiFetch<RpcResult>(`${exchangeUrl(vhost, exchange)}/rpc`, { method: 'POST', json: request });

/** An RPC call: the panel shows the reply, the timeout or the refusal where the user called. */
export function useRpcCallMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rpcCall,
    meta: { handlesError: true },
    // A request left unanswered waits in its queue.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queueKeys.all }),
  });
}

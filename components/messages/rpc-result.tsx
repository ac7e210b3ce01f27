'use client';

import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import type { RpcResult } from '@/lib/api/messages';
import { useT } from '@/lib/i18n/i18n';
import { MessageCard } from './message-card';

/** Milliseconds as seconds, as people say them: 5, 1.5, 0.3. */
export const seconds = (ms: number) => String(Number((ms / 1000).toFixed(1)));

/** What an RPC call came back with: the reply and its checks, a timeout, or a return. */
export function RpcResultView({ result, exchange, routingKey }: { result: RpcResult; exchange: string; routingKey: string }) {
  const t = useT();
  if (result.outcome === 'timeout') {
    const where = exchange === '' ? t('work.rpc.whereQueue', { queue: routingKey }) : t('work.rpc.whereBound', { exchange, routingKey });
    return (
      <Alert tone="warning" title={t('work.rpc.timeout', { seconds: seconds(result.waited_ms), where })}>
        {t('work.rpc.timeoutHint', { correlationId: result.correlation_id })}
      </Alert>
    );
  }
  if (result.outcome === 'returned') {
    return (
      <Alert tone="error" title={t('work.rpc.returned', { text: result.reply_text })}>
        {t('work.rpc.returnedHint', { code: result.reply_code })}
      </Alert>
    );
  }
  const got = result.reply.properties.correlation_id;
  return (
    <div className="flex flex-col gap-3">
      <Alert tone={result.correlation_matches ? 'success' : 'warning'} title={t('work.rpc.replied', { ms: result.round_trip_ms })}>
        {result.correlation_matches ? (
          <Badge tone="green">{t('work.rpc.matches')}</Badge>
        ) : (
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="red">{t('work.rpc.mismatch')}</Badge>
            {t('work.rpc.mismatchHint', { sent: result.correlation_id, got: got ?? t('work.rpc.none') })}
          </span>
        )}
      </Alert>
      <MessageCard message={result.reply} title={t('work.rpc.reply')} />
    </div>
  );
}

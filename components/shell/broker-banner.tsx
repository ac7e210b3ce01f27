'use client';

import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { toast } from '@/lib/toast';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { UNREACHABLE_CODES } from '@/lib/api/errors';
import { formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { markDown, markUp, useBrokerStatus } from '@/lib/queries/broker-status';
import { useHealthQuery } from '@/lib/queries/overview/health-query';

const isUnreachable = (code?: string) => (UNREACHABLE_CODES as readonly string[]).includes(code ?? '');

/**
 * "The management API cannot be reached since 10:42:05. Retrying every 5 s." — shown while the
 * broker (management API or AMQP) is unreachable, gone by itself once it answers again.
 */
export function BrokerBanner({ vhost, refreshSeconds }: { vhost: string | null; refreshSeconds: number }) {
  const { t, locale } = useI18n();
  const health = useHealthQuery(vhost, refreshSeconds);
  const status = useBrokerStatus();
  const queryClient = useQueryClient();
  const wasDown = useRef(false);

  useEffect(() => {
    if (health.error) {
      markDown('management', health.error.message);
      return;
    }
    if (!health.data) return;
    const { management, amqp } = health.data;
    if (!management.ok && isUnreachable(management.code)) markDown('management', management.message ?? '');
    else markUp('management');
    if (!amqp.ok && isUnreachable(amqp.code)) markDown('amqp', amqp.message ?? '');
    else markUp('amqp');
  }, [health.data, health.error]);

  const down = Boolean(status.management || status.amqp);
  useEffect(() => {
    if (down) {
      wasDown.current = true;
    } else if (wasDown.current) {
      wasDown.current = false;
      toast.success(t('banner.recovered'));
      void queryClient.invalidateQueries();
    }
  }, [down, queryClient, t]);

  if (!down) return null;
  return (
    <div className="mx-auto max-w-screen-2xl px-4 pt-3">
      <Alert
        tone="error"
        action={
          <Button size="sm" variant="outline" onClick={() => void queryClient.invalidateQueries()}>
            {t('banner.retryNow')}
          </Button>
        }
      >
        {status.management ? (
          <p>
            <strong>{t('banner.managementDown', { since: formatTime(status.management.since, locale) })}</strong>{' '}
            <span className="text-xs">{status.management.message}</span>
          </p>
        ) : null}
        {status.amqp ? (
          <p>
            <strong>{t('banner.amqpDown', { since: formatTime(status.amqp.since, locale) })}</strong>{' '}
            <span className="text-xs">{status.amqp.message}</span>
          </p>
        ) : null}
        <p className="text-xs">{refreshSeconds ? t('banner.retrying', { seconds: refreshSeconds }) : t('banner.refreshOff')}</p>
      </Alert>
    </div>
  );
}

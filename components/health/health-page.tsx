'use client';

import { Alert } from '@/components/ui/alert';
import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { useHealthFindingsQuery } from '@/lib/queries/health/findings-query';
import { useRefreshSeconds, useVhost } from '@/lib/url-state';
import { FindingsTable } from './findings-table';
import { useHealthText } from './health-text';

/** The Health page: what the rules found in the selected vhost (or all), refreshed at the shell's interval. */
export function HealthPage() {
  const { t, locale } = useI18n();
  const text = useHealthText();
  const [vhost] = useVhost();
  const [refresh] = useRefreshSeconds();
  const query = useHealthFindingsQuery(vhost, refresh);
  const data = query.data;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h1 className="text-2xl font-semibold">{t('health.title')}</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{vhost === null ? t('health.scopeAll') : t('health.scopeVhost', { vhost })}</p>
        {data ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="health-checked-at">
            {t('health.checkedAt', { time: formatTime(data.checkedAt, locale) })}
          </p>
        ) : null}
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('health.intro')}</p>

      {query.error ? <QueryError what={t('health.what')} error={query.error} onRetry={() => void query.refetch()} /> : null}

      {query.isPending ? (
        <div aria-hidden="true" className="flex flex-col gap-2">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      ) : data && data.findings.length === 0 ? (
        <Alert tone="success" title={t('health.empty.title')}>
          {t('health.empty.body')}
        </Alert>
      ) : data ? (
        <FindingsTable findings={data.findings} showVhost={vhost === null} />
      ) : null}

      {data && data.limits.length > 0 ? (
        <Section title={t('health.limits.title')}>
          <ul className="list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-300">
            {data.limits.map((limit, i) => (
              <li key={`${i}:${limit.key}`}>{text(limit)}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}

'use client';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatCount, formatDuration, formatRate } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import type { BulkProgress, PublishOutcome } from '@/lib/api/messages';
import type { BulkPublishState } from '@/lib/queries/messages/bulk-publish';

/** A plain publish's answer: the broker's outcome, or the error that stopped it. */
export type PublishResult = { outcome: PublishOutcome } | { error: string };

/** What became of one message, said where the user published it. */
export function PublishResultAlert({ result }: { result: PublishResult }) {
  const { t } = useI18n();
  if ('error' in result) {
    return (
      <Alert tone="error" title={t('publish.failed')}>
        {result.error}
      </Alert>
    );
  }
  const { outcome } = result;
  if (outcome.outcome === 'routed') return <Alert tone="success" title={t('publish.result.routed')} />;
  if (outcome.outcome === 'returned') {
    return (
      <Alert tone="warning" title={t('publish.result.returned', { text: outcome.reply_text })}>
        {t('publish.result.returnedHint', { code: outcome.reply_code })}
      </Alert>
    );
  }
  return (
    <Alert tone="error" title={t('publish.result.nacked')}>
      {t('publish.result.nackedHint')}
    </Alert>
  );
}

/** Seconds with a tenth under a minute (a bulk publish is often quick), else as uptimes are shown. */
function elapsed(ms: number, t: Translate): string {
  return ms < 60_000 ? t('publish.bulk.seconds', { seconds: (ms / 1000).toFixed(1) }) : formatDuration(ms, t);
}

/** A running bulk publish: confirmed of requested, the rate, the time left, and Cancel. */
function BulkRunning({ progress, requested, onCancel }: { progress: BulkProgress | null; requested: number; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const confirmed = progress?.confirmed ?? 0;
  const total = progress?.requested ?? requested;
  const rate = progress?.rate ?? 0;
  const left = rate > 0 ? ((total - confirmed) / rate) * 1000 : null;
  const summary = t('publish.bulk.confirmedOf', { confirmed: formatCount(confirmed, locale), requested: formatCount(total, locale) });
  return (
    <div className="flex flex-col gap-2 rounded-md border border-zinc-200 px-3 py-2 text-sm dark:border-zinc-800">
      {/* No value until the first report: an indeterminate bar, not a false 0 %. */}
      <progress
        aria-label={t('publish.bulk.progressLabel')}
        aria-valuetext={summary}
        max={total}
        value={progress ? confirmed : undefined}
        className="h-2 w-full overflow-hidden rounded bg-zinc-200 accent-orange-600 dark:bg-zinc-800 [&::-moz-progress-bar]:bg-orange-600 [&::-webkit-progress-bar]:bg-zinc-200 dark:[&::-webkit-progress-bar]:bg-zinc-800 [&::-webkit-progress-value]:bg-orange-600"
      />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 tabular-nums">
        <span>{summary}</span>
        <span aria-hidden="true">·</span>
        <span>{t('publish.bulk.rate', { rate: formatRate(rate) })}</span>
        <span aria-hidden="true">·</span>
        <span>{left === null ? t('publish.bulk.timeLeftUnknown') : t('publish.bulk.timeLeft', { time: formatDuration(Math.max(left, 1000), t) })}</span>
        <Button variant="outline" size="sm" className="ml-auto" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** The final report of a bulk publish: its counts and how it ended. */
function BulkReport({ report, error }: { report: BulkProgress; error: string | null }) {
  const { t, locale } = useI18n();
  const count = (value: number) => formatCount(value, locale);
  const ended = error ? 'failed' : (report.ended ?? 'complete');
  const clean = report.returned === 0 && report.nacked === 0;
  const tone = ended === 'failed' ? 'error' : ended === 'cancelled' ? 'info' : clean ? 'success' : 'warning';
  const title = { complete: t('publish.bulk.complete'), cancelled: t('publish.bulk.cancelled'), failed: t('publish.bulk.failed') }[ended];
  const rows: Array<[string, string]> = [
    [t('publish.bulk.requested'), count(report.requested)],
    [t('publish.bulk.published'), count(report.published)],
    [t('publish.bulk.confirmed'), count(report.confirmed)],
    [
      t('publish.bulk.returned'),
      report.returned && report.return_text ? t('publish.bulk.firstReturn', { count: count(report.returned), text: report.return_text }) : count(report.returned),
    ],
    [t('publish.bulk.nacked'), count(report.nacked)],
    [t('publish.bulk.elapsed'), elapsed(report.elapsed_ms, t)],
    [t('publish.bulk.averageRate'), t('publish.bulk.rate', { rate: formatRate(report.rate) })],
  ];
  return (
    <Alert tone={tone} title={title}>
      {error ? <p className="mb-1">{error}</p> : null}
      {ended === 'cancelled' ? <p className="mb-1">{t('publish.bulk.cancelledHint')}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 tabular-nums">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-medium">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
    </Alert>
  );
}

/** A bulk publish's progress while it runs, then its report (or why it could not start). */
export function BulkStatus({ bulk, requested, onCancel }: { bulk: BulkPublishState; requested: number; onCancel: () => void }) {
  const { t } = useI18n();
  if (bulk.running) return <BulkRunning progress={bulk.progress} requested={requested} onCancel={onCancel} />;
  if (bulk.report) return <BulkReport report={bulk.report} error={bulk.error?.message ?? null} />;
  if (bulk.error) {
    return (
      <Alert tone="error" title={t('publish.bulk.failed')}>
        {bulk.error.message}
      </Alert>
    );
  }
  return null;
}

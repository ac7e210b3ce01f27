'use client';

import { Alert } from '@/components/ui/alert';
import { formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { BulkProgress, PublishOutcome } from '@/lib/api/messages';
import type { BulkPublishState } from '@/lib/queries/messages/bulk-publish';
import { elapsedText, ReportRows, RunProgress } from './run-status';

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

/** A running bulk publish: confirmed of requested, the rate, the time left, and Cancel. */
function BulkRunning({ progress, requested, onCancel }: { progress: BulkProgress | null; requested: number; onCancel: () => void }) {
  const { t, locale } = useI18n();
  const confirmed = progress?.confirmed ?? 0;
  const total = progress?.requested ?? requested;
  const summary = t('publish.bulk.confirmedOf', { confirmed: formatCount(confirmed, locale), requested: formatCount(total, locale) });
  return (
    <RunProgress
      label={t('publish.bulk.progressLabel')}
      summary={summary}
      value={progress ? confirmed : undefined}
      max={total}
      rate={progress?.rate ?? 0}
      onCancel={onCancel}
    />
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
    [t('publish.bulk.elapsed'), elapsedText(report.elapsed_ms, t)],
    [t('publish.bulk.averageRate'), t('publish.bulk.rate', { rate: formatRate(report.rate) })],
  ];
  return (
    <Alert tone={tone} title={title}>
      {error ? <p className="mb-1">{error}</p> : null}
      {ended === 'cancelled' ? <p className="mb-1">{t('publish.bulk.cancelledHint')}</p> : null}
      <ReportRows rows={rows} />
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

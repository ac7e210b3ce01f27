'use client';

import { Alert } from '@/components/ui/alert';
import type { MoveProgress } from '@/lib/api/messages';
import { formatCount, formatRate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MoveState } from '@/lib/queries/messages/move';
import { elapsedText, ReportRows, RunProgress } from './run-status';

type Ended = NonNullable<MoveProgress['ended']>;

const TONE = { complete: 'success', stopped: 'warning', cancelled: 'info', failed: 'error' } as const;

/** The final report of a move: its counts, how it ended and why, and what "duplicates possible" means. */
function MoveReport({ report, error, source }: { report: MoveProgress; error: string | null; source: string }) {
  const { t, locale } = useI18n();
  const count = (value: number) => formatCount(value, locale);
  const ended: Ended = error ? 'failed' : (report.ended ?? 'complete');
  const tone = ended === 'complete' && report.failed > 0 ? 'warning' : TONE[ended];
  const title = {
    complete: t('work.move.complete'),
    stopped: t('work.move.stopped'),
    cancelled: t('work.move.cancelled'),
    failed: t('work.move.failed'),
  }[ended];
  const rows: Array<[string, string]> = [
    [t('work.move.moved'), count(report.moved)],
    [t('work.move.skipped'), count(report.skipped)],
    [t('work.move.failedCount'), count(report.failed)],
    [t('work.move.left'), report.left === undefined ? t('work.move.leftUnknown') : count(report.left)],
    [t('work.move.duplicates'), count(report.duplicates_possible)],
    [t('publish.bulk.elapsed'), elapsedText(report.elapsed_ms, t)],
    [t('publish.bulk.averageRate'), t('publish.bulk.rate', { rate: formatRate(report.rate) })],
  ];
  return (
    <Alert tone={tone} title={title}>
      {error ? <p className="mb-1">{error}</p> : null}
      {report.reason && report.reason !== error ? <p className="mb-1">{t('work.move.reason', { reason: report.reason })}</p> : null}
      {ended === 'cancelled' ? <p className="mb-1">{t('work.move.cancelledHint', { source })}</p> : null}
      {ended === 'stopped' ? <p className="mb-1">{t('work.move.stoppedHint', { source })}</p> : null}
      <ReportRows rows={rows} />
      <p className="mt-1 text-xs">{t('work.move.skippedHint')}</p>
      {report.duplicates_possible > 0 ? (
        <p className="mt-1 font-medium">{t('work.move.duplicatesHint', { count: report.duplicates_possible, source })}</p>
      ) : ended === 'failed' ? (
        <p className="mt-1">{t('work.move.noDuplicates', { source })}</p>
      ) : null}
    </Alert>
  );
}

/** A move's progress while it runs, then its report (or why it could not start). */
export function MoveStatus({ move, total, source }: { move: MoveState & { cancel: () => void }; total: (ready: number) => number; source: string }) {
  const { t, locale } = useI18n();
  if (move.running) {
    const progress = move.progress;
    const done = progress ? progress.moved + progress.skipped + progress.failed : 0;
    const max = progress ? total(progress.source_at_start) : 0;
    return (
      <RunProgress
        label={t('work.move.progressLabel')}
        summary={t('work.move.progress', { done: formatCount(done, locale), total: formatCount(max, locale), moved: formatCount(progress?.moved ?? 0, locale) })}
        value={progress ? done : undefined}
        max={max}
        rate={progress?.rate ?? 0}
        onCancel={move.cancel}
      />
    );
  }
  if (move.report) return <MoveReport report={move.report} error={move.error?.message ?? null} source={source} />;
  if (move.error) {
    return (
      <Alert tone="error" title={t('work.move.refused', { source })}>
        {move.error.message}
      </Alert>
    );
  }
  return null;
}

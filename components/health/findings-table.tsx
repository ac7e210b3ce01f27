'use client';

import { SEVERITIES, type Finding } from '@/lib/api/health';
import { formatTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import { FindingObjects } from './finding-objects';
import { useHealthText } from './health-text';
import { SEVERITY_LABELS, SeverityBadge } from './severity-badge';

const cell = 'px-3 py-2 align-top';

/**
 * The findings in one table, a group of rows per severity (most severe first), each row headed
 * by its finding: what, on which objects (linked), since when, and what to do.
 */
export function FindingsTable({ findings, showVhost }: { findings: Finding[]; showVhost: boolean }) {
  const { t, locale } = useI18n();
  const text = useHealthText();
  const groups = SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (group) => group.findings.length > 0,
  );
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t('health.caption')}</caption>
        <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              {t('health.col.severity')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('health.col.finding')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('health.col.objects')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              {t('health.col.since')}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {t('health.col.advice')}
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.severity}>
            <tr className="border-t border-zinc-200 bg-zinc-50/60 dark:border-zinc-800 dark:bg-zinc-900/60">
              <th scope="rowgroup" colSpan={5} className="px-3 py-1.5 text-left text-xs font-semibold">
                {t('health.group', { severity: t(SEVERITY_LABELS[group.severity]), count: group.findings.length })}
              </th>
            </tr>
            {group.findings.map((finding) => (
              <tr key={finding.id} className="border-t border-zinc-100 dark:border-zinc-800">
                <td className={cell}>
                  <SeverityBadge severity={finding.severity} />
                </td>
                <th scope="row" className={`${cell} text-left font-medium`}>
                  <span className="break-words">{text(finding.title)}</span>
                  {finding.detail ? <span className="mt-0.5 block text-xs font-normal text-zinc-600 dark:text-zinc-400">{text(finding.detail)}</span> : null}
                </th>
                <td className={cell}>
                  <FindingObjects objects={finding.objects} showVhost={showVhost} />
                </td>
                <td className={`${cell} whitespace-nowrap tabular-nums`}>
                  {finding.since === undefined ? (
                    <span className="text-zinc-600 dark:text-zinc-400">{t('health.since.unknown')}</span>
                  ) : (
                    <time dateTime={new Date(finding.since).toISOString()}>
                      {finding.sinceAtLeast
                        ? t('health.since.before', { time: formatTime(finding.since, locale) })
                        : formatTime(finding.since, locale)}
                    </time>
                  )}
                </td>
                <td className={`${cell} text-zinc-700 dark:text-zinc-300`}>{text(finding.advice)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

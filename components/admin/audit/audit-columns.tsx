'use client';

import { useMemo } from 'react';
import { formatDateTime } from '@/components/connections/format';
import { Badge } from '@/components/ui/badge';
import type { ColumnDef } from '@/components/ui/data-table';
import type { AuditEntry } from '@/lib/api/audit';
import { useI18n } from '@/lib/i18n/i18n';
import { RESULT_LABEL } from './audit-filters';

/** An entry with its place on the page: entries have no id of their own. */
export type AuditRow = AuditEntry & { key: string };

/** Essentials longer than this show their start, and the whole on demand. */
const COMPACT_LENGTH = 80;

function RequestEssentials({ request }: { request: unknown }) {
  const { t } = useI18n();
  if (request === undefined) return <span>—</span>;
  const compact = JSON.stringify(request);
  if (compact.length <= COMPACT_LENGTH) return <code className="break-all text-xs">{compact}</code>;
  return (
    <details>
      <summary className="cursor-pointer text-xs" title={t('adminAudit.expand')}>
        <code className="break-all">
          {compact.slice(0, COMPACT_LENGTH)}
          {'…'}
        </code>
      </summary>
      <pre className="mt-1 max-h-64 overflow-auto rounded bg-zinc-50 p-2 text-xs whitespace-pre-wrap break-all dark:bg-zinc-950">
        {JSON.stringify(request, null, 2)}
      </pre>
    </details>
  );
}

const RESULT_TONE = { done: 'green', refused: 'amber', failed: 'red' } as const;

/** The audit log's columns; built once per language. */
export function useAuditColumns(): ColumnDef<AuditRow, unknown>[] {
  const { t, locale } = useI18n();
  return useMemo<ColumnDef<AuditRow, unknown>[]>(
    () => [
      {
        id: 'time',
        header: t('adminAudit.col.time'),
        cell: ({ row }) => (
          <time dateTime={row.original.time} title={row.original.time} className="whitespace-nowrap tabular-nums">
            {formatDateTime(row.original.time, locale)}
          </time>
        ),
      },
      { id: 'user', header: t('adminAudit.col.user'), cell: ({ row }) => <span className="break-all">{row.original.user ?? '—'}</span> },
      { id: 'address', header: t('adminAudit.col.address'), cell: ({ row }) => <span className="break-all">{row.original.address}</span> },
      {
        id: 'request',
        header: t('adminAudit.col.request'),
        cell: ({ row }) => (
          <span className="break-all" title={row.original.path}>
            <span className="font-semibold">{row.original.method}</span> <code className="text-xs">{row.original.route}</code>
          </span>
        ),
      },
      {
        id: 'object',
        header: t('adminAudit.col.object'),
        cell: ({ row }) => {
          const object = row.original.object;
          if (!object) return '—';
          return (
            <span className="break-all" title={Object.keys(object).join(' / ')}>
              {Object.values(object).join(' / ')}
            </span>
          );
        },
      },
      { id: 'essentials', header: t('adminAudit.col.essentials'), cell: ({ row }) => <RequestEssentials request={row.original.request} /> },
      {
        id: 'result',
        header: t('adminAudit.col.result'),
        cell: ({ row }) => {
          const { result, status, error } = row.original;
          return (
            <span className="flex flex-col gap-0.5">
              <span>
                <Badge tone={RESULT_TONE[result] ?? 'neutral'}>{t('adminAudit.resultStatus', { result: t(RESULT_LABEL[result]), status })}</Badge>
              </span>
              {error ? <span className="text-xs break-words text-zinc-700 dark:text-zinc-300">{t('adminAudit.error', { code: error.code, message: error.message })}</span> : null}
            </span>
          );
        },
      },
    ],
    [t, locale],
  );
}

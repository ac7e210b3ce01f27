'use client';

import type { Headers } from '@/lib/api/messages';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { headerKind, headerText, type HeaderKind } from './header-value';
import { captionClass, cellClass, headCellClass, headClass, rowClass, tableClass, tableFrameClass } from './table-styles';

const KIND_LABEL: Record<HeaderKind, MessageKey> = {
  string: 'messages.type.string',
  number: 'messages.type.number',
  boolean: 'messages.type.boolean',
  void: 'messages.type.void',
  array: 'messages.type.array',
  table: 'messages.type.table',
  bytes: 'messages.type.bytes',
  timestamp: 'messages.type.timestamp',
  decimal: 'messages.type.decimal',
};

/** A message's headers: name, value as people read it (dates, byte counts, compact JSON), AMQP type. */
export function HeaderTable({ headers, caption }: { headers: Headers; caption: string }) {
  const t = useT();
  const entries = Object.entries(headers);
  if (entries.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('messages.headers.none')}</p>;
  return (
    <div className={tableFrameClass}>
      <table className={tableClass}>
        <caption className={captionClass}>{caption}</caption>
        <thead className={headClass}>
          <tr>
            <th scope="col" className={headCellClass}>
              {t('messages.headers.name')}
            </th>
            <th scope="col" className={headCellClass}>
              {t('messages.headers.value')}
            </th>
            <th scope="col" className={headCellClass}>
              {t('messages.headers.type')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([key, value]) => {
            const kind = headerKind(value);
            return (
              <tr key={key} className={rowClass}>
                <th scope="row" className={`${cellClass} break-all text-left font-mono text-xs font-medium`}>
                  {key}
                </th>
                <td className={`${cellClass} break-all font-mono text-xs`}>{headerText(value, t)}</td>
                <td className={`${cellClass} whitespace-nowrap text-xs text-zinc-600 dark:text-zinc-400`}>{t(KIND_LABEL[kind])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

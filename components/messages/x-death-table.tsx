'use client';

import { DetailList } from '@/components/ui/detail-list';
import type { HeaderValue, Headers } from '@/lib/api/messages';
import { formatCount } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import { headerText, isoFromSeconds, tableOf, taggedOf } from './header-value';
import { captionClass, cellClass, headCellClass, headClass, rowClass, tableClass, tableFrameClass } from './table-styles';

/** One entry of x-death: the broker adds one per (queue, reason), counting repeats. */
interface Death {
  queue?: string;
  reason?: string;
  count?: number;
  /** Seconds since the epoch. */
  time?: number;
  exchange?: string;
  routingKeys: string[];
  originalExpiration?: string;
}

const SUMMARY_KEYS = [
  'x-first-death-queue',
  'x-first-death-reason',
  'x-first-death-exchange',
  'x-last-death-queue',
  'x-last-death-reason',
  'x-last-death-exchange',
] as const;

const text = (value: HeaderValue | undefined) => (typeof value === 'string' ? value : undefined);

function deathOf(value: HeaderValue): Death | null {
  const table = tableOf(value);
  if (!table) return null;
  const time = table.time;
  const tagged = time === undefined ? null : taggedOf(time);
  const keys = table['routing-keys'];
  const expiration = table['original-expiration'];
  return {
    queue: text(table.queue),
    reason: text(table.reason),
    count: typeof table.count === 'number' ? table.count : undefined,
    time: tagged?.$type === 'timestamp' ? tagged.seconds : typeof time === 'number' ? time : undefined,
    exchange: text(table.exchange),
    routingKeys: Array.isArray(keys) ? keys.filter((key): key is string => typeof key === 'string') : [],
    originalExpiration: expiration === undefined || expiration === null ? undefined : String(expiration),
  };
}

/** The entries of an x-death header, newest first as the broker keeps them; none when it has none. */
function deathsOf(headers: Headers): Death[] {
  const value = headers['x-death'];
  return Array.isArray(value) ? value.map(deathOf).filter((death): death is Death => death !== null) : [];
}

const exchangeName = (name: string | undefined, t: Translate) => (name === undefined ? '—' : name === '' ? t('exchanges.defaultName') : name);

/**
 * Where a dead-lettered message has been: x-death as a table (queue, reason, count, time,
 * exchange, routing keys), and the x-first-death-* / x-last-death-* headers beside it.
 */
export function XDeathTable({ headers }: { headers: Headers }) {
  const { t, locale } = useI18n();
  const deaths = deathsOf(headers);
  const summary = SUMMARY_KEYS.filter((key) => headers[key] !== undefined);
  if (deaths.length === 0 && summary.length === 0) return null;
  const withExpiration = deaths.some((death) => death.originalExpiration !== undefined);
  const columns = [
    t('messages.xdeath.queue'),
    t('messages.xdeath.reason'),
    t('messages.xdeath.count'),
    t('messages.xdeath.time'),
    t('messages.xdeath.exchange'),
    t('messages.xdeath.routingKeys'),
    ...(withExpiration ? [t('messages.xdeath.originalExpiration')] : []),
  ];
  return (
    <div className="flex flex-col gap-2">
      {deaths.length ? (
        <div className={tableFrameClass}>
          <table className={tableClass}>
            <caption className={captionClass}>{t('messages.xdeath.caption')}</caption>
            <thead className={headClass}>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className={headCellClass}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {deaths.map((death, index) => (
                <tr key={index} className={rowClass}>
                  <th scope="row" className={`${cellClass} break-all text-left font-medium`}>
                    {death.queue ?? '—'}
                  </th>
                  <td className={cellClass}>{death.reason ?? '—'}</td>
                  <td className={`${cellClass} text-right tabular-nums`}>{formatCount(death.count, locale)}</td>
                  <td className={`${cellClass} whitespace-nowrap font-mono text-xs`}>
                    {death.time === undefined ? '—' : (isoFromSeconds(death.time) ?? String(death.time))}
                  </td>
                  <td className={`${cellClass} break-all`}>{exchangeName(death.exchange, t)}</td>
                  <td className={`${cellClass} break-all font-mono text-xs`}>{death.routingKeys.length ? death.routingKeys.join(', ') : '—'}</td>
                  {withExpiration ? <td className={`${cellClass} tabular-nums`}>{death.originalExpiration ?? '—'}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {summary.length ? (
        <DetailList
          items={summary.map((key) => {
            const value = headers[key] as HeaderValue;
            return { label: key, value: key.endsWith('-exchange') && typeof value === 'string' ? exchangeName(value, t) : headerText(value, t) };
          })}
        />
      ) : null}
    </div>
  );
}

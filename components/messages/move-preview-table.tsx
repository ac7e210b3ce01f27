'use client';

import type { MovePreview, MovePreviewItem } from '@/lib/api/messages';
import { formatCount } from '@/lib/format';
import { useI18n, type Translate } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { captionClass, cellClass, headCellClass, headClass, rowClass, tableClass, tableFrameClass } from './table-styles';

const SKIP: Record<NonNullable<MovePreviewItem['skip']>, MessageKey> = {
  not_selected: 'work.preview.skip.notSelected',
  filtered_out: 'work.preview.skip.filteredOut',
  already_moved: 'work.preview.skip.alreadyMoved',
  no_x_death: 'work.preview.skip.noXDeath',
};

/** "exchange orders, routing key eu" with the default exchange named as the official UI names it. */
export function destinationText(destination: { exchange: string; routing_key: string }, t: Translate): string {
  return t('work.preview.destination', {
    exchange: destination.exchange === '' ? t('exchanges.defaultName') : destination.exchange,
    routingKey: destination.routing_key === '' ? '“”' : destination.routing_key,
  });
}

/** A dry run's answer: what would go where, per destination and per message, nothing moved. */
export function MovePreviewTable({ preview }: { preview: MovePreview }) {
  const { t, locale } = useI18n();
  const count = (value: number) => formatCount(value, locale);
  return (
    <div className="flex flex-col gap-2">
      <p role="status" className="text-sm font-medium">
        {t('work.preview.summary', { scanned: count(preview.scanned), source: count(preview.source_count), would: count(preview.would_move) })}
      </p>
      {preview.destinations.length ? (
        <ul className="list-inside list-disc text-sm">
          {preview.destinations.map((destination) => (
            <li key={`${destination.exchange}\n${destination.routing_key}`}>
              {t('work.preview.perDestination', { count: destination.count, destination: destinationText(destination, t) })}
            </li>
          ))}
        </ul>
      ) : null}
      {preview.items.length ? (
        <div className={tableFrameClass}>
          <table className={tableClass}>
            <caption className={captionClass}>{t('work.preview.caption')}</caption>
            <thead className={headClass}>
              <tr>
                <th scope="col" className={headCellClass}>
                  {t('work.preview.position')}
                </th>
                <th scope="col" className={headCellClass}>
                  {t('work.preview.routingKey')}
                </th>
                <th scope="col" className={headCellClass}>
                  {t('work.preview.goesTo')}
                </th>
                <th scope="col" className={headCellClass}>
                  {t('work.preview.death')}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.items.map((item) => (
                <tr key={item.position} className={rowClass}>
                  <td className={`${cellClass} tabular-nums`}>{item.position}</td>
                  <td className={`${cellClass} break-all font-mono`}>{item.routing_key === '' ? '“”' : item.routing_key}</td>
                  <td className={cellClass}>
                    {item.destination ? (
                      <span>
                        <span aria-hidden="true">→</span> {destinationText(item.destination, t)}
                      </span>
                    ) : (
                      <span className="text-zinc-600 dark:text-zinc-400">{t(SKIP[item.skip ?? 'filtered_out'])}</span>
                    )}
                  </td>
                  <td className={cellClass}>
                    {item.death ? t('work.preview.deathText', { reason: item.death.reason, queue: item.death.queue, count: item.death.count }) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

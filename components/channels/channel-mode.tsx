'use client';

import { useT } from '@/lib/i18n/i18n';
import type { ChannelSummary } from '@/lib/api/channels';

/** The official UI's mode letters: C (confirm), T (transactional), each explained by its tooltip. */
export function ChannelMode({ channel }: { channel: Pick<ChannelSummary, 'confirm' | 'transactional'> }) {
  const t = useT();
  if (!channel.confirm && !channel.transactional) return <span aria-hidden="true">—</span>;
  return (
    <span className="inline-flex gap-1 font-mono font-semibold">
      {channel.confirm ? (
        <abbr title={t('channels.mode.confirm')} className="cursor-help no-underline">
          {t('channels.mode.confirmShort')}
        </abbr>
      ) : null}
      {channel.transactional ? (
        <abbr title={t('channels.mode.transactional')} className="cursor-help no-underline">
          {t('channels.mode.transactionalShort')}
        </abbr>
      ) : null}
    </span>
  );
}

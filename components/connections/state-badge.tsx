'use client';

import { Badge } from '@/components/ui/badge';
import { useI18n } from '@/lib/i18n/i18n';
import { formatDateTime } from './format';

type Tone = 'green' | 'amber' | 'red' | 'blue' | 'neutral';

// The official UI's colours: running is fine, flow is throttled, blocked/blocking is an alarm.
const TONES: Record<string, Tone> = {
  running: 'green',
  flow: 'amber',
  blocking: 'amber',
  blocked: 'red',
  starting: 'blue',
  tuning: 'blue',
  opening: 'blue',
  closing: 'neutral',
  closed: 'neutral',
};

/** A connection's or channel's state; a channel idle since some time shows "idle" (as the official UI does). */
export function StateBadge({ state, idleSince }: { state: string | undefined; idleSince?: string }) {
  const { t, locale } = useI18n();
  if (idleSince && (state === undefined || state === 'running')) {
    return (
      <Badge tone="neutral" title={t('channels.idleSince', { time: formatDateTime(idleSince, locale) })}>
        {t('channels.idle')}
      </Badge>
    );
  }
  if (!state) return <span>—</span>;
  return <Badge tone={TONES[state] ?? 'neutral'}>{state}</Badge>;
}

'use client';

import type { Severity } from '@/lib/api/health';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '@/lib/i18n/i18n';
import { Badge } from '@/components/ui/badge';

export const SEVERITY_LABELS: Record<Severity, MessageKey> = {
  critical: 'health.severity.critical',
  warning: 'health.severity.warning',
  info: 'health.severity.info',
};

export const SEVERITY_TONES = { critical: 'red', warning: 'amber', info: 'blue' } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useT();
  return <Badge tone={SEVERITY_TONES[severity]}>{t(SEVERITY_LABELS[severity])}</Badge>;
}

'use client';

import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n/i18n';

/** Running, or not running: said in words, not by colour alone. */
export function NodeStatusBadge({ running, className }: { running: boolean; className?: string }) {
  const t = useT();
  return running ? (
    <Badge tone="green" className={className}>
      {t('overview.node.running')}
    </Badge>
  ) : (
    <Badge tone="red" className={className}>
      {t('overview.node.notRunning')}
    </Badge>
  );
}

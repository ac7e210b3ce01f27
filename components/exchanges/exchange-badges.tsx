'use client';

import { badgeVariants } from '@/components/ui/badge';
import { useT } from '@/lib/i18n/i18n';
import type { Exchange } from '@/lib/api/exchanges';
import { cn } from '@/lib/utils';

type FeatureSource = Pick<Exchange, 'durable' | 'auto_delete' | 'internal' | 'arguments' | 'policy'>;

/**
 * The official UI's feature abbreviations: D durable, AD auto-delete, I internal, AE alternate
 * exchange, Args for other arguments, and the policy's name. Each is an <abbr> with the words.
 */
export function ExchangeFeatureBadges({ exchange, className }: { exchange: FeatureSource; className?: string }) {
  const t = useT();
  const args = exchange.arguments ?? {};
  const alternate = args['alternate-exchange'];
  const others = Object.entries(args).filter(([key]) => key !== 'alternate-exchange');
  const features: Array<{ key: string; short: string; title: string; tone: 'neutral' | 'blue' | 'violet' | 'amber' | 'green' }> = [];
  if (exchange.durable) features.push({ key: 'durable', short: 'D', title: t('exchanges.feature.durable'), tone: 'neutral' });
  if (exchange.auto_delete) features.push({ key: 'auto-delete', short: 'AD', title: t('exchanges.feature.autoDelete'), tone: 'amber' });
  if (exchange.internal) features.push({ key: 'internal', short: 'I', title: t('exchanges.feature.internal'), tone: 'violet' });
  if (alternate !== undefined) {
    features.push({ key: 'alternate-exchange', short: 'AE', title: t('exchanges.feature.alternate', { name: String(alternate) }), tone: 'blue' });
  }
  if (others.length) {
    const list = others.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ');
    features.push({ key: 'args', short: 'Args', title: t('exchanges.feature.args', { list }), tone: 'neutral' });
  }
  if (exchange.policy) features.push({ key: 'policy', short: exchange.policy, title: t('exchanges.feature.policy', { name: exchange.policy }), tone: 'green' });
  if (!features.length) return null;
  return (
    <span className={cn('inline-flex flex-wrap gap-1', className)}>
      {features.map((feature) => (
        <abbr
          key={feature.key}
          title={feature.title}
          data-feature={feature.key}
          className={cn(badgeVariants({ tone: feature.tone }), 'cursor-help no-underline', feature.key === 'policy' && 'max-w-48 truncate')}
        >
          {feature.short}
        </abbr>
      ))}
    </span>
  );
}

'use client';

import { badgeVariants } from '@/components/ui/badge';
import { useT } from '@/lib/i18n/i18n';
import { queueFeatures, queueState, type FeatureSource, type StateSource } from '@/lib/queue-features';
import { cn } from '@/lib/utils';

/** Features as short badges; each is an <abbr> whose tooltip spells it out, as in the official UI. */
export function FeatureBadges({ queue, className }: { queue: FeatureSource; className?: string }) {
  const t = useT();
  const features = queueFeatures(queue);
  if (!features.length) return null;
  return (
    <span className={cn('inline-flex flex-wrap gap-1', className)}>
      {features.map((feature) => (
        <abbr
          key={feature.key}
          title={t(feature.title.key, feature.title.vars)}
          data-feature={feature.key}
          className={cn(badgeVariants({ tone: feature.tone }), 'cursor-help no-underline', feature.key.includes('policy') && 'max-w-48 truncate')}
        >
          {feature.short}
        </abbr>
      ))}
    </span>
  );
}

const DOT: Record<string, string> = {
  neutral: 'bg-zinc-400',
  green: 'bg-emerald-500',
  amber: 'bg-amber-500',
  red: 'bg-red-600',
  blue: 'bg-sky-500',
  violet: 'bg-violet-500',
};

/** The queue's state with a coloured key: running green, idle grey, flow amber, down red. */
export function QueueStateBadge({ queue }: { queue: StateSource }) {
  const t = useT();
  const view = queueState(queue);
  if (!view) return <span className="text-zinc-400">—</span>;
  const title = view.explanation ? t(view.explanation, { since: queue.idle_since ?? '' }) : undefined;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap" title={title} data-state={view.text}>
      <span aria-hidden="true" className={cn('inline-block h-2.5 w-2.5 rounded-full', DOT[view.tone])} />
      <span className={cn(view.tone === 'red' && 'font-semibold text-red-700 dark:text-red-400', view.tone === 'amber' && 'text-amber-800 dark:text-amber-300')}>
        {view.label ? t(view.label) : view.text}
      </span>
    </span>
  );
}

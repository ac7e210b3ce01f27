'use client';

import { Badge } from '@/components/ui/badge';
import { useT, type Translate } from '@/lib/i18n/i18n';

/** A vhost's tags, or a dash. */
export function VhostTags({ tags }: { tags: string[] | undefined }) {
  if (!tags?.length) return <span>—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <Badge key={tag} tone="blue">
          {tag}
        </Badge>
      ))}
    </span>
  );
}

function stateLabel(t: Translate, state: string): string {
  if (state === 'running') return t('adminVhosts.state.running');
  if (state === 'stopped') return t('adminVhosts.state.stopped');
  if (state === 'nodedown') return t('adminVhosts.state.nodedown');
  return state;
}

/**
 * The vhost's state on each node (cluster_state). One badge when every node says the same, as
 * the official UI does, with the nodes in its tooltip; otherwise one per node, named.
 */
export function ClusterStateBadges({ state }: { state: Record<string, string> | undefined }) {
  const t = useT();
  const entries = Object.entries(state ?? {});
  if (!entries.length) return <span>—</span>;
  const tone = (value: string) => (value === 'running' ? 'green' : 'red');
  const states = new Set(entries.map(([, value]) => value));
  if (states.size === 1) {
    const only = entries[0]![1];
    return (
      <Badge tone={tone(only)} title={entries.map(([node]) => node).join(', ')}>
        {stateLabel(t, only)}
      </Badge>
    );
  }
  return (
    <ul className="flex flex-col gap-0.5">
      {entries.map(([node, value]) => (
        <li key={node}>
          <Badge tone={tone(value)}>{t('adminVhosts.state.onNode', { node, state: stateLabel(t, value) })}</Badge>
        </li>
      ))}
    </ul>
  );
}

'use client';

import Link from 'next/link';
import type { FindingObject, FindingObjectKind } from '@/lib/api/health';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '@/lib/i18n/i18n';
import { routes } from '@/lib/routes';
import { canMakePolicy, canMonitor } from '@/lib/tags';
import { useSessionUser } from '@/components/shell/session-context';

const KIND_LABELS: Record<FindingObjectKind, MessageKey> = {
  node: 'health.kind.node',
  queue: 'health.kind.queue',
  exchange: 'health.kind.exchange',
  connection: 'health.kind.connection',
  channel: 'health.kind.channel',
  vhost: 'health.kind.vhost',
  policy: 'health.kind.policy',
};

const linkClass = 'break-all text-orange-700 hover:underline dark:text-orange-400';

/** Where an object's page is, when this user has one to go to. */
function href(object: FindingObject, tags: readonly string[]): string | null {
  switch (object.kind) {
    case 'queue':
      return routes.queue(object.vhost ?? '/', object.name);
    case 'exchange':
      return routes.exchange(object.vhost ?? '/', object.name);
    case 'connection':
      return routes.connection(object.name);
    case 'channel':
      return routes.channel(object.name);
    case 'node':
      return canMonitor(tags) ? routes.node(object.name) : null;
    case 'policy':
      return canMakePolicy(tags) ? routes.adminPolicy(object.vhost ?? '/', object.name) : null;
    case 'vhost':
      // The overview narrowed to that vhost shows its message rates, unroutable ones included.
      return `${routes.overview()}?${new URLSearchParams({ vhost: object.name })}`;
  }
}

/** The objects a finding is about, each with its kind and a link to its page. */
export function FindingObjects({ objects, showVhost }: { objects: FindingObject[]; showVhost: boolean }) {
  const t = useT();
  const { tags } = useSessionUser();
  if (!objects.length) return <span className="text-zinc-600 dark:text-zinc-400">{t('health.object.cluster')}</span>;
  return (
    <ul className="flex flex-col gap-1">
      {objects.map((object) => {
        const target = href(object, tags);
        return (
          <li key={`${object.kind}:${object.vhost ?? ''}:${object.name}`} className="flex flex-wrap items-baseline gap-x-1">
            <span className="text-xs text-zinc-600 dark:text-zinc-400">{t(KIND_LABELS[object.kind])}</span>
            {target ? (
              <Link prefetch={false} href={target} className={linkClass}>
                {object.name}
              </Link>
            ) : (
              <span className="break-all">{object.name}</span>
            )}
            {showVhost && object.vhost !== undefined && object.kind !== 'vhost' ? (
              <span className="text-xs text-zinc-600 dark:text-zinc-400">{t('health.object.inVhost', { vhost: object.vhost })}</span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

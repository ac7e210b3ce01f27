'use client';

import { Fragment } from 'react';
import Link from 'next/link';
import { ArgumentList } from '@/components/ui/argument-list';
import { useT } from '@/lib/i18n/i18n';
import type { Hop } from '@/lib/routing/route';
import { routes } from '@/lib/routes';

// How the route tester shows a path: exchange [binding key or arguments, or "alternate exchange"] → exchange … → queue.

export const routeLinkClass = 'break-all text-orange-700 hover:underline dark:text-orange-400';

export function ExchangeLink({ vhost, name }: { vhost: string; name: string }) {
  const t = useT();
  return (
    <Link prefetch={false} href={routes.exchange(vhost, name)} className={routeLinkClass}>
      {name === '' ? t('exchanges.defaultName') : name}
    </Link>
  );
}

/** One path, hop by hop, ending at the queue. */
export function PathView({ vhost, path }: { vhost: string; path: Hop[] }) {
  const last = path[path.length - 1];
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1 gap-y-0.5">
      {path.map((hop, i) => (
        <Fragment key={i}>
          <ExchangeLink vhost={vhost} name={hop.exchange} />
          {hop.kind === 'alternate' ? <AlternateWhy via={hop.via} /> : <BindingWhy hop={hop} />}
          <span aria-hidden="true">→</span>
        </Fragment>
      ))}
      {last?.kind === 'binding' ? <span className="break-all">{last.binding.destination}</span> : null}
    </span>
  );
}

function AlternateWhy({ via }: { via: 'argument' | 'policy' }) {
  const t = useT();
  return <span className="text-xs italic text-zinc-600 dark:text-zinc-400">({via === 'policy' ? t('route.alternatePolicy') : t('route.alternateArgument')})</span>;
}

function BindingWhy({ hop }: { hop: Extract<Hop, { kind: 'binding' }> }) {
  const t = useT();
  if (hop.exchangeType === 'headers') {
    return (
      <span className="inline-flex items-baseline gap-1 text-xs" title={t('route.bindingArgs')}>
        <ArgumentList args={hop.binding.arguments} empty="{}" />
      </span>
    );
  }
  // A fanout exchange matches every binding: its type is the reason.
  if (hop.exchangeType === 'fanout') return <span className="text-xs text-zinc-600 dark:text-zinc-400">{hop.exchangeType}</span>;
  return (
    <code className="rounded bg-zinc-100 px-1 text-xs dark:bg-zinc-800" title={t('route.bindingKey')}>
      {hop.binding.routing_key === '' ? t('route.emptyKey') : hop.binding.routing_key}
    </code>
  );
}

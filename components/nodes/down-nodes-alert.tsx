'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { useT } from '@/lib/i18n/i18n';
import { routes } from '@/lib/routes';

/** Above everything else on a page that lists nodes: which are down, and what that means. Nothing when none is. */
export function DownNodesAlert({ names }: { names: readonly string[] }) {
  const t = useT();
  if (!names.length) return null;
  return (
    <Alert tone="error" title={t('nodes.down.title', { count: names.length })}>
      <ul className="list-disc pl-5">
        {names.map((name) => (
          <li key={name}>
            <Link prefetch={false} href={routes.node(name)} className="font-medium underline">
              {t('nodes.down.item', { node: name })}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-1">{t('nodes.down.hint')}</p>
    </Alert>
  );
}

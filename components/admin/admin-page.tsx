'use client';

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { useSessionUser } from '@/components/shell/session-context';
import { adminSectionsFor } from '@/lib/admin/sections';
import { useT } from '@/lib/i18n/i18n';

/** Admin's front page: the sections this user may use, each with a line on what it holds. */
export function AdminPage() {
  const t = useT();
  const { tags } = useSessionUser();
  const sections = adminSectionsFor(tags);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('nav.admin')}</h1>
      {sections.length ? (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {sections.map((section) => (
            <li key={section.href} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
              <Link prefetch={false} href={section.href} className="font-medium text-orange-700 hover:underline dark:text-orange-400">
                {t(section.label)}
              </Link>
              <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{t(section.description)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <Alert tone="warning">{t('state.notAllowed')}</Alert>
      )}
    </div>
  );
}

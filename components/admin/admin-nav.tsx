'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useSessionUser } from '@/components/shell/session-context';
import { adminSectionsFor } from '@/lib/admin/sections';
import { useT } from '@/lib/i18n/i18n';
import { cn } from '@/lib/utils';

/** The Admin section's own navigation: the pages this user's tags allow. */
export function AdminNav() {
  const t = useT();
  const pathname = usePathname();
  const { tags } = useSessionUser();
  const sections = adminSectionsFor(tags);
  if (!sections.length) return null;
  return (
    <nav aria-label={t('admin.nav')} className="border-b border-zinc-200 dark:border-zinc-800">
      <ul className="flex flex-wrap gap-1">
        {sections.map((section) => {
          const current = pathname === section.href || pathname.startsWith(`${section.href}/`);
          return (
            <li key={section.href}>
              <Link
                prefetch={false}
                href={section.href}
                aria-current={current ? 'page' : undefined}
                className={cn(
                  '-mb-px inline-block border-b-2 px-3 py-2 text-sm',
                  current
                    ? 'border-orange-600 font-medium text-zinc-900 dark:text-zinc-100'
                    : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100',
                )}
              >
                {t(section.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

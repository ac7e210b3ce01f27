import type { ReactNode } from 'react';
import { cn } from '@/lib/utils';

/** A titled section; the title is a real heading so screen readers can jump between sections. */
export function Section({
  title,
  actions,
  children,
  className,
  headingLevel = 2,
}: {
  title: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={cn('rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900', className)}>
      <div className="mb-3 flex items-center justify-between gap-2">
        <Heading className="text-base font-semibold">{title}</Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}

import type { HTMLAttributes } from 'react';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils';

export const badgeVariants = cva('inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap', {
  variants: {
    tone: {
      neutral: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200',
      green: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100',
      amber: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
      red: 'bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100',
      blue: 'bg-sky-100 text-sky-800 dark:bg-sky-900 dark:text-sky-100',
      violet: 'bg-violet-100 text-violet-800 dark:bg-violet-900 dark:text-violet-100',
    },
  },
  defaultVariants: { tone: 'neutral' },
});

export function Badge({ className, tone, ...props }: HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}

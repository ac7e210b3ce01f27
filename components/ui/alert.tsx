import type { ReactNode } from 'react';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils';

const alertVariants = cva('rounded-md border px-3 py-2 text-sm', {
  variants: {
    tone: {
      error: 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
      warning: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
      info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100',
      success: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
    },
  },
  defaultVariants: { tone: 'error' },
});

/** Errors and banners are announced: role="alert" for errors and warnings, "status" otherwise. */
export function Alert({
  tone,
  title,
  children,
  className,
  action,
}: VariantProps<typeof alertVariants> & { title?: ReactNode; children?: ReactNode; className?: string; action?: ReactNode }) {
  const role = tone === 'info' || tone === 'success' ? 'status' : 'alert';
  return (
    <div role={role} className={cn(alertVariants({ tone }), 'flex items-start gap-3', className)}>
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="break-words">{children}</div> : null}
      </div>
      {action}
    </div>
  );
}

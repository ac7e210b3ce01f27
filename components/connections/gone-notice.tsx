import Link from 'next/link';
import { Alert } from '@/components/ui/alert';

/**
 * Connections and channels come and go: a detail page whose object has gone says so and links
 * back, instead of showing an error.
 */
export function GoneNotice({ title, hint, backHref, backLabel }: { title: string; hint: string; backHref: string; backLabel: string }) {
  return (
    <Alert tone="info" title={title}>
      <p>{hint}</p>
      <Link prefetch={false} href={backHref} className="mt-1 inline-block font-medium text-orange-700 underline dark:text-orange-400">
        {backLabel}
      </Link>
    </Alert>
  );
}

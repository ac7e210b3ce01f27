import Link from 'next/link';
import { Alert } from './alert';

/**
 * The detail page of an object that is not there: its heading, why (a queue or exchange not
 * found; a connection or channel that has gone, as they come and go), and the way back to the
 * list — never a bare error.
 */
export function MissingNotice({
  heading,
  title,
  hint,
  backHref,
  backLabel,
  tone = 'warning',
}: {
  heading: string;
  title: string;
  hint?: string;
  backHref: string;
  backLabel: string;
  /** "info" for objects that come and go (connections, channels). */
  tone?: 'info' | 'warning';
}) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold break-all">{heading}</h1>
      <Alert tone={tone} title={title}>
        {hint ? <p>{hint}</p> : null}
        <Link prefetch={false} href={backHref} className="mt-1 inline-block font-medium text-orange-700 underline dark:text-orange-400">
          {backLabel}
        </Link>
      </Alert>
    </div>
  );
}

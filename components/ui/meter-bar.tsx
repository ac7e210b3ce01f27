import { cn } from '@/lib/utils';

/**
 * A used-against-limit bar (memory against the high watermark, file descriptors ...).
 * Turns amber past `warnAt` of the limit and red when `alarm` is set or the limit is reached.
 */
export function MeterBar({
  value,
  max,
  label,
  text,
  alarm = false,
  warnAt = 0.8,
}: {
  value: number | undefined;
  max: number | undefined;
  label: string;
  text: string;
  alarm?: boolean;
  warnAt?: number;
}) {
  const ratio = value !== undefined && max ? Math.min(value / max, 1) : 0;
  const danger = alarm || ratio >= 1;
  const warn = !danger && ratio >= warnAt;
  return (
    <div className="min-w-32">
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max ?? 0}
        aria-valuenow={value ?? 0}
        aria-valuetext={text}
        className="h-2 w-full overflow-hidden rounded bg-zinc-200 dark:bg-zinc-800"
      >
        <div
          className={cn('h-full', danger ? 'bg-red-600' : warn ? 'bg-amber-500' : 'bg-emerald-600')}
          style={{ width: `${Math.max(ratio * 100, value ? 2 : 0)}%` }}
        />
      </div>
      <p className={cn('mt-0.5 text-xs tabular-nums', danger && 'font-semibold text-red-700 dark:text-red-400')}>{text}</p>
    </div>
  );
}

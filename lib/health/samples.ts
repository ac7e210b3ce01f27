import type { Sample } from './snapshot-types';

// Reading the broker's time series: it sends samples newest first, one per `*_incr` seconds
// over `*_age` seconds (the window). Pure helpers for the rules.

/** The samples oldest first. */
export function chronological(samples: readonly Sample[] | undefined): Sample[] {
  return [...(samples ?? [])].sort((a, b) => a.timestamp - b.timestamp);
}

export interface Since {
  since: number;
  /** The condition already held at the window's first sample: it began then or earlier. */
  atLeast: boolean;
}

/**
 * Since when `holds` has been true without a break up to the latest sample: the first sample of
 * that run. Undefined when the latest sample does not hold (the samples lag the current values
 * by up to one interval) or there are none: the beginning is then not known.
 */
export function trailingRun(samples: readonly Sample[] | undefined, holds: (value: number) => boolean): Since | undefined {
  const ordered = chronological(samples);
  if (!ordered.length || !holds(ordered[ordered.length - 1]!.sample)) return undefined;
  let start = ordered.length - 1;
  while (start > 0 && holds(ordered[start - 1]!.sample)) start--;
  return { since: ordered[start]!.timestamp, atLeast: start === 0 };
}

/**
 * `since` and `sinceAtLeast` of a finding from a run (nothing when it is not known). The broker
 * stamps its newest sample with the end of the current interval, which may be a few seconds
 * ahead of the check: a beginning is never later than `checkedAt`.
 */
export function sinceFields(run: Since | undefined, checkedAt: number): { since?: number; sinceAtLeast?: true } {
  if (!run) return {};
  const since = Math.min(run.since, checkedAt);
  return run.atLeast ? { since, sinceAtLeast: true } : { since };
}

/** A rate as the broker reports it, absent meaning none. */
export function rateOf(details: { rate?: number } | undefined): number {
  const rate = details?.rate;
  return typeof rate === 'number' && Number.isFinite(rate) ? rate : 0;
}

'use client';

import { forwardRef, type InputHTMLAttributes } from 'react';
import { InputField } from '@/components/ui/field';
import { erlangRegexProblem } from '@/lib/erlang-regex';
import type { Translate } from '@/lib/i18n/i18n';
import { regexError } from '@/lib/regex';

/** Why a permission pattern would be refused, in the user's language (undefined when it is fine). */
export function patternMessage(pattern: string, t: Translate): string | undefined {
  return erlangRegexProblem(pattern) ? t('list.invalidRegex', { detail: regexError(pattern) ?? '' }) : undefined;
}

/** A permission regexp: monospaced, never autocorrected. */
export const PatternField = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement> & { label: string; error?: string }>(
  function PatternField({ label, error, ...props }, ref) {
    return <InputField ref={ref} label={label} error={error} autoComplete="off" spellCheck={false} className="font-mono" {...props} />;
  },
);

/** A pattern in a table: "" (matches nothing) shown as such. */
export function Pattern({ value }: { value: string }) {
  if (value === '') return <span className="text-zinc-400">“”</span>;
  return <code className="font-mono text-xs break-all">{value}</code>;
}

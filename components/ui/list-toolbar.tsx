'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n/i18n';
import { regexError } from '@/lib/regex';
import { cn } from '@/lib/utils';
import { inputClass } from './field';

const DEBOUNCE_MS = 300;

/**
 * Name filter with a "Regex" switch. Typing is debounced before it reaches the URL (and the
 * broker); an invalid regex is reported here and never sent.
 */
export function ListToolbar({
  name,
  regex,
  onFilterChange,
  filterLabel,
  children,
}: {
  name: string;
  regex: boolean;
  onFilterChange: (name: string, regex: boolean) => void;
  filterLabel: string;
  children?: ReactNode;
}) {
  const t = useT();
  const [text, setText] = useState(name);
  const [useRegex, setUseRegex] = useState(regex);

  // The URL changed from elsewhere (back button, a shared link): follow it, during render (React's
  // pattern for state that follows a prop), not in an effect that renders twice.
  const [followed, setFollowed] = useState({ name, regex });
  if (followed.name !== name || followed.regex !== regex) {
    setFollowed({ name, regex });
    setText(name);
    setUseRegex(regex);
  }

  const regexDetail = useRegex && text ? regexError(text) : null;
  const problem = regexDetail === null ? null : t('list.invalidRegex', { detail: regexDetail });

  useEffect(() => {
    if (problem || (text === name && useRegex === regex)) return;
    const timer = setTimeout(() => onFilterChange(text, useRegex), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, useRegex, problem, name, regex, onFilterChange]);

  return (
    <div className="flex flex-wrap items-start gap-3">
      <div className="flex flex-col gap-1">
        <div className="flex items-center gap-2">
          <label className="inline-flex items-center gap-2 text-sm">
            {filterLabel}
            <input
              type="search"
              className={cn(inputClass, 'h-8 w-64')}
              value={text}
              aria-invalid={Boolean(problem)}
              aria-describedby={problem ? 'list-filter-error' : undefined}
              onChange={(event) => setText(event.target.value)}
              onKeyDown={(event) => {
                // Enter applies the filter at once, without waiting for the typing pause.
                if (event.key === 'Enter' && !problem) onFilterChange(text, useRegex);
              }}
            />
          </label>
          <label className="inline-flex items-center gap-1 text-sm">
            <input type="checkbox" className="h-4 w-4 accent-orange-600" checked={useRegex} onChange={(event) => setUseRegex(event.target.checked)} />
            {t('list.regex')}
          </label>
        </div>
        {problem ? (
          <p id="list-filter-error" role="alert" className="text-xs text-red-700 dark:text-red-400">
            {problem}
          </p>
        ) : null}
      </div>
      <div className="ml-auto flex flex-wrap items-center gap-2">{children}</div>
    </div>
  );
}

'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/i18n';

/** Entries shown at once under one object or array; "Show more" adds as many again. */
const CHILD_PAGE = 200;
/** Levels open at first; deeper objects and arrays start collapsed (and are not rendered until opened). */
const OPEN_DEPTH = 2;

const tone = (value: unknown) =>
  typeof value === 'string'
    ? 'text-emerald-700 dark:text-emerald-400'
    : typeof value === 'number'
      ? 'text-sky-700 dark:text-sky-400'
      : 'text-violet-700 dark:text-violet-400';

/** Parsed JSON as pretty-printed, collapsible text: each object and array is a button that folds it. */
export function JsonTree({ value, label }: { value: unknown; label: string }) {
  return (
    <ul aria-label={label} className="font-mono text-xs leading-5">
      <JsonNode value={value} depth={0} comma={false} />
    </ul>
  );
}

function JsonNode({ name, value, depth, comma }: { name?: string; value: unknown; depth: number; comma: boolean }) {
  const keyText = name === undefined ? '' : `${JSON.stringify(name)}: `;
  const after = comma ? ',' : '';
  const entries: Array<[string, unknown]> | null =
    value !== null && typeof value === 'object'
      ? Array.isArray(value)
        ? value.map((item, index) => [String(index), item])
        : Object.entries(value as Record<string, unknown>)
      : null;

  if (!entries || entries.length === 0) {
    return (
      <li className="break-all">
        <span className="text-zinc-700 dark:text-zinc-300">{keyText}</span>
        <span className={tone(value)}>{JSON.stringify(value)}</span>
        {after}
      </li>
    );
  }
  return <JsonContainer keyText={keyText} array={Array.isArray(value)} entries={entries} depth={depth} after={after} />;
}

function JsonContainer({
  keyText,
  array,
  entries,
  depth,
  after,
}: {
  keyText: string;
  array: boolean;
  entries: Array<[string, unknown]>;
  depth: number;
  after: string;
}) {
  const t = useT();
  const [open, setOpen] = useState(depth < OPEN_DEPTH);
  const [limit, setLimit] = useState(CHILD_PAGE);
  const [start, end] = array ? ['[', ']'] : ['{', '}'];
  const arrow = open ? '▾' : '▸';
  const summary = array ? t('messages.json.items', { count: entries.length }) : t('messages.json.keys', { count: entries.length });
  const hidden = entries.length - limit;
  return (
    <li>
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="cursor-pointer rounded text-left hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-orange-500 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true" className="inline-block w-3 text-zinc-500">
          {arrow}
        </span>
        <span className="break-all text-zinc-700 dark:text-zinc-300">{keyText}</span>
        {start}
        {open ? (
          <span className="sr-only">{summary}</span>
        ) : (
          <>
            <span className="px-1 text-zinc-500 italic">{summary}</span>
            {end}
            {after}
          </>
        )}
      </button>
      {open ? (
        <>
          <ul className="ml-1.5 border-l border-zinc-200 pl-3 dark:border-zinc-700">
            {entries.slice(0, limit).map(([key, item], index) => (
              <JsonNode key={key} name={array ? undefined : key} value={item} depth={depth + 1} comma={index < entries.length - 1} />
            ))}
            {hidden > 0 ? (
              <li>
                <Button variant="link" size="sm" onClick={() => setLimit(limit + CHILD_PAGE)}>
                  {t('messages.json.showMore', { count: Math.min(hidden, CHILD_PAGE), total: hidden })}
                </Button>
              </li>
            ) : null}
          </ul>
          <span className="pl-3">
            {end}
            {after}
          </span>
        </>
      ) : null}
    </li>
  );
}

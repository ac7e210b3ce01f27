'use client';

import type { ArgumentRow, ArgumentRowError, ArgumentType } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { cn } from '@/lib/utils';
import { Button } from './button';
import { inputClass } from './field';

export interface ArgumentPreset {
  key: string;
  label: string;
  type: ArgumentType;
  /** A value to start from, e.g. "reject-publish" for x-overflow. */
  value?: string;
  hint?: string;
}

const ROW_ERRORS: Record<ArgumentRowError['code'], MessageKey> = {
  keyMissing: 'args.error.keyMissing',
  duplicateKey: 'args.error.duplicateKey',
  notANumber: 'args.error.notANumber',
  notABoolean: 'args.error.notABoolean',
  notAList: 'args.error.notAList',
};

/** What is wrong with a row, in the user's language. */
function RowError({ error }: { error: ArgumentRowError | undefined }) {
  const t = useT();
  if (!error) return null;
  return (
    <p role="alert" className="text-xs text-red-700 dark:text-red-400">
      {t(ROW_ERRORS[error.code], 'params' in error ? error.params : undefined)}
    </p>
  );
}

/**
 * Arguments as rows of key, value and type, with one-click helpers for the well-known keys
 * (like the official UI's "Add" links under the form). Errors come from argumentsFromRows.
 */
export function ArgumentsEditor({
  rows,
  onChange,
  errors = {},
  presets = [],
  legend: legendProp,
  addLabel,
}: {
  rows: ArgumentRow[];
  onChange: (rows: ArgumentRow[]) => void;
  errors?: Record<number, ArgumentRowError>;
  presets?: ArgumentPreset[];
  legend?: string;
  /** The add button's words ("Add argument" by default). */
  addLabel?: string;
}) {
  const t = useT();
  const legend = legendProp ?? t('args.legend');
  const update = (index: number, patch: Partial<ArgumentRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const add = (row: ArgumentRow = { key: '', value: '', type: 'string' }) => {
    // Reuse a trailing blank row instead of piling them up.
    const last = rows[rows.length - 1];
    if (last && !last.key && !last.value) onChange([...rows.slice(0, -1), row]);
    else onChange([...rows, row]);
  };

  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {rows.map((row, index) => (
        <div key={index} className="flex flex-col gap-1">
          <div className="flex items-center gap-2">
            <input
              aria-label={t('args.keyLabel', { legend, index: index + 1 })}
              placeholder={t('args.key')}
              className={cn(inputClass, 'h-8 flex-1')}
              value={row.key}
              aria-invalid={Boolean(errors[index])}
              onChange={(event) => update(index, { key: event.target.value })}
            />
            <span aria-hidden="true">=</span>
            <input
              aria-label={t('args.valueLabel', { legend, index: index + 1 })}
              placeholder={t('args.value')}
              className={cn(inputClass, 'h-8 flex-1')}
              value={row.value}
              aria-invalid={Boolean(errors[index])}
              onChange={(event) => update(index, { value: event.target.value })}
            />
            <select
              aria-label={t('args.typeLabel', { legend, index: index + 1 })}
              className={cn(inputClass, 'h-8 w-28')}
              value={row.type}
              onChange={(event) => update(index, { type: event.target.value as ArgumentType })}
            >
              <option value="string">{t('args.type.string')}</option>
              <option value="number">{t('args.type.number')}</option>
              <option value="boolean">{t('args.type.boolean')}</option>
              <option value="list">{t('args.type.list')}</option>
            </select>
            <Button
              variant="ghost"
              size="sm"
              aria-label={t('args.remove', { name: row.key || t('args.row', { legend, index: index + 1 }) })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ✕
            </Button>
          </div>
          <RowError error={errors[index]} />
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        <Button variant="outline" size="sm" onClick={() => add()}>
          {addLabel ?? t('args.add')}
        </Button>
        {presets.length ? <span className="text-zinc-500">{t('args.presets')}</span> : null}
        {presets.map((preset) => (
          <button
            key={preset.key}
            type="button"
            title={preset.hint ? `${preset.key} — ${preset.hint}` : preset.key}
            className="cursor-pointer text-orange-700 underline-offset-2 hover:underline dark:text-orange-400"
            onClick={() => add({ key: preset.key, value: preset.value ?? '', type: preset.type })}
          >
            {preset.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

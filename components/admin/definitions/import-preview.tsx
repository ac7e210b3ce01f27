'use client';

import type { ReactNode } from 'react';
import { ArgumentList } from '@/components/ui/argument-list';
import type { CategoryDiff, DefinitionsDiff, DiffNote, EntryDiff, EntryOutcome, FieldChange } from '@/lib/definitions/diff';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import type { DefinitionCategory } from '@/lib/schemas/definitions';
import { Alert } from '@/components/ui/alert';

export const CATEGORY_LABELS: Record<DefinitionCategory, MessageKey> = {
  users: 'adminDefinitions.category.users',
  vhosts: 'adminDefinitions.category.vhosts',
  permissions: 'adminDefinitions.category.permissions',
  topic_permissions: 'adminDefinitions.category.topic_permissions',
  parameters: 'adminDefinitions.category.parameters',
  global_parameters: 'adminDefinitions.category.global_parameters',
  policies: 'adminDefinitions.category.policies',
  queues: 'adminDefinitions.category.queues',
  exchanges: 'adminDefinitions.category.exchanges',
  bindings: 'adminDefinitions.category.bindings',
};

const OUTCOME_TABLES: Record<EntryOutcome, MessageKey> = {
  create: 'adminDefinitions.table.create',
  change: 'adminDefinitions.table.change',
  conflict: 'adminDefinitions.table.conflict',
  same: 'adminDefinitions.table.same',
  skipped: 'adminDefinitions.table.skipped',
};

const OUTCOME_NOTES: Partial<Record<EntryOutcome, MessageKey>> = {
  conflict: 'adminDefinitions.note.conflict',
  skipped: 'adminDefinitions.note.skipped',
};

/** Where the entry is in the file, as the problems name it: queues[3]. */
const entryPath = (category: DefinitionCategory, index: number) => `${category}[${index}]`;
const json = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function Change({ change }: { change: FieldChange }) {
  const { t } = useI18n();
  if (change.cleared) return <li className="font-medium text-red-700 dark:text-red-400">{t('adminDefinitions.passwordCleared')}</li>;
  if (change.hidden) return <li>{t('adminDefinitions.passwordChanges')}</li>;
  return (
    <li className="break-all font-mono text-xs">
      <span className="text-zinc-600 dark:text-zinc-400">{change.field}</span>
      {': '}
      <del className="text-red-700 dark:text-red-400">{json(change.from)}</del>
      {' → '}
      <ins className="text-emerald-700 no-underline dark:text-emerald-400">{json(change.to)}</ins>
    </li>
  );
}

function EntriesTable({ category, outcome, items, count }: { category: DefinitionCategory; outcome: EntryOutcome; items: EntryDiff[]; count: number }) {
  const { t, locale } = useI18n();
  const caption = t(OUTCOME_TABLES[outcome], { category: t(CATEGORY_LABELS[category]) });
  const idFields = items[0]?.id.map(([field]) => field) ?? [];
  const detail = outcome === 'create' || outcome === 'change' || outcome === 'conflict';
  const note = OUTCOME_NOTES[outcome];
  return (
    <div className="flex flex-col gap-1">
      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="w-full border-collapse text-sm">
          <caption className="px-3 py-2 text-left text-sm font-medium">
            {caption}
            {' ('}
            {formatCount(count, locale)}
            {')'}
          </caption>
          <thead className="bg-zinc-50 text-left text-xs tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
            <tr>
              <th scope="col" className="px-3 py-2">{t('adminDefinitions.col.entry')}</th>
              {idFields.map((field) => (
                <th key={field} scope="col" className="px-3 py-2 font-mono">
                  {field}
                </th>
              ))}
              {detail ? <th scope="col" className="px-3 py-2">{t(outcome === 'create' ? 'adminDefinitions.col.values' : outcome === 'conflict' ? 'adminDefinitions.col.differs' : 'adminDefinitions.col.changes')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.index} className="border-t border-zinc-100 align-top dark:border-zinc-800">
                <td className="px-3 py-1.5 font-mono text-xs text-zinc-500">{entryPath(category, item.index)}</td>
                {item.id.map(([field, value]) => (
                  <td key={field} className="px-3 py-1.5 break-all">
                    {value}
                  </td>
                ))}
                {detail ? (
                  <td className="px-3 py-1.5">
                    {outcome === 'create' ? (
                      <ArgumentList args={item.values} />
                    ) : (
                      <ul className="flex flex-col gap-0.5">
                        {item.changes?.map((change) => <Change key={change.field} change={change} />)}
                      </ul>
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {count > items.length ? <p className="text-xs text-zinc-500">{t('adminDefinitions.more', { shown: formatCount(items.length, locale), count: formatCount(count, locale) })}</p> : null}
      {note ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{t(note)}</p> : null}
    </div>
  );
}

const SHOWN_OUTCOMES: readonly EntryOutcome[] = ['create', 'change', 'conflict', 'skipped'];

function Category({ diff }: { diff: CategoryDiff }) {
  const { t, locale } = useI18n();
  const label = t(CATEGORY_LABELS[diff.category]);
  const summary = t('adminDefinitions.summary', {
    create: formatCount(diff.counts.create, locale),
    change: formatCount(diff.counts.change, locale),
    conflict: formatCount(diff.counts.conflict, locale),
    same: formatCount(diff.counts.same, locale),
  });
  const items = (outcome: EntryOutcome) => diff.items.filter((item) => item.outcome === outcome);
  let body: ReactNode;
  if (!diff.applies) body = <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('adminDefinitions.notRead', { count: diff.entries })}</p>;
  else {
    body = (
      <>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{summary}</p>
        {SHOWN_OUTCOMES.map((outcome) =>
          diff.counts[outcome] ? <EntriesTable key={outcome} category={diff.category} outcome={outcome} items={items(outcome)} count={diff.counts[outcome]} /> : null,
        )}
        {diff.counts.same ? (
          <details>
            <summary className="cursor-pointer text-sm text-orange-700 dark:text-orange-400">{t('adminDefinitions.showSame', { count: diff.counts.same })}</summary>
            <div className="mt-2">
              <EntriesTable category={diff.category} outcome="same" items={items('same')} count={diff.counts.same} />
            </div>
          </details>
        ) : null}
      </>
    );
  }
  return (
    <section aria-label={label} className="flex flex-col gap-2 border-t border-zinc-100 pt-3 first:border-t-0 first:pt-0 dark:border-zinc-800">
      <h3 className="text-base font-semibold">
        {label}
        {' ('}
        {formatCount(diff.entries, locale)}
        {')'}
      </h3>
      {body}
    </section>
  );
}

function Note({ note }: { note: DiffNote }) {
  const { t } = useI18n();
  if (note.code === 'ignored') return <Alert tone="info">{t('adminDefinitions.note.ignored', { keys: note.keys.join(', ') })}</Alert>;
  return <Alert tone="warning">{t('adminDefinitions.note.otherVhosts', { vhosts: note.vhosts.join(', ') })}</Alert>;
}

/** What importing the file would do, category by category: created, changed field by field, kept, already the same. */
export function ImportPreview({ diff }: { diff: DefinitionsDiff }) {
  const { t } = useI18n();
  const shown = diff.categories.filter((category) => category.entries > 0);
  return (
    <div className="flex flex-col gap-3" data-testid="import-preview">
      {diff.notes.map((note) => (
        <Note key={note.code} note={note} />
      ))}
      {shown.length === 0 ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('adminDefinitions.emptyFile')}</p> : null}
      {shown.map((category) => (
        <Category key={category.category} diff={category} />
      ))}
    </div>
  );
}

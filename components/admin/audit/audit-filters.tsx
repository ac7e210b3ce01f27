'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { AUDIT_RESULTS, isoFromLocalInput, localInputFromIso } from '@/lib/audit/audit-url';
import type { AuditResult } from '@/lib/api/audit';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import type { AuditFilters as Filters } from '@/lib/queries/audit/audit-url-state';

export const RESULT_LABEL: Record<AuditResult, MessageKey> = {
  done: 'adminAudit.result.done',
  refused: 'adminAudit.result.refused',
  failed: 'adminAudit.result.failed',
};

interface Draft {
  user: string;
  object: string;
  from: string;
  to: string;
  result: string;
}

const draftOf = (filters: Filters): Draft => ({
  user: filters.user ?? '',
  object: filters.object ?? '',
  from: localInputFromIso(filters.from),
  to: localInputFromIso(filters.to),
  result: filters.result ?? '',
});

/** The audit log's filters: user, object, time range (local time in, ISO in the URL) and result; applied together. */
export function AuditFilters({ filters, onApply }: { filters: Filters; onApply: (filters: Filters) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(() => draftOf(filters));
  // The URL changed from elsewhere (back button, a shared link): follow it, during render.
  const key = JSON.stringify(filters);
  const [followed, setFollowed] = useState(key);
  if (followed !== key) {
    setFollowed(key);
    setDraft(draftOf(filters));
  }
  const change = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));

  const apply = (next: Draft) =>
    onApply({
      user: next.user.trim() || undefined,
      object: next.object.trim() || undefined,
      from: isoFromLocalInput(next.from) ?? undefined,
      // A minute given as the end includes that whole minute.
      to: next.to ? (isoFromLocalInput(`${next.to}:59.999`) ?? undefined) : undefined,
      result: (AUDIT_RESULTS as readonly string[]).includes(next.result) ? (next.result as AuditResult) : undefined,
    });

  return (
    <form
      aria-label={t('adminAudit.filters')}
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6"
      onSubmit={(event) => {
        event.preventDefault();
        apply(draft);
      }}
    >
      <InputField label={t('adminAudit.col.user')} value={draft.user} onChange={change('user')} autoComplete="off" spellCheck={false} />
      <InputField label={t('adminAudit.col.object')} hint={t('adminAudit.objectHint')} value={draft.object} onChange={change('object')} autoComplete="off" spellCheck={false} />
      <InputField type="datetime-local" label={t('adminAudit.from')} value={draft.from} onChange={change('from')} />
      <InputField type="datetime-local" label={t('adminAudit.to')} value={draft.to} onChange={change('to')} />
      <SelectField label={t('adminAudit.col.result')} value={draft.result} onChange={change('result')}>
        <option value="">{t('adminAudit.result.any')}</option>
        {AUDIT_RESULTS.map((result) => (
          <option key={result} value={result}>
            {t(RESULT_LABEL[result])}
          </option>
        ))}
      </SelectField>
      <div className="flex items-end gap-2">
        <Button type="submit">{t('adminAudit.apply')}</Button>
        <Button
          variant="outline"
          onClick={() => {
            const cleared = { user: '', object: '', from: '', to: '', result: '' };
            setDraft(cleared);
            apply(cleared);
          }}
        >
          {t('adminAudit.clear')}
        </Button>
      </div>
    </form>
  );
}

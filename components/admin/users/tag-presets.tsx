'use client';

import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/i18n';
import type { MessageKey } from '@/lib/i18n/messages';
import { parseTagList } from '@/lib/schemas/admin-users';

/** The official UI's tag shortcuts: each adds or removes its tag; "None" removes them all. */
const PRESETS: ReadonlyArray<{ tag: string; label: MessageKey }> = [
  { tag: 'administrator', label: 'adminUsers.tag.administrator' },
  { tag: 'monitoring', label: 'adminUsers.tag.monitoring' },
  { tag: 'policymaker', label: 'adminUsers.tag.policymaker' },
  { tag: 'management', label: 'adminUsers.tag.management' },
  { tag: 'impersonator', label: 'adminUsers.tag.impersonator' },
];

/** Toggles preset tags in the comma-separated tags text, keeping the free tags typed there. */
export function TagPresets({ text, onChange }: { text: string; onChange: (text: string) => void }) {
  const t = useT();
  const tags = parseTagList(text);
  return (
    <div role="group" aria-label={t('adminUsers.form.presets')} className="flex flex-wrap items-center gap-1.5">
      <span className="text-xs text-zinc-600 dark:text-zinc-400">{t('adminUsers.form.presets')}</span>
      {PRESETS.map(({ tag, label }) => {
        const on = tags.includes(tag);
        return (
          <Button
            key={tag}
            size="sm"
            variant={on ? 'secondary' : 'outline'}
            aria-pressed={on}
            title={tag}
            onClick={() => onChange((on ? tags.filter((other) => other !== tag) : [...tags, tag]).join(', '))}
          >
            {t(label)}
          </Button>
        );
      })}
      <Button size="sm" variant="outline" onClick={() => onChange('')}>
        {t('adminUsers.tag.none')}
      </Button>
    </div>
  );
}

'use client';

import { useState } from 'react';
import { buttonVariants } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { SelectField } from '@/components/ui/field';
import { useVhostChoice } from '@/components/ui/vhost-options';
import { useT } from '@/lib/i18n/i18n';
import { definitionsExportUrl } from '@/lib/queries/definitions/definitions-url';
import { ScopeOptions } from './scope-options';

/**
 * "Export definitions": the whole broker or one vhost, downloaded as a JSON file served by
 * Warren's route (the session cookie authenticates the download; no credentials in the URL).
 */
export function ExportDefinitions({ defaultVhost }: { defaultVhost: string | null }) {
  const t = useT();
  const { names } = useVhostChoice(defaultVhost);
  const [scope, setScope] = useState<string>(defaultVhost ?? '');
  const vhost = scope || null;
  return (
    <Section title={t('adminDefinitions.export.title')}>
      <div className="flex max-w-3xl flex-col gap-3">
        <SelectField label={t('adminDefinitions.scope')} value={scope} onChange={(event) => setScope(event.target.value)}>
          <ScopeOptions names={names} />
        </SelectField>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{vhost === null ? t('adminDefinitions.export.whole') : t('adminDefinitions.export.vhost')}</p>
        {vhost === null ? <p className="text-sm text-amber-800 dark:text-amber-300">{t('adminDefinitions.export.hashes')}</p> : null}
        <div>
          <a href={definitionsExportUrl(vhost)} download className={buttonVariants({ variant: 'primary' })}>
            {t('adminDefinitions.export.download')}
          </a>
        </div>
      </div>
    </Section>
  );
}

'use client';

import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { InputField, SelectField } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { useVhostChoice } from '@/components/ui/vhost-options';
import type { DefinitionsImportResult, DefinitionsPreview } from '@/lib/api/definitions';
import { formatBytes } from '@/lib/format';
import { useT } from '@/lib/i18n/i18n';
import { useImportDefinitionsMutation } from '@/lib/queries/definitions/import-definitions-mutation';
import { usePreviewDefinitionsMutation } from '@/lib/queries/definitions/preview-definitions-mutation';
import { MAX_DEFINITIONS_BYTES } from '@/lib/schemas/definitions';
import { ImportPreview } from './import-preview';
import { ScopeOptions } from './scope-options';

type FileState = { name: string; definitions: unknown } | { name: string; error: string } | null;

/**
 * "Import definitions": a file, checked and compared with the broker first (nothing is sent
 * until then), its preview, a confirmation, then the import. The broker merges: it creates and
 * overwrites, never deletes; a broken file shows which entry and field and changes nothing.
 */
export function ImportDefinitions({ defaultVhost }: { defaultVhost: string | null }) {
  const t = useT();
  const { names } = useVhostChoice(defaultVhost);
  const [scope, setScope] = useState<string>(defaultVhost ?? '');
  const [file, setFile] = useState<FileState>(null);
  const [confirming, setConfirming] = useState(false);
  const [imported, setImported] = useState<DefinitionsImportResult | null>(null);
  const preview = usePreviewDefinitionsMutation();
  const importing = useImportDefinitionsMutation();
  const vhost = scope || null;

  const ask = (definitions: unknown, target: string | null) => {
    setImported(null);
    preview.mutate({ vhost: target, definitions });
  };

  const choose = async (chosen: File | undefined) => {
    preview.reset();
    setImported(null);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_DEFINITIONS_BYTES) {
      return setFile({ name: chosen.name, error: t('adminDefinitions.import.tooLarge', { size: formatBytes(chosen.size), max: formatBytes(MAX_DEFINITIONS_BYTES) }) });
    }
    let definitions: unknown;
    try {
      definitions = JSON.parse(await chosen.text());
    } catch (error) {
      return setFile({ name: chosen.name, error: t('adminDefinitions.import.notJson', { detail: error instanceof Error ? error.message : String(error) }) });
    }
    setFile({ name: chosen.name, definitions });
    ask(definitions, vhost);
  };

  const result: DefinitionsPreview | undefined = preview.data;
  const ready = file && 'definitions' in file && result?.valid ? result : null;

  return (
    <Section title={t('adminDefinitions.import.title')}>
      <div className="flex flex-col gap-3">
        <div className="grid max-w-3xl gap-3 sm:grid-cols-2">
          <SelectField
            label={t('adminDefinitions.import.into')}
            value={scope}
            onChange={(event) => {
              setScope(event.target.value);
              if (file && 'definitions' in file) ask(file.definitions, event.target.value || null);
            }}
          >
            <ScopeOptions names={names} />
          </SelectField>
          <InputField
            type="file"
            accept="application/json,.json"
            label={t('adminDefinitions.import.file')}
            hint={t('adminDefinitions.import.fileHint', { max: formatBytes(MAX_DEFINITIONS_BYTES) })}
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </div>
        <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">{vhost === null ? t('adminDefinitions.import.mergeBroker') : t('adminDefinitions.import.mergeVhost', { vhost })}</p>

        {file && 'error' in file ? <Alert tone="error">{file.error}</Alert> : null}
        {preview.isPending ? <Skeleton className="h-24 w-full" /> : null}
        {preview.error ? <Alert tone="error" title={t('adminDefinitions.import.previewFailed')}>{preview.error.message}</Alert> : null}
        {result && !result.valid ? (
          <Alert tone="error" title={t('adminDefinitions.import.invalid', { count: result.problems.length + result.more })}>
            <ul className="flex flex-col gap-0.5" aria-label={t('adminDefinitions.import.problems')}>
              {result.problems.map((problem, index) => (
                <li key={index} className="break-words">
                  {problem.path ? <code className="font-mono text-xs">{problem.path}</code> : null}
                  {problem.path ? ': ' : null}
                  {problem.message}
                </li>
              ))}
            </ul>
            {result.more ? <p>{t('adminDefinitions.import.moreProblems', { count: result.more })}</p> : null}
            <p className="mt-1">{t('adminDefinitions.import.nothingSent')}</p>
          </Alert>
        ) : null}
        {imported ? (
          <Alert tone="success">{t('adminDefinitions.import.done', { created: imported.created, changed: imported.changed })}</Alert>
        ) : null}

        {ready ? (
          <>
            <h3 className="text-base font-semibold">{t('adminDefinitions.import.previewTitle', { file: file?.name ?? '' })}</h3>
            <ImportPreview diff={ready.diff} />
            <div className="flex flex-wrap items-center gap-3">
              <Button onClick={() => setConfirming(true)} disabled={!ready.changes}>
                {t('adminDefinitions.import.start')}
              </Button>
              {!ready.changes ? <span className="text-sm text-zinc-600 dark:text-zinc-400">{t('adminDefinitions.import.nothingToDo')}</span> : null}
            </div>
            <ConfirmDialog
              open={confirming}
              onOpenChange={setConfirming}
              title={vhost === null ? t('adminDefinitions.confirm.titleBroker') : t('adminDefinitions.confirm.titleVhost', { vhost })}
              description={t('adminDefinitions.confirm.description', {
                create: ready.diff.categories.reduce((sum, category) => sum + category.counts.create, 0),
                change: ready.diff.categories.reduce((sum, category) => sum + category.counts.change, 0),
              })}
              confirmLabel={t('adminDefinitions.confirm.button')}
              destructive={ready.diff.categories.some((category) => category.counts.change > 0)}
              onConfirm={async () => {
                if (!file || !('definitions' in file)) return;
                const done = await importing.mutateAsync({ vhost, definitions: file.definitions, fingerprint: ready.fingerprint });
                // Previewed again: what was to do is now the same as the broker's.
                preview.mutate({ vhost, definitions: file.definitions }, { onSuccess: () => setImported(done) });
              }}
            >
              <p className="text-sm">{t('adminDefinitions.confirm.partial')}</p>
            </ConfirmDialog>
          </>
        ) : null}
      </div>
    </Section>
  );
}

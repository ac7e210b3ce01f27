'use client';

import { Alert } from '@/components/ui/alert';
import { useSessionUser } from '@/components/shell/session-context';
import { useT } from '@/lib/i18n/i18n';
import { isAdministrator } from '@/lib/tags';
import { useVhost } from '@/lib/url-state';
import { ExportDefinitions } from './export-definitions';
import { ImportDefinitions } from './import-definitions';

/** Admin → Definitions: export, and import after a preview of what the file would change. Administrators only, as the broker has it. */
export function DefinitionsPage() {
  const t = useT();
  const { tags } = useSessionUser();
  const [vhost] = useVhost();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('admin.section.definitions')}</h1>
      {isAdministrator(tags) ? (
        <>
          <ExportDefinitions defaultVhost={vhost} />
          <ImportDefinitions defaultVhost={vhost} />
        </>
      ) : (
        <Alert tone="warning">{t('state.notAllowed')}</Alert>
      )}
    </div>
  );
}

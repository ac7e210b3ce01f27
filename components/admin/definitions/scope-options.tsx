'use client';

import { useT } from '@/lib/i18n/i18n';

/** The <option>s of "what": the whole broker ("") or one vhost. */
export function ScopeOptions({ names }: { names: readonly string[] }) {
  const t = useT();
  return (
    <>
      <option value="">{t('adminDefinitions.scope.broker')}</option>
      {names.map((vhost) => (
        <option key={vhost} value={vhost}>
          {t('adminDefinitions.scope.vhost', { vhost })}
        </option>
      ))}
    </>
  );
}

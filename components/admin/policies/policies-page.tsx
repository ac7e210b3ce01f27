'use client';

import dynamic from 'next/dynamic';
import { Alert } from '@/components/ui/alert';
import { WhenIdle } from '@/components/ui/when-idle';
import { useSessionUser } from '@/components/shell/session-context';
import { useT } from '@/lib/i18n/i18n';
import { canMakePolicy, isAdministrator } from '@/lib/tags';
import { useVhost } from '@/lib/url-state';
import { PolicyList } from './policy-list';

// Below the lists and with their checks: loaded after the page is up, not before its rows.
const PolicyForm = dynamic(() => import('./policy-form').then((module) => module.PolicyForm), { ssr: false });

/**
 * Admin → Policies, for the vhost chosen in the shell (or all): the policies and the operator
 * policies, as the official UI has them, each list with its form below. Policymakers manage the
 * policies of their vhosts; operator policies are the administrators' (3.10 refuses the others).
 */
export function PoliciesPage() {
  const t = useT();
  const { tags } = useSessionUser();
  const [vhost] = useVhost();
  const heading = <h1 className="text-2xl font-semibold">{t('admin.section.policies')}</h1>;
  if (!canMakePolicy(tags)) {
    return (
      <div className="flex flex-col gap-4">
        {heading}
        <Alert tone="warning">{t('state.notAllowed')}</Alert>
      </div>
    );
  }
  const administrator = isAdministrator(tags);
  return (
    <div className="flex flex-col gap-4">
      {heading}
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">{t('adminPolicies.intro')}</p>
      <PolicyList kind="policy" canEdit />
      <WhenIdle>
        <PolicyForm kind="policy" defaultVhost={vhost} />
      </WhenIdle>
      <PolicyList kind="operator" canEdit={administrator} />
      {administrator ? (
        <WhenIdle>
          <PolicyForm kind="operator" defaultVhost={vhost} />
        </WhenIdle>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('adminPolicies.operator.adminOnly')}</p>
      )}
    </div>
  );
}

'use client';

import { useState } from 'react';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { ArgumentList } from '@/components/ui/argument-list';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { DetailList } from '@/components/ui/detail-list';
import { MissingNotice } from '@/components/ui/missing-notice';
import { QueryError } from '@/components/ui/query-error';
import { useSessionUser } from '@/components/shell/session-context';
import { ApiError } from '@/lib/api/errors';
import { useT } from '@/lib/i18n/i18n';
import type { PolicyKind } from '@/lib/policies';
import { usePolicyPreviewQuery } from '@/lib/queries/policies/policy-preview-query';
import { usePolicyQuery } from '@/lib/queries/policies/policy-query';
import { routes } from '@/lib/routes';
import { canMakePolicy, isAdministrator } from '@/lib/tags';
import { useRefreshSeconds } from '@/lib/url-state';
import { DeletePolicyDialog } from './delete-policy-dialog';
import { applyToLabel } from './labels';
import { PolicyPreviewPanel } from './policy-preview';

const PolicyForm = dynamic(() => import('./policy-form').then((module) => module.PolicyForm), { ssr: false });

/** One policy (or operator policy): what it is, what it applies to now, its form to update it, and Delete. */
export function PolicyDetailPage({ kind, vhost, name }: { kind: PolicyKind; vhost: string; name: string }) {
  const t = useT();
  const router = useRouter();
  const { tags } = useSessionUser();
  const [refresh] = useRefreshSeconds();
  const allowed = canMakePolicy(tags);
  const policy = usePolicyQuery(kind, vhost, name, refresh, { enabled: allowed });
  const [deleting, setDeleting] = useState(false);
  const operator = kind === 'operator';
  const heading = t(operator ? 'adminPolicies.detail.titleOperator' : 'adminPolicies.detail.title', { name });
  const listHref = `${routes.adminPolicies()}?vhost=${encodeURIComponent(vhost)}`;
  const data = policy.data;
  const applies = usePolicyPreviewQuery(
    kind,
    data
      ? {
          vhost,
          pattern: data.pattern,
          applyTo: data['apply-to'],
          priority: data.priority,
          name,
          keys: Array.isArray(data.definition) ? [] : Object.keys(data.definition),
        }
      : null,
  );

  if (!allowed) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold break-all">{heading}</h1>
        <Alert tone="warning">{t('state.notAllowed')}</Alert>
      </div>
    );
  }
  if (policy.error instanceof ApiError && policy.error.code === 'NOT_FOUND' && !data) {
    return (
      <MissingNotice
        heading={heading}
        title={t(operator ? 'adminPolicies.detail.missingOperator' : 'adminPolicies.detail.missing', { name, vhost })}
        backHref={listHref}
        backLabel={t('adminPolicies.detail.back')}
      />
    );
  }
  const mayEdit = !operator || isAdministrator(tags);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Link prefetch={false} href={listHref} className="text-sm text-orange-700 hover:underline dark:text-orange-400">
            {t('adminPolicies.detail.back')}
          </Link>
          <h1 className="text-2xl font-semibold break-all">{heading}</h1>
        </div>
        {mayEdit && data ? (
          <Button variant="destructive" onClick={() => setDeleting(true)}>
            {t(operator ? 'adminPolicies.delete.confirmOperator' : 'adminPolicies.delete.confirm')}
          </Button>
        ) : null}
      </div>
      {policy.error && !data ? <QueryError what={heading} error={policy.error} onRetry={() => void policy.refetch()} /> : null}
      <Section title={t('adminPolicies.detail.overview')}>
        <DetailList
          pending={!data}
          items={[
            { label: t('adminPolicies.col.vhost'), value: vhost },
            { label: t('adminPolicies.col.pattern'), value: <code className="break-all">{data?.pattern}</code> },
            { label: t('adminPolicies.col.applyTo'), value: data ? applyToLabel(t, data['apply-to']) : null },
            { label: t('adminPolicies.col.priority'), value: data?.priority },
            { label: t('adminPolicies.col.definition'), value: <ArgumentList args={data?.definition} />, wide: true },
          ]}
        />
      </Section>
      <Section title={t('adminPolicies.detail.appliesNow')}>
        <PolicyPreviewPanel
          kind={kind}
          idle={!data}
          hideExisting
          preview={applies.data}
          pending={applies.isFetching}
          error={applies.error}
          onRetry={() => void applies.refetch()}
        />
      </Section>
      {mayEdit && data ? <PolicyForm key={JSON.stringify(data)} kind={kind} defaultVhost={vhost} policy={data} /> : null}
      <DeletePolicyDialog
        kind={kind}
        policy={deleting ? { vhost, name } : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => router.push(listHref)}
      />
    </div>
  );
}

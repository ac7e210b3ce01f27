'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { ArgumentList } from '@/components/ui/argument-list';
import { useSessionUser } from '@/components/shell/session-context';
import { useT } from '@/lib/i18n/i18n';
import type { PolicyKind } from '@/lib/policies';
import { routes } from '@/lib/routes';
import { canMakePolicy } from '@/lib/tags';

export interface EffectivePolicyProps {
  vhost: string;
  /** The object's `policy` (queues and exchanges). */
  policy?: string | null;
  /** A queue's `operator_policy`; leave it out for an exchange (which has none): the row is not shown. */
  operatorPolicy?: string | null;
  /** A queue's `effective_policy_definition` (the broker sends an empty one as []); leave it out for an exchange. */
  definition?: Record<string, unknown> | [] | null;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[11rem_1fr] gap-2 border-t border-zinc-100 py-1.5 first:border-t-0 dark:border-zinc-800">
      <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="min-w-0 break-words text-sm">{children}</dd>
    </div>
  );
}

/** A policy's name: a link to its page for the users who may see policies (policymakers, administrators), text for the others. */
export function PolicyName({ kind, vhost, name }: { kind: PolicyKind; vhost: string; name: string | null | undefined }) {
  const { tags } = useSessionUser();
  if (!name) return <span className="text-zinc-400">—</span>;
  if (!canMakePolicy(tags)) return <span className="break-all">{name}</span>;
  return (
    <Link prefetch={false} href={routes.adminPolicy(vhost, name, kind)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
      {name}
    </Link>
  );
}

/**
 * The policy (and, for a queue, the operator policy) applying to a queue or exchange, with the
 * definition in effect (the broker merges the two: the lower of both limits wins). Read-only: for
 * the queue and exchange pages, whatever the user's tags.
 */
export function EffectivePolicy({ vhost, policy, operatorPolicy, definition }: EffectivePolicyProps) {
  const t = useT();
  return (
    <dl aria-label={t('adminPolicies.effective.label')}>
      <Row label={t('adminPolicies.effective.policy')}>
        <PolicyName kind="policy" vhost={vhost} name={policy} />
      </Row>
      {operatorPolicy !== undefined ? (
        <Row label={t('adminPolicies.effective.operatorPolicy')}>
          <PolicyName kind="operator" vhost={vhost} name={operatorPolicy} />
        </Row>
      ) : null}
      {definition !== undefined ? (
        <Row label={t('adminPolicies.effective.definition')}>
          <ArgumentList args={definition} />
        </Row>
      ) : null}
    </dl>
  );
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PolicyDetailPage } from '@/components/admin/policies/policy-detail-page';
import { decodeSegment } from '@/lib/api/segments';
import { serverI18n } from '@/lib/i18n/server';
import { decodePageSegment } from '@/lib/routes';

type Params = Promise<{ kind: string; vhost: string; name: string }>;

const KINDS = { policy: 'adminPolicies.detail.title', operator: 'adminPolicies.detail.titleOperator' } as const;
const isKind = (kind: string): kind is keyof typeof KINDS => Object.hasOwn(KINDS, kind);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // Unlike the page's, metadata params arrive decoded already.
  const { kind, name } = await params;
  const { t } = await serverI18n();
  return { title: t(isKind(kind) ? KINDS[kind] : KINDS.policy, { name: decodeSegment(name) }) };
}

/** /admin/policies/policy/:vhost/:name and /admin/policies/operator/:vhost/:name */
export default async function Page({ params }: { params: Params }) {
  const raw = await params;
  if (!isKind(raw.kind)) notFound();
  return <PolicyDetailPage kind={raw.kind} vhost={decodePageSegment(raw.vhost)} name={decodePageSegment(raw.name)} />;
}

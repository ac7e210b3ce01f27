import type { PolicyKind } from '@/lib/policies';
import { seg } from '../fetcher';

/** Warren's routes for policies (/api/policies) and operator policies (/api/operator-policies). */
export const policiesUrl = (kind: PolicyKind) => (kind === 'policy' ? '/api/policies' : '/api/operator-policies');
export const policyUrl = (kind: PolicyKind, vhost: string, name: string) => `${policiesUrl(kind)}/${seg(vhost)}/${seg(name)}`;

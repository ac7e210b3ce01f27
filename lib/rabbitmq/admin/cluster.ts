import 'server-only';
import type { ClusterName, FeatureFlag } from '@/lib/api/admin-vhosts';
import { BrokerError } from '../errors';
import { managementRequest, mgmtPath, type Credentials } from '../management';

// Admin → cluster: the cluster's name and its feature flags.

export function getClusterName(credentials: Credentials): Promise<ClusterName> {
  return managementRequest<ClusterName>(credentials, 'GET', '/cluster-name');
}

/** Renames the cluster (the broker takes any text, "" included: the route's schema refuses that first). */
export async function setClusterName(credentials: Credentials, name: string): Promise<void> {
  await managementRequest(credentials, 'PUT', '/cluster-name', { body: { name } });
}

export function listFeatureFlags(credentials: Credentials, { fresh = false } = {}): Promise<FeatureFlag[]> {
  return managementRequest<FeatureFlag[]>(credentials, 'GET', '/feature-flags', { fresh });
}

/**
 * Enables a feature flag on every node; this cannot be undone. The flag is looked up first: the
 * broker answers an unknown name with 400 "unsupported", and Warren leaves experimental flags to
 * rabbitmqctl, after their documentation has been read.
 */
export async function enableFeatureFlag(credentials: Credentials, name: string): Promise<void> {
  const flag = (await listFeatureFlags(credentials, { fresh: true })).find((candidate) => candidate.name === name);
  if (!flag) throw new BrokerError('NOT_FOUND', `This broker has no feature flag “${name}”`);
  if (flag.state === 'enabled') return;
  if (flag.stability !== 'stable') {
    throw new BrokerError(
      'PRECONDITION_FAILED',
      `Feature flag “${name}” is ${flag.stability}: enable it with rabbitmqctl enable_feature_flag after reading its documentation`,
    );
  }
  await managementRequest(credentials, 'PUT', mgmtPath`/feature-flags/${name}/enable`, { body: {} });
}

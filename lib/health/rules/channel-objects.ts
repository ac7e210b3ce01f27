import type { FindingObject } from '@/lib/api/health';
import type { SnapshotChannel } from '../snapshot-types';

/** A channel and, when the broker names it, its connection. */
export function channelObjects(channel: SnapshotChannel): FindingObject[] {
  const objects: FindingObject[] = [{ kind: 'channel', vhost: channel.vhost, name: channel.name }];
  const connection = channel.connection_details?.name;
  if (connection) objects.push({ kind: 'connection', vhost: channel.vhost, name: connection });
  return objects;
}

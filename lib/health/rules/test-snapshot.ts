// Snapshots for the rules' unit tests, built from what real brokers answered (lib/health/fixtures,
// recorded from RabbitMQ 3.10.8 after creating each situation with amqplib).
import type { Snapshot, SnapshotConnection, SnapshotNode } from '../snapshot-types';
import situations from '../fixtures/vhost-situations.json';

/** A check time after every recording (the fixtures' own where they have one). */
const CHECKED_AFTER_RECORDINGS = Date.UTC(2027, 0, 1);

export function snapshotOf(parts: Partial<Snapshot>): Snapshot {
  return {
    at: CHECKED_AFTER_RECORDINGS,
    windowSeconds: 600,
    vhost: null,
    nodes: null,
    churn: null,
    vhosts: [],
    queues: [],
    queueSamples: [],
    channels: [],
    connections: [],
    policies: null,
    deadLetterBindings: [],
    ...parts,
  };
}

/**
 * One vhost of the dev broker with every queue, consumer and routing situation of the rules
 * (see each test): queues, channels, connections, policies, dead-letter bindings and the window's
 * samples, as lib/health/snapshot.ts collected them.
 */
export const vhostSituations = (): Snapshot => snapshotOf(structuredClone(situations) as unknown as Partial<Snapshot>);

export const nodes = (fixture: unknown): SnapshotNode[] => structuredClone(fixture) as SnapshotNode[];
export const connections = (fixture: unknown): SnapshotConnection[] => structuredClone(fixture) as SnapshotConnection[];

/** What a test asserts about findings: which rule flagged which object, and how badly. */
export const summary = (findings: Array<{ severity: string; objects: Array<{ name: string }> }>) =>
  findings.map((f) => `${f.severity} ${f.objects[0]?.name ?? ''}`);

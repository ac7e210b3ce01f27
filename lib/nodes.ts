// What a node that is down means for the pages that show it. Pure: unit-tested beside this file.

import type { NodeDetail, NodeMemory } from '@/lib/api/nodes';
import type { BrokerNode } from '@/lib/api/overview';
import type { QueueDetail } from '@/lib/api/queues';

/** A node as the node page shows it: while it is down, what it reported when it last ran. */
export interface NodeView extends NodeDetail {
  last_known?: { at: number; node: NodeDetail };
}

/**
 * Whether the broker reports the node's figures. Not for a node that is down, and not for one
 * that is stopping or starting: for a few seconds it is `running: true` with nothing else.
 */
export function reportsFigures(node: Pick<BrokerNode, 'running' | 'uptime' | 'mem_used'>): boolean {
  return node.running && (node.uptime !== undefined || node.mem_used !== undefined);
}

/**
 * The node's latest answer, and, once it no longer reports its figures (down, or stopping), the
 * last answer that did: the broker reports nothing else. `previousAt` is when `previous` came.
 */
export function withLastKnown(next: NodeDetail, previous: NodeView | undefined, previousAt: number): NodeView {
  if (reportsFigures(next)) return next;
  if (previous && reportsFigures(previous)) {
    const { last_known: _, ...node } = previous;
    return { ...next, last_known: { at: previousAt, node } };
  }
  return previous?.last_known ? { ...next, last_known: previous.last_known } : next;
}

/** The names of the nodes that are not running. */
export function downNodeNames(nodes: readonly Pick<BrokerNode, 'name' | 'running'>[] | undefined): string[] {
  return (nodes ?? []).filter((node) => !node.running).map((node) => node.name);
}

/** The fields of a queue (its details or a row of the list) that tell where it runs. */
export type QueuePlacement = Pick<QueueDetail, 'name' | 'type' | 'state' | 'node' | 'leader' | 'members' | 'online'>;

export interface QueueNodesProblem {
  /** The queue's nodes that are down (or, for a replicated queue, its members not online). */
  down: string[];
  /**
   * The queue cannot take or deliver messages: a classic queue whose one node is down, or a
   * replicated queue without a majority of its members online.
   */
  unavailable: boolean;
  /** A quorum queue or stream whose leader is on a node that is down. */
  leaderDown: boolean;
}

/**
 * What is wrong with a queue because of a node that is down, or null. Works without the list of
 * nodes (users without the monitoring tag): a replicated queue's `online` leaves out its
 * members on nodes that are down, and a classic queue on such a node is `state: "down"`.
 */
export function queueNodesProblem(
  queue: QueuePlacement,
  nodes: readonly Pick<BrokerNode, 'name' | 'running'>[] | undefined,
): QueueNodesProblem | null {
  const down = new Set(downNodeNames(nodes));
  const replicated = Boolean(queue.members?.length);
  if (replicated) {
    const online = queue.online ? new Set(queue.online) : null;
    const offline = queue.members!.filter((member) => down.has(member) || (online !== null && !online.has(member)));
    const leaderDown = Boolean(queue.leader && (down.has(queue.leader) || (online !== null && !online.has(queue.leader))));
    if (!offline.length && !leaderDown) return null;
    const all = [...new Set([...offline, ...(leaderDown ? [queue.leader!] : [])])];
    return { down: all, unavailable: offline.length * 2 >= queue.members!.length, leaderDown };
  }
  const home = queue.node;
  if (home && down.has(home)) return { down: [home], unavailable: true, leaderDown: false };
  if (queue.state === 'down') return { down: home ? [home] : [], unavailable: true, leaderDown: false };
  return null;
}

/** The memory categories of 3.10, in the official UI's order (connections, queues, tables, processes, system, unused). */
export const MEMORY_CATEGORIES = [
  'connection_readers',
  'connection_writers',
  'connection_channels',
  'connection_other',
  'queue_procs',
  'queue_slave_procs',
  'quorum_queue_procs',
  'quorum_queue_dlx_procs',
  'stream_queue_procs',
  'stream_queue_replica_reader_procs',
  'stream_queue_coordinator_procs',
  'binary',
  'mnesia',
  'msg_index',
  'mgmt_db',
  'quorum_ets',
  'other_ets',
  'metrics',
  'plugins',
  'other_proc',
  'code',
  'atom',
  'other_system',
  'allocated_unused',
  'reserved_unallocated',
] as const;

export interface MemoryBreakdown {
  rows: Array<{ category: string; bytes: number }>;
  /** The node's total by its own strategy (what it compares with the high watermark). */
  total: number;
  strategy: string | undefined;
}

/** A memory breakdown as rows: the known categories in order, then any others this version adds. */
export function memoryBreakdown(memory: NodeMemory): MemoryBreakdown {
  const known = new Set<string>(MEMORY_CATEGORIES);
  const numeric = (key: string) => (typeof memory[key] === 'number' ? (memory[key] as number) : undefined);
  const rows = [
    ...MEMORY_CATEGORIES.filter((key) => numeric(key) !== undefined),
    ...Object.keys(memory).filter((key) => !known.has(key) && numeric(key) !== undefined),
  ].map((category) => ({ category, bytes: numeric(category)! }));
  const strategy = memory.strategy;
  const byStrategy = strategy ? memory.total?.[strategy as keyof NonNullable<NodeMemory['total']>] : undefined;
  return { rows, total: byStrategy ?? rows.reduce((sum, row) => sum + row.bytes, 0), strategy };
}

import { describe, expect, it } from 'vitest';
import type { NodeDetail, NodeMemory } from '@/lib/api/nodes';
import type { BrokerNode } from '@/lib/api/overview';
import clusterOneDown from '@/lib/testing/fixtures/nodes/cluster-one-down.json';
import nodeDetail from '@/lib/testing/fixtures/nodes/node-detail.json';
import nodeDetailDown from '@/lib/testing/fixtures/nodes/node-detail-down.json';
import nodeDetailStopping from '@/lib/testing/fixtures/nodes/node-detail-stopping.json';
import nodeMemory from '@/lib/testing/fixtures/nodes/node-memory.json';
import quorumMemberDown from '@/lib/testing/fixtures/nodes/queue-quorum-member-down.json';
import queuesOneNodeDown from '@/lib/testing/fixtures/nodes/queues-one-node-down.json';
import { downNodeNames, MEMORY_CATEGORIES, memoryBreakdown, queueNodesProblem, reportsFigures, withLastKnown, type QueuePlacement } from './nodes';

// Recorded from RabbitMQ 3.10 (lib/testing/fixtures/nodes/README.md): a two-node cluster with
// nodesrec-b stopped, and the single-node dev broker.
const cluster = clusterOneDown as BrokerNode[];
const running = nodeDetail as NodeDetail;
const down = { ...(nodeDetailDown as NodeDetail), name: running.name };

const stopping = { ...(nodeDetailStopping as NodeDetail), name: running.name };

describe('reportsFigures', () => {
  it('is true of a running node, and false of one that is down or stopping (running, with nothing else)', () => {
    expect(reportsFigures(running)).toBe(true);
    expect(reportsFigures(down)).toBe(false);
    expect(reportsFigures(stopping)).toBe(false);
  });
});

describe('withLastKnown', () => {
  it('passes a running node through, without a last-known copy', () => {
    expect(withLastKnown(running, undefined, 0)).toBe(running);
    expect(withLastKnown(running, { ...down, last_known: { at: 1, node: running } }, 2)).toBe(running);
  });

  it('keeps what a node said while it ran once it is down, with when that was', () => {
    const view = withLastKnown(down, running, 1_000);
    expect(view.running).toBe(false);
    expect(view.config_files).toBeUndefined();
    expect(view.last_known).toEqual({ at: 1_000, node: running });
  });

  it('keeps it too while a stopping node says it runs but reports nothing', () => {
    const view = withLastKnown(stopping, running, 1_000);
    expect(view.running).toBe(true);
    expect(view.last_known).toEqual({ at: 1_000, node: running });
    expect(withLastKnown(down, view, 6_000).last_known).toEqual({ at: 1_000, node: running });
  });

  it('keeps the same last-known answer while the node stays down', () => {
    const first = withLastKnown(down, running, 1_000);
    expect(withLastKnown(down, first, 6_000).last_known).toEqual({ at: 1_000, node: running });
  });

  it('has no last-known values for a node that was down from the start', () => {
    expect(withLastKnown(down, undefined, 0)).toEqual(down);
    expect(withLastKnown(down, down, 5_000).last_known).toBeUndefined();
  });
});

describe('downNodeNames', () => {
  it('names the nodes the broker reports not running', () => {
    expect(downNodeNames(cluster)).toEqual(['nodesrec-b@localhost']);
    expect(downNodeNames(undefined)).toEqual([]);
  });
});

describe('queueNodesProblem', () => {
  const [classicOnB, quorum] = queuesOneNodeDown as QueuePlacement[];

  it('says a classic queue on a node that is down is unavailable, from the nodes list or from its state', () => {
    expect(queueNodesProblem(classicOnB!, cluster)).toEqual({ down: ['nodesrec-b@localhost'], unavailable: true, leaderDown: false });
    // Without the monitoring tag there is no nodes list: the queue list's state says it.
    expect(queueNodesProblem(classicOnB!, undefined)).toEqual({ down: ['nodesrec-b@localhost'], unavailable: true, leaderDown: false });
    expect(queueNodesProblem({ ...classicOnB!, node: 'nodesrec-a@localhost', state: 'running' }, cluster)).toBeNull();
  });

  it('finds a quorum member that is not online, with or without the nodes list', () => {
    const expected = { down: ['nodesrec-b@localhost'], unavailable: true, leaderDown: false };
    expect(queueNodesProblem(quorumMemberDown, cluster)).toEqual(expected);
    expect(queueNodesProblem(quorum!, undefined)).toEqual(expected);
  });

  it('keeps a majority apart from a lost one, and says when the leader is down', () => {
    const members = ['a@h', 'b@h', 'c@h'];
    const nodes = [
      { name: 'a@h', running: true },
      { name: 'b@h', running: true },
      { name: 'c@h', running: false },
    ];
    const queue = { name: 'q', type: 'quorum', members, leader: 'a@h', online: ['a@h', 'b@h'] };
    expect(queueNodesProblem(queue, nodes)).toEqual({ down: ['c@h'], unavailable: false, leaderDown: false });
    expect(queueNodesProblem({ ...queue, leader: 'c@h' }, nodes)).toEqual({ down: ['c@h'], unavailable: false, leaderDown: true });
    expect(queueNodesProblem({ ...queue, online: ['a@h'] }, undefined)).toEqual({ down: ['b@h', 'c@h'], unavailable: true, leaderDown: false });
    expect(queueNodesProblem({ ...queue, online: members }, nodes.map((n) => ({ ...n, running: true })))).toBeNull();
  });
});

describe('memoryBreakdown', () => {
  it('lists the recorded categories in order and totals them by the node’s strategy', () => {
    const memory = nodeMemory.memory as NodeMemory;
    const { rows, total, strategy } = memoryBreakdown(memory);
    expect(strategy).toBe('rss');
    expect(total).toBe(memory.total!.rss);
    expect(rows.map((row) => row.category)).toEqual(MEMORY_CATEGORIES.filter((key) => typeof memory[key] === 'number'));
    expect(rows.find((row) => row.category === 'code')?.bytes).toBe(memory.code);
  });

  it('shows a category it does not know by its key, and sums when there is no strategy', () => {
    const { rows, total } = memoryBreakdown({ binary: 10, new_thing: 5 });
    expect(rows).toEqual([
      { category: 'binary', bytes: 10 },
      { category: 'new_thing', bytes: 5 },
    ]);
    expect(total).toBe(15);
  });
});

import { describe, expect, it } from 'vitest';
import { chronological } from '../samples';
import socketsWarning from '../fixtures/nodes-sockets-warning.json';
import socketsCritical from '../fixtures/nodes-sockets-critical.json';
import fdAtLimit from '../fixtures/nodes-fd-at-limit.json';
import healthy from '../fixtures/nodes-healthy.json';
import { fileDescriptorsRule } from './file-descriptors';
import { nodes, snapshotOf } from './test-snapshot';

// Recorded on a private node started with `ulimit -n 300` (300 file descriptors, 180 sockets),
// with 150, then 176 AMQP connections open, then 170 connections and 400 durable queues written.
describe('file-descriptors', () => {
  it('warns above 80 % of the sockets, since the samples rose past it', () => {
    const [node] = nodes(socketsWarning);
    const findings = fileDescriptorsRule.check(snapshotOf({ nodes: [node!] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      title: { key: 'health.sockets.title', vars: { used: 151, total: 180, percent: 83 } },
      advice: { key: 'health.fd.advice' },
    });
    const firstOver = chronological(node!.sockets_used_details!.samples).find((s) => s.sample > 0.8 * 180);
    expect(findings[0]!.since).toBe(firstOver!.timestamp);
  });

  it('is critical above 95 %', () => {
    const findings = fileDescriptorsRule.check(snapshotOf({ nodes: nodes(socketsCritical) }));
    expect(findings.map((f) => [f.severity, f.title.key, f.title.vars?.percent])).toEqual([['critical', 'health.sockets.title', 98]]);
  });

  it('does not report file descriptors at exactly 80 % (the file handle cache stops there)', () => {
    const findings = fileDescriptorsRule.check(snapshotOf({ nodes: nodes(fdAtLimit) }));
    expect(findings.map((f) => f.title.key)).toEqual(['health.sockets.title']);
    expect(nodes(fdAtLimit)[0]).toMatchObject({ fd_used: 240, fd_total: 300 });
  });

  it('reports file descriptors past 80 %', () => {
    const [node] = nodes(fdAtLimit);
    const findings = fileDescriptorsRule.check(snapshotOf({ nodes: [{ ...node!, fd_used: 241 }] }));
    expect(findings.map((f) => [f.severity, f.title.key])).toContainEqual(['warning', 'health.fd.title']);
  });

  it('finds nothing on a node far from its limits', () => {
    expect(fileDescriptorsRule.check(snapshotOf({ nodes: nodes(healthy) }))).toEqual([]);
  });
});

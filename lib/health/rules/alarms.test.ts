import { describe, expect, it } from 'vitest';
import { chronological } from '../samples';
import memoryAlarm from '../fixtures/nodes-memory-alarm.json';
import loweredLimits from '../fixtures/nodes-alarms-lowered-limits.json';
import healthy from '../fixtures/nodes-healthy.json';
import { resourceAlarmRule } from './alarms';
import { nodes, snapshotOf } from './test-snapshot';

describe('resource-alarm', () => {
  it('reports a memory alarm raised by memory use rising past the watermark, since the crossing', () => {
    // Recorded on a private node: watermark set 120 MiB above its use, then 1 MiB messages published until the alarm.
    const [node] = nodes(memoryAlarm);
    const [finding, ...rest] = resourceAlarmRule.check(snapshotOf({ nodes: [node!] }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      rule: 'resource-alarm',
      severity: 'critical',
      objects: [{ kind: 'node', name: 'warren-h10@localhost' }],
      title: { key: 'health.alarm.memory.title', vars: { node: 'warren-h10@localhost', used: '674 MiB', limit: '461 MiB' } },
      advice: { key: 'health.alarm.memory.advice' },
    });
    const firstOver = chronological(node!.mem_used_details!.samples).find((s) => s.sample >= node!.mem_limit!);
    expect(finding!.since).toBe(firstOver!.timestamp);
    expect(finding!.sinceAtLeast).toBeUndefined();
  });

  it('reports memory and disk alarms raised by lowering the limits, without a "since" the samples cannot tell', () => {
    // set_vm_memory_high_watermark 0.0001 and set_disk_free_limit 100000GB: every sample is past the new limits.
    const findings = resourceAlarmRule.check(snapshotOf({ nodes: nodes(loweredLimits) }));
    expect(findings.map((f) => f.title.key)).toEqual(['health.alarm.memory.title', 'health.alarm.disk.title']);
    expect(findings.every((f) => f.severity === 'critical' && f.since === undefined)).toBe(true);
    expect(findings[1]!.title.vars).toMatchObject({ limit: '90.9 TiB' });
  });

  it('finds nothing on a node without alarms, or when nodes could not be listed', () => {
    expect(resourceAlarmRule.check(snapshotOf({ nodes: nodes(healthy) }))).toEqual([]);
    expect(resourceAlarmRule.check(snapshotOf({ nodes: null }))).toEqual([]);
  });
});

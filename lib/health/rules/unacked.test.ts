import { describe, expect, it } from 'vitest';
import { unackedRule } from './unacked';
import { summary, vhostSituations } from './test-snapshot';

// The channels of one connection: (1) a consumer without prefetch that never acknowledges (30
// unacked), (2) prefetch 20 and never acknowledges, (3) prefetch 10 acknowledging, (4) no-ack,
// (5) prefetch 1 acknowledging slowly.
const CONNECTION = '127.0.0.1:54534 -> 127.0.0.1:5691';

describe('unacked-piling', () => {
  it('reports the channels whose consumers hold unacknowledged messages and acknowledge none', () => {
    const findings = unackedRule.check(vhostSituations());
    expect(summary(findings)).toEqual([`warning ${CONNECTION} (1)`, `warning ${CONNECTION} (2)`]);
    expect(findings[0]).toMatchObject({
      title: { key: 'health.unacked.title', vars: { channel: `${CONNECTION} (1)`, unacked: 30 } },
      objects: [
        { kind: 'channel', vhost: 'h10-rec', name: `${CONNECTION} (1)` },
        { kind: 'connection', vhost: 'h10-rec', name: CONNECTION },
      ],
      detail: { key: 'health.detail.noPrefetch' },
    });
    expect(findings[1]!.detail).toEqual({ key: 'health.detail.prefetch', vars: { prefetch: 20 } });
  });

  it('says nothing of a channel that acknowledges, however many it holds', () => {
    const snapshot = vhostSituations();
    const stuck = snapshot.channels.find((c) => c.name === `${CONNECTION} (2)`)!;
    stuck.message_stats = { ack_details: { rate: 0.2 } };
    expect(summary(unackedRule.check(snapshot))).toEqual([`warning ${CONNECTION} (1)`]);
  });
});

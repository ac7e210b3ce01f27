import { describe, expect, it } from 'vitest';
import { noPrefetchRule } from './no-prefetch';
import { summary, vhostSituations } from './test-snapshot';

const CONNECTION = '127.0.0.1:54534 -> 127.0.0.1:5691';

describe('no-prefetch', () => {
  it('reports a channel with consumers and no prefetch limit', () => {
    const findings = noPrefetchRule.check(vhostSituations());
    // Not channel (4), whose only consumer is no-ack; nor the publishers' channels, which have no consumers.
    expect(summary(findings)).toEqual([`warning ${CONNECTION} (1)`]);
    expect(findings[0]!.title).toEqual({
      key: 'health.noPrefetch.title',
      vars: { channel: `${CONNECTION} (1)`, consumers: 1, unacked: 30 },
    });
  });

  it('reports a no-ack channel once it holds unacknowledged messages (another consumer acknowledges)', () => {
    const snapshot = vhostSituations();
    snapshot.channels.find((c) => c.name === `${CONNECTION} (4)`)!.messages_unacknowledged = 3;
    expect(summary(noPrefetchRule.check(snapshot))).toEqual([`warning ${CONNECTION} (1)`, `warning ${CONNECTION} (4)`]);
  });
});

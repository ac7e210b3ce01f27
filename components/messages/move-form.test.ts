import { describe, expect, it } from 'vitest';
import { MAX_MOVE_SCAN } from '@/lib/schemas/messages';
import { checkMoveForm, emptyMoveForm, lookAt, REDRIVE_ALL } from './move-form';

const fingerprint = 'a'.repeat(43);

describe('checkMoveForm', () => {
  it('builds what the move route takes, with only the filters given', () => {
    const checked = checkMoveForm(
      { ...emptyMoveForm('redrive'), what: 'first', count: ' 25 ', reasons: ['expired', 'maxlen'], sourceQueue: ' orders ', headerName: 'tenant', headerValue: '', includeMoved: true },
      'orders.dlq',
      null,
    );
    expect(checked).toEqual({
      ok: true,
      request: {
        target: { kind: 'redrive' },
        select: { mode: 'first', count: 25 },
        filter: { reasons: ['expired', 'maxlen'], source_queue: 'orders', header: { name: 'tenant', value: '' } },
        include_moved: true,
      },
    });
  });

  it('sends "include moved" only with a redrive, and the selection as handed over', () => {
    const checked = checkMoveForm({ ...emptyMoveForm('queue'), what: 'selected', queue: 'retry', includeMoved: true }, 'orders', { fingerprints: [fingerprint], scan: 10 });
    expect(checked).toMatchObject({ ok: true, request: { select: { mode: 'selected', fingerprints: [fingerprint], scan: 10 }, include_moved: false } });
  });

  it('refuses what the route would: nothing selected, no destination, the source itself, N of 0', () => {
    expect(checkMoveForm({ ...emptyMoveForm('queue'), what: 'selected' }, 'orders', null)).toEqual({
      ok: false,
      problems: { selected: { key: 'work.move.error.nothingSelected' }, queue: { key: 'work.move.error.queueMissing' } },
    });
    expect(checkMoveForm({ ...emptyMoveForm('queue'), what: 'first', count: '0', queue: 'orders' }, 'orders', null)).toMatchObject({
      ok: false,
      problems: { count: { key: 'work.move.error.count' }, queue: { key: 'work.move.error.sameQueue' } },
    });
  });
});

describe('lookAt', () => {
  it('bounds a redrive, a filtered or a selective move by the scan limit, and nothing else', () => {
    expect(lookAt(REDRIVE_ALL, 50_000)).toBe(MAX_MOVE_SCAN);
    expect(lookAt({ ...REDRIVE_ALL, target: { kind: 'queue', name: 'x' } }, 50_000)).toBe(50_000);
    expect(lookAt({ ...REDRIVE_ALL, target: { kind: 'queue', name: 'x' }, select: { mode: 'first', count: 20 } }, 50_000)).toBe(20);
    expect(lookAt({ ...REDRIVE_ALL, target: { kind: 'queue', name: 'x' }, select: { mode: 'selected', fingerprints: [fingerprint], scan: 10 } }, 4)).toBe(4);
    expect(lookAt({ ...REDRIVE_ALL, target: { kind: 'queue', name: 'x' }, filter: { reasons: ['rejected'] } }, 50_000)).toBe(MAX_MOVE_SCAN);
  });
});

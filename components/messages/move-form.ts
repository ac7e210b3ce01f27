import type { MessageKey } from '@/lib/i18n/messages';
import { MAX_MOVE_COUNT, MAX_MOVE_SCAN, moveSchema, type MoveRequest } from '@/lib/schemas/messages';
import { wholeNumber } from './whole-number';

// The move form's values, checked in the browser before anything is sent, and turned into what
// the move and move-preview routes take (moveSchema, shared with them).

export const DEATH_REASONS = ['rejected', 'expired', 'maxlen', 'delivery_limit'] as const;
export type DeathReason = (typeof DEATH_REASONS)[number];

/** Which messages: all of the queue, the first N, or those ticked in Get messages. */
export type MoveWhat = 'all' | 'first' | 'selected';
/** Where to: a queue (through the default exchange), an exchange and routing key, or back where each was dead-lettered from. */
export type MoveWhere = 'queue' | 'exchange' | 'redrive';

export interface MoveFormValues {
  what: MoveWhat;
  count: string;
  where: MoveWhere;
  queue: string;
  exchange: string;
  routingKey: string;
  reasons: DeathReason[];
  sourceQueue: string;
  headerName: string;
  headerValue: string;
  includeMoved: boolean;
}

export const emptyMoveForm = (where: MoveWhere): MoveFormValues => ({
  what: 'all',
  count: '100',
  where,
  queue: '',
  exchange: '',
  routingKey: '',
  reasons: [],
  sourceQueue: '',
  headerName: '',
  headerValue: '',
  includeMoved: false,
});

/** What Get messages hands over: the ticked messages' fingerprints and how far to look for them. */
export interface HandedSelection {
  fingerprints: string[];
  scan: number;
}

export type MoveField = 'count' | 'selected' | 'queue' | 'header';
export type MoveProblems = Partial<Record<MoveField, { key: MessageKey; vars?: Record<string, string | number> }>>;

export type CheckedMove = { ok: true; request: MoveRequest } | { ok: false; problems: MoveProblems };

/** Checks the form for a move out of queue `source`; nothing is sent while a problem remains. */
export function checkMoveForm(values: MoveFormValues, source: string, selection: HandedSelection | null): CheckedMove {
  const problems: MoveProblems = {};
  let select: MoveRequest['select'] = { mode: 'all' };
  if (values.what === 'first') {
    const count = wholeNumber(values.count, 1, MAX_MOVE_COUNT);
    if (count === null) problems.count = { key: 'work.move.error.count', vars: { max: MAX_MOVE_COUNT } };
    else select = { mode: 'first', count };
  } else if (values.what === 'selected') {
    if (!selection || selection.fingerprints.length === 0) problems.selected = { key: 'work.move.error.nothingSelected' };
    else select = { mode: 'selected', fingerprints: selection.fingerprints, scan: selection.scan };
  }

  let target: MoveRequest['target'] = { kind: 'redrive' };
  if (values.where === 'queue') {
    const name = values.queue.trim();
    if (!name) problems.queue = { key: 'work.move.error.queueMissing' };
    else if (name === source) problems.queue = { key: 'work.move.error.sameQueue' };
    target = { kind: 'queue', name };
  } else if (values.where === 'exchange') {
    target = { kind: 'exchange', name: values.exchange.trim(), routing_key: values.routingKey };
  }

  const filter: MoveRequest['filter'] = {};
  if (values.reasons.length) filter.reasons = [...values.reasons];
  if (values.sourceQueue.trim()) filter.source_queue = values.sourceQueue.trim();
  const headerName = values.headerName.trim();
  if (headerName) filter.header = { name: headerName, value: values.headerValue };
  else if (values.headerValue) problems.header = { key: 'work.move.error.headerName' };

  if (Object.keys(problems).length) return { ok: false, problems };
  const request = { target, select, filter, include_moved: values.where === 'redrive' && values.includeMoved };
  // The routes' own schema, last: a rule added there is not missed here.
  const checked = moveSchema.safeParse(request);
  if (!checked.success) {
    const field = checked.error.issues[0]?.path[0];
    return { ok: false, problems: { [field === 'select' ? 'count' : field === 'filter' ? 'header' : 'queue']: { key: 'form.invalid' } } };
  }
  return { ok: true, request: checked.data };
}

/**
 * How many messages a move will look at, as the server bounds it (lib/rabbitmq/move.ts): a
 * selective, filtered or redriving move holds what stays unacked, so it looks at MAX_MOVE_SCAN at most.
 */
export function lookAt(request: MoveRequest, ready: number): number {
  const filtered = request.select.mode === 'selected' || Object.keys(request.filter).length > 0 || request.target.kind === 'redrive';
  const { select } = request;
  const wanted = select.mode === 'first' ? Math.min(select.count, ready) : select.mode === 'selected' ? Math.min(select.scan, ready) : ready;
  return filtered ? Math.min(wanted, MAX_MOVE_SCAN) : wanted;
}

/** Every message of a dead-letter queue back to where it was dead-lettered from ("Redrive all"). */
export const REDRIVE_ALL: MoveRequest = { target: { kind: 'redrive' }, select: { mode: 'all' }, filter: {}, include_moved: false };

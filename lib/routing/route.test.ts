import { describe, expect, it } from 'vitest';
import {
  alternateExchangeOf,
  matchingBindings,
  routingKeys,
  simulateRoute,
  type ExchangeNode,
  type RoutingBinding,
  type RoutingExchange,
} from './route';

const q = (source: string, destination: string, routing_key = '', args: Record<string, unknown> = {}): RoutingBinding => ({
  source,
  destination,
  destination_type: 'queue',
  routing_key,
  arguments: args,
});
const e = (source: string, destination: string, routing_key = '', args: Record<string, unknown> = {}): RoutingBinding => ({
  ...q(source, destination, routing_key, args),
  destination_type: 'exchange',
});

function world(exchanges: Array<RoutingExchange>, bindings: RoutingBinding[]) {
  const nodes = new Map<string, ExchangeNode>(
    exchanges.map((x) => [x.name, { exchange: x, bindings: bindings.filter((b) => b.source === x.name) }]),
  );
  return (name: string) => nodes.get(name) ?? null;
}

const queueNames = (result: ReturnType<typeof simulateRoute>) => result.queues.map((d) => d.queue).sort();

describe('matchingBindings', () => {
  const bindings = [q('x', 'q1', 'a.b'), q('x', 'q2', 'a.*'), q('x', 'q3', '#'), q('x', 'q4', 'c')];
  it('direct: exact key', () => {
    expect(matchingBindings('direct', bindings, { routingKey: 'a.b' })!.map((b) => b.destination)).toEqual(['q1']);
    expect(matchingBindings('direct', bindings, { routingKey: 'a.*' })!.map((b) => b.destination)).toEqual(['q2']);
  });
  it('fanout: every binding whatever the key', () => {
    expect(matchingBindings('fanout', bindings, { routingKey: 'zzz' })).toHaveLength(4);
  });
  it('topic: patterns', () => {
    expect(matchingBindings('topic', bindings, { routingKey: 'a.b' })!.map((b) => b.destination)).toEqual(['q1', 'q2', 'q3']);
  });
  it('headers: arguments, routing key ignored', () => {
    const hb = [q('h', 'q1', 'ignored', { 'x-match': 'any', a: 1 }), q('h', 'q2', '', { a: 2 })];
    expect(matchingBindings('headers', hb, { routingKey: 'x', headers: { a: 1 } })!.map((b) => b.destination)).toEqual(['q1']);
  });
  it('plugin types are not predicted', () => {
    expect(matchingBindings('x-consistent-hash', bindings, { routingKey: 'a' })).toBeNull();
  });
  it('CC and BCC headers add routing keys for direct and topic', () => {
    expect(routingKeys({ routingKey: 'a', headers: { CC: ['b', 'a'], BCC: ['c'] } })).toEqual(['a', 'b', 'c']);
    expect(
      matchingBindings('direct', bindings, { routingKey: 'zz', headers: { CC: ['c'] } })!.map((b) => b.destination),
    ).toEqual(['q4']);
  });
});

describe('simulateRoute', () => {
  it('routes a topic message to matching queues with the binding that matched', () => {
    const lookup = world([{ name: 'logs', type: 'topic' }], [q('logs', 'errors', '*.error'), q('logs', 'all', '#'), q('logs', 'web', 'web.*')]);
    const result = simulateRoute('logs', { routingKey: 'db.error' }, lookup);
    expect(queueNames(result)).toEqual(['all', 'errors']);
    expect(result.unroutable).toBe(false);
    const errors = result.queues.find((d) => d.queue === 'errors')!;
    expect(errors.paths[0]).toEqual([{ kind: 'binding', exchange: 'logs', exchangeType: 'topic', binding: q('logs', 'errors', '*.error') }]);
  });

  it('is unroutable when nothing matches and there is no alternate exchange', () => {
    const lookup = world([{ name: 'd', type: 'direct' }], [q('d', 'q1', 'k')]);
    const result = simulateRoute('d', { routingKey: 'other' }, lookup);
    expect(result.unroutable).toBe(true);
    expect(result.queues).toEqual([]);
    expect(result.uncertain).toBe(false);
  });

  it('follows exchange-to-exchange bindings with the same key and delivers once per queue', () => {
    const lookup = world(
      [
        { name: 'front', type: 'topic' },
        { name: 'middle', type: 'direct' },
        { name: 'fan', type: 'fanout' },
      ],
      [e('front', 'middle', 'order.*'), e('front', 'fan', '#'), q('middle', 'shared', 'order.new'), q('fan', 'shared'), q('fan', 'audit')],
    );
    const result = simulateRoute('front', { routingKey: 'order.new' }, lookup);
    expect(queueNames(result)).toEqual(['audit', 'shared']);
    const shared = result.queues.find((d) => d.queue === 'shared')!;
    expect(shared.paths).toHaveLength(2);
    expect(shared.paths[0]!.map((hop) => hop.exchange)).toEqual(['front', 'middle']);
    expect(result.exchanges.map((x) => x.name)).toEqual(['front', 'middle', 'fan']);
  });

  it('ends cycles: each exchange routes once', () => {
    const lookup = world(
      [
        { name: 'a', type: 'fanout' },
        { name: 'b', type: 'fanout' },
      ],
      [e('a', 'b'), e('b', 'a'), e('a', 'a'), q('b', 'q')],
    );
    const result = simulateRoute('a', { routingKey: '' }, lookup);
    expect(queueNames(result)).toEqual(['q']);
    expect(result.exchanges.map((x) => x.name)).toEqual(['a', 'b']);
  });

  it('uses the alternate exchange when nothing matched', () => {
    const lookup = world(
      [
        { name: 'main', type: 'direct', arguments: { 'alternate-exchange': 'ae' } },
        { name: 'ae', type: 'fanout' },
      ],
      [q('main', 'known', 'k'), q('ae', 'unrouted')],
    );
    expect(queueNames(simulateRoute('main', { routingKey: 'k' }, lookup))).toEqual(['known']);
    const result = simulateRoute('main', { routingKey: 'other' }, lookup);
    expect(queueNames(result)).toEqual(['unrouted']);
    expect(result.queues[0]!.paths[0]![0]).toEqual({ kind: 'alternate', exchange: 'main', alternate: 'ae', via: 'argument' });
    expect(result.exchanges[0]!.alternate).toBe('ae');
  });

  it('does not use the alternate exchange when a binding to an exchange matched, even if that exchange routes nowhere', () => {
    const lookup = world(
      [
        { name: 'main', type: 'direct', arguments: { 'alternate-exchange': 'ae' } },
        { name: 'dead-end', type: 'direct' },
        { name: 'ae', type: 'fanout' },
      ],
      [e('main', 'dead-end', 'k'), q('ae', 'unrouted')],
    );
    const result = simulateRoute('main', { routingKey: 'k' }, lookup);
    expect(result.unroutable).toBe(true);
    expect(result.exchanges.map((x) => x.name)).toEqual(['main', 'dead-end']);
  });

  it('applies alternate exchanges of exchanges further down, and chains of them', () => {
    const lookup = world(
      [
        { name: 'main', type: 'fanout' },
        { name: 'inner', type: 'direct', arguments: { 'alternate-exchange': 'ae1' } },
        { name: 'ae1', type: 'direct', arguments: { 'alternate-exchange': 'ae2' } },
        { name: 'ae2', type: 'fanout' },
      ],
      [e('main', 'inner'), q('ae2', 'last-resort')],
    );
    const result = simulateRoute('main', { routingKey: 'x' }, lookup);
    expect(queueNames(result)).toEqual(['last-resort']);
    expect(result.queues[0]!.paths[0]!.map((hop) => hop.kind)).toEqual(['binding', 'alternate', 'alternate', 'binding']);
  });

  it('an alternate exchange that does not exist is skipped (unroutable) with a note', () => {
    const lookup = world([{ name: 'main', type: 'direct', arguments: { 'alternate-exchange': 'gone' } }], []);
    const result = simulateRoute('main', { routingKey: 'x' }, lookup);
    expect(result.unroutable).toBe(true);
    expect(result.notes).toEqual([{ code: 'alternateMissing', params: { name: 'gone', exchange: 'main' } }]);
  });

  it('a binding to an exchange that does not exist routes nowhere, with a note', () => {
    const lookup = world([{ name: 'main', type: 'fanout' }], [e('main', 'gone'), q('main', 'kept')]);
    const result = simulateRoute('main', { routingKey: 'x' }, lookup);
    expect(queueNames(result)).toEqual(['kept']);
    expect(result.notes).toEqual([{ code: 'exchangeMissing', params: { name: 'gone' } }]);
  });

  it('an alternate exchange loop ends', () => {
    const lookup = world(
      [
        { name: 'a', type: 'direct', arguments: { 'alternate-exchange': 'b' } },
        { name: 'b', type: 'direct', arguments: { 'alternate-exchange': 'a' } },
      ],
      [],
    );
    expect(simulateRoute('a', { routingKey: 'x' }, lookup).unroutable).toBe(true);
  });

  it('the argument wins over a policy; an unreadable policy makes the outcome uncertain', () => {
    expect(alternateExchangeOf({ name: 'x', type: 'direct', arguments: { 'alternate-exchange': 'arg' }, policy: 'p', policyAlternateExchange: 'pol' })).toEqual({
      name: 'arg',
      via: 'argument',
    });
    expect(alternateExchangeOf({ name: 'x', type: 'direct', policy: 'p', policyAlternateExchange: 'pol' })).toEqual({ name: 'pol', via: 'policy' });
    expect(alternateExchangeOf({ name: 'x', type: 'direct', policy: 'p', policyAlternateExchange: null })).toBeNull();
    expect(alternateExchangeOf({ name: 'x', type: 'direct', policy: 'p' })).toBeUndefined();
    const result = simulateRoute('x', { routingKey: 'k' }, world([{ name: 'x', type: 'direct', policy: 'p' }], []));
    expect(result.uncertain).toBe(true);
    expect(result.unroutable).toBe(true);
    expect(result.notes).toEqual([{ code: 'policyUnreadable', params: { name: 'x', policy: 'p' } }]);
    const unaddressable = simulateRoute('x', { routingKey: 'k' }, world([{ name: 'x', type: 'direct', policy: '..', policyUnknown: 'unaddressable' }], []));
    expect(unaddressable.notes).toEqual([{ code: 'policyUnaddressable', params: { name: 'x', policy: '..' } }]);
  });

  it('lists exchanges it still needs, without guessing', () => {
    const loaded = new Map<string, ExchangeNode>([['front', { exchange: { name: 'front', type: 'fanout' }, bindings: [e('front', 'later'), q('front', 'q1')] }]]);
    const result = simulateRoute('front', { routingKey: '' }, (name) => loaded.get(name));
    expect(result.missing).toEqual(['later']);
    expect(queueNames(result)).toEqual(['q1']);
  });

  it('marks plugin exchange types as unpredictable', () => {
    const result = simulateRoute('hash', { routingKey: 'k' }, world([{ name: 'hash', type: 'x-consistent-hash' }], [q('hash', 'q1', '1')]));
    expect(result.uncertain).toBe(true);
    expect(result.exchanges[0]!.unpredictable).toEqual({ code: 'pluginType', params: { type: 'x-consistent-hash' } });
    expect(result.notes).toEqual([{ code: 'unpredictable', params: { name: 'hash', type: 'x-consistent-hash', count: 1 } }]);
  });

  it('routes a delayed-message exchange by its x-delayed-type', () => {
    const result = simulateRoute(
      'delayed',
      { routingKey: 'k' },
      world([{ name: 'delayed', type: 'x-delayed-message', arguments: { 'x-delayed-type': 'direct' } }], [q('delayed', 'q1', 'k'), q('delayed', 'q2', 'j')]),
    );
    expect(queueNames(result)).toEqual(['q1']);
    expect(result.uncertain).toBe(false);
    expect(result.notes).toEqual([{ code: 'delayedRoutes', params: { name: 'delayed', type: 'direct' } }]);
  });

  it('notes an internal exchange and a bad CC header', () => {
    const result = simulateRoute('i', { routingKey: 'k', headers: { CC: 'not-a-list' } }, world([{ name: 'i', type: 'direct', internal: true }], []));
    expect(result.notes).toEqual([
      { code: 'badDistributionHeader', params: { header: 'CC' } },
      { code: 'internal', params: { name: 'i' } },
    ]);
  });

  it('headers exchange through an exchange-to-exchange binding keeps the headers', () => {
    const lookup = world(
      [
        { name: 'entry', type: 'topic' },
        { name: 'by-headers', type: 'headers' },
      ],
      [e('entry', 'by-headers', 'invoice.#'), q('by-headers', 'pdf', '', { 'x-match': 'all', format: 'pdf' }), q('by-headers', 'zip', '', { format: 'zip' })],
    );
    expect(queueNames(simulateRoute('entry', { routingKey: 'invoice.eu', headers: { format: 'pdf' } }, lookup))).toEqual(['pdf']);
    expect(simulateRoute('entry', { routingKey: 'order.eu', headers: { format: 'pdf' } }, lookup).unroutable).toBe(true);
  });
});

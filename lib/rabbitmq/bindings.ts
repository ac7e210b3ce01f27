import 'server-only';
import type { Binding } from '@/lib/api/bindings';
import { destinationCode, type DestinationType } from '@/lib/schemas/binding';
import type { Arguments } from '@/lib/schemas/arguments';
import { exchangeSegment } from '@/lib/api/segments';
import { BrokerError } from './errors';
import { withChannel } from './amqp';
import { addressable, managementRequest, mgmtPath, type Credentials } from './management';

/**
 * The broker answers 401 "not_authorised" for a vhost or object the user may not access, the
 * same status as a failed login; keep that from reading as "your login no longer works".
 */
export async function authorised<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'LOGIN_FAILED' && /not authori[sz]ed to access/i.test(error.message)) {
      throw new BrokerError('ACCESS_REFUSED', error.message);
    }
    throw error;
  }
}

/** Every binding whose destination is this queue, including the default exchange's implicit one. */
export function listQueueBindings(credentials: Credentials, vhost: string, queue: string): Promise<Binding[]> {
  if (!addressable(queue)) return vhostBindings(credentials, vhost, (b) => b.destination_type === 'queue' && b.destination === queue);
  return authorised(managementRequest<Binding[]>(credentials, 'GET', mgmtPath`/queues/${vhost}/${queue}/bindings`));
}

/**
 * The bindings of a queue or exchange whose name no path can carry ("." or ".."): the vhost's
 * whole binding list (the broker does not page it; one request, only when such a page is open),
 * filtered here. A vhost of such a name has no path either, and then nothing can be listed.
 */
async function vhostBindings(
  credentials: Credentials,
  vhost: string,
  keep: (binding: Binding) => boolean,
  { fresh = false } = {},
): Promise<Binding[]> {
  const all = await authorised(managementRequest<Binding[]>(credentials, 'GET', mgmtPath`/bindings/${vhost}`, { fresh }));
  return all.filter(keep);
}

/** Bindings from (source) or to (destination) this exchange. */
export function listExchangeBindings(
  credentials: Credentials,
  vhost: string,
  exchange: string,
  side: 'source' | 'destination',
): Promise<Binding[]> {
  if (!addressable(exchange)) {
    return vhostBindings(credentials, vhost, (b) =>
      side === 'source' ? b.source === exchange : b.destination_type === 'exchange' && b.destination === exchange,
    );
  }
  const name = exchangeSegment(exchange);
  const path =
    side === 'source'
      ? mgmtPath`/exchanges/${vhost}/${name}/bindings/source`
      : mgmtPath`/exchanges/${vhost}/${name}/bindings/destination`;
  return authorised(managementRequest<Binding[]>(credentials, 'GET', path));
}

export interface NewBinding {
  source: string;
  destinationType: DestinationType;
  destination: string;
  routingKey: string;
  arguments: Arguments;
}

export async function createBinding(credentials: Credentials, vhost: string, binding: NewBinding): Promise<void> {
  if (binding.source === '') {
    throw new BrokerError('ACCESS_REFUSED', 'The default exchange is bound to every queue implicitly; nothing can be bound to or from it');
  }
  if (!addressable(vhost, binding.source, binding.destination)) {
    // Over AMQP, which names both ends in the frame (the API's path cannot carry them).
    const { source, destination, routingKey } = binding;
    await withChannel(credentials, vhost, (channel) =>
      binding.destinationType === 'queue'
        ? channel.bindQueue(destination, source, routingKey, binding.arguments)
        : channel.bindExchange(destination, source, routingKey, binding.arguments),
    );
    return;
  }
  const code = destinationCode(binding.destinationType);
  await authorised(
    managementRequest(credentials, 'POST', mgmtPath`/bindings/${vhost}/e/${binding.source}/${code}/${binding.destination}`, {
      body: { routing_key: binding.routingKey, arguments: binding.arguments },
    }),
  );
}

export async function deleteBinding(
  credentials: Credentials,
  vhost: string,
  source: string,
  destinationType: DestinationType,
  destination: string,
  propertiesKey: string,
): Promise<void> {
  if (source === '') {
    throw new BrokerError('ACCESS_REFUSED', 'The default exchange’s implicit bindings cannot be removed');
  }
  if (!addressable(vhost, source, destination, propertiesKey)) {
    // Over AMQP, which needs the binding's routing key and arguments: the properties key only
    // has a hash of the arguments, so the binding is looked up in the vhost's list.
    const [found] = await vhostBindings(
      credentials,
      vhost,
      (b) => b.source === source && b.destination_type === destinationType && b.destination === destination && b.properties_key === propertiesKey,
      { fresh: true },
    );
    if (!found) throw new BrokerError('NOT_FOUND', 'This binding does not exist (any more)');
    await withChannel(credentials, vhost, (channel) =>
      destinationType === 'queue'
        ? channel.unbindQueue(destination, source, found.routing_key, found.arguments)
        : channel.unbindExchange(destination, source, found.routing_key, found.arguments),
    );
    return;
  }
  const code = destinationCode(destinationType);
  await authorised(
    managementRequest(
      credentials,
      'DELETE',
      mgmtPath`/bindings/${vhost}/e/${source}/${code}/${destination}/${propertiesKey}`,
    ),
  );
}

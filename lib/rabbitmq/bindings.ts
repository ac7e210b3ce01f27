import 'server-only';
import type { Binding } from '@/lib/api/bindings';
import { destinationCode, type DestinationType } from '@/lib/schemas/binding';
import type { Arguments } from '@/lib/schemas/arguments';
import { exchangeSegment } from '@/lib/schemas/exchange';
import { BrokerError } from './errors';
import { managementRequest, mgmtPath, type Credentials } from './management';

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
  return authorised(managementRequest<Binding[]>(credentials, 'GET', mgmtPath`/queues/${vhost}/${queue}/bindings`));
}

/** Bindings from (source) or to (destination) this exchange. */
export function listExchangeBindings(
  credentials: Credentials,
  vhost: string,
  exchange: string,
  side: 'source' | 'destination',
): Promise<Binding[]> {
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
  const code = destinationCode(destinationType);
  await authorised(
    managementRequest(
      credentials,
      'DELETE',
      mgmtPath`/bindings/${vhost}/e/${source}/${code}/${destination}/${propertiesKey}`,
    ),
  );
}

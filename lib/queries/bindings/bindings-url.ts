import type { DestinationType } from '@/lib/schemas/binding';
import { destinationCode } from '@/lib/schemas/binding';
import { exchangeSegment } from '@/lib/api/segments';
import { seg } from '../fetcher';

/** Warren's binding routes, each name one encoded segment; the default exchange is "amq.default". */
export const bindingUrls = {
  queue: (vhost: string, queue: string) => `/api/bindings/${seg(vhost)}/queue/${seg(queue)}`,
  exchange: (vhost: string, exchange: string, side: 'source' | 'destination') =>
    `/api/bindings/${seg(vhost)}/exchange/${seg(exchangeSegment(exchange))}/${side}`,
  pair: (vhost: string, source: string, destinationType: DestinationType, destination: string) =>
    `/api/bindings/${seg(vhost)}/e/${seg(exchangeSegment(source))}/${destinationCode(destinationType)}/${seg(
      destinationType === 'exchange' ? exchangeSegment(destination) : destination,
    )}`,
};

import { exchangeSegment } from '@/lib/api/segments';
import { seg } from '../fetcher';

/** Warren's route for one exchange; the default exchange is "amq.default", as in the broker's API. */
export const exchangeUrl = (vhost: string, name: string) => `/api/exchanges/${seg(vhost)}/${seg(exchangeSegment(name))}`;

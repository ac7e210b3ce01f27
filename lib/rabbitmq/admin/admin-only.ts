import 'server-only';
import { BrokerError } from '../errors';

/**
 * Users, permissions and limits are the administrator's: the broker refuses everyone else with
 * 401 "Not administrator user" (ACCESS_REFUSED here), said as a sentence about what was refused.
 * A bare 404 ("Not Found") becomes `notFound`, which names the object.
 */
export async function adminOnly<T>(request: () => Promise<T>, notFound?: string): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (!(error instanceof BrokerError)) throw error;
    if (error.code === 'ACCESS_REFUSED' && /^Not administrator user$/i.test(error.message)) {
      throw new BrokerError('ACCESS_REFUSED', 'Users, permissions and user limits are for administrators only (RabbitMQ answered “Not administrator user”)');
    }
    if (notFound && error.code === 'NOT_FOUND' && /^not found$/i.test(error.message)) throw new BrokerError('NOT_FOUND', notFound);
    throw error;
  }
}

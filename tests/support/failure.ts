import type { BrokerError } from '@/lib/rabbitmq/errors';

/**
 * The BrokerError a promise rejects with; anything else (or no rejection) fails the test. Tests
 * that import a fresh module graph have another BrokerError class, so it is matched by name.
 */
export async function brokerFailure(promise: Promise<unknown>): Promise<BrokerError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'BrokerError') return error as BrokerError;
    throw error;
  }
  throw new Error('expected the operation to fail with a BrokerError');
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BrokerError } from './errors';

// The management client is replaced: these tests are about what queues.ts asks and how it reads
// the answers (the real broker is exercised by e2e/api/queues.spec.ts).
const managementRequest = vi.fn();
const findInList = vi.fn();
vi.mock('./management', async (importOriginal) => {
  const original = await importOriginal<typeof import('./management')>();
  findInList.mockImplementation(original.findInList);
  return {
    ...original,
    managementRequest: (...args: unknown[]) => managementRequest(...args),
    findInList: (...args: Parameters<typeof original.findInList>) => findInList(...args),
  };
});

const { bulkQueueAction, declareQueue, deleteQueue, getQueue, mapQueueError, purgeQueue } = await import('./queues');

const credentials = { username: 'u', password: 'p' };

beforeEach(() => managementRequest.mockReset());

describe('getQueue', () => {
  // 3.10 answers 404 by path for a classic queue whose node is down, while its list still has it
  // (state "down"): the page showed "not found" for a queue that is there.
  it('falls back to the list row when the broker has the queue but does not serve its details', async () => {
    managementRequest.mockRejectedValueOnce(new BrokerError('NOT_FOUND', 'Not Found'));
    findInList.mockResolvedValueOnce({ name: 'orders', vhost: '/', state: 'down', node: 'rabbit@b' });
    await expect(getQueue(credentials, '/', 'orders')).resolves.toEqual({ name: 'orders', vhost: '/', state: 'down', node: 'rabbit@b', detailsUnavailable: true });
    managementRequest.mockRejectedValueOnce(new BrokerError('NOT_FOUND', 'Not Found'));
    findInList.mockResolvedValueOnce(null);
    await expect(getQueue(credentials, '/', 'gone')).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Queue "gone" not found in virtual host "/"' });
  });
});

describe('mapQueueError', () => {
  it('explains if-empty and if-unused refusals', () => {
    const queue = { vhost: '/', name: 'orders' };
    expect(mapQueueError(new BrokerError('BAD_REQUEST', "queue 'orders' in vhost '/' not empty"), queue)).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/is not empty, so it was not deleted/),
    });
    expect(mapQueueError(new BrokerError('BAD_REQUEST', "queue 'orders' in vhost '/' in use"), queue)).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: expect.stringMatching(/has consumers/),
    });
  });

  it('maps a locked exclusive queue to RESOURCE_LOCKED (409)', () => {
    expect(mapQueueError(new BrokerError('BAD_REQUEST', "cannot obtain exclusive access to locked queue 'q' in vhost '/'."))).toMatchObject({
      code: 'RESOURCE_LOCKED',
      status: 409,
    });
  });

  it('names the queue when it is not found', () => {
    expect(mapQueueError(new BrokerError('NOT_FOUND', 'Not Found'), { vhost: '/', name: 'q' })).toMatchObject({
      message: 'Queue "q" not found in virtual host "/"',
    });
  });
});

describe('declareQueue', () => {
  it('refuses amq. names without asking the broker (which would answer 401)', async () => {
    await expect(declareQueue(credentials, '/', 'amq.mine', { type: 'classic', durable: true, auto_delete: false, arguments: {} })).rejects.toMatchObject({
      code: 'ACCESS_REFUSED',
    });
    expect(managementRequest).not.toHaveBeenCalled();
  });

  it('checks first, then declares with x-queue-type; quorum queues are forced durable', async () => {
    managementRequest.mockRejectedValueOnce(new BrokerError('NOT_FOUND', 'Not Found')).mockResolvedValueOnce(undefined);
    await expect(declareQueue(credentials, '/', 'a/b', { type: 'quorum', durable: false, auto_delete: true, arguments: { 'x-delivery-limit': 5 } })).resolves.toEqual({
      created: true,
    });
    expect(managementRequest).toHaveBeenNthCalledWith(1, credentials, 'GET', '/queues/%2F/a%2Fb', { query: { columns: 'name' }, fresh: true });
    expect(managementRequest).toHaveBeenNthCalledWith(2, credentials, 'PUT', '/queues/%2F/a%2Fb', {
      body: { durable: true, auto_delete: false, arguments: { 'x-delivery-limit': 5, 'x-queue-type': 'quorum' } },
    });
  });

  it('says "already exists" instead of reporting success for an identical queue', async () => {
    managementRequest.mockResolvedValueOnce({ name: 'q' }).mockResolvedValueOnce(undefined);
    await expect(declareQueue(credentials, '/', 'q', { type: 'classic', durable: true, auto_delete: false, arguments: {} })).rejects.toMatchObject({
      code: 'CONFLICT',
      status: 409,
    });
  });

  it("passes on the broker's refusal of other settings as 406", async () => {
    managementRequest
      .mockResolvedValueOnce({ name: 'q' })
      .mockRejectedValueOnce(new BrokerError('PRECONDITION_FAILED', "inequivalent arg 'durable' for queue 'q' in vhost '/': received 'false' but current is 'true'"));
    await expect(declareQueue(credentials, '/', 'q', { type: 'classic', durable: false, auto_delete: false, arguments: {} })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
  });
});

describe('delete and purge', () => {
  it('sends if-empty / if-unused only when asked', async () => {
    managementRequest.mockResolvedValue(undefined);
    await deleteQueue(credentials, '/', 'q', { ifEmpty: true });
    expect(managementRequest).toHaveBeenLastCalledWith(credentials, 'DELETE', '/queues/%2F/q', { query: { 'if-empty': true, 'if-unused': undefined } });
    await purgeQueue(credentials, 'team a', '水');
    expect(managementRequest).toHaveBeenLastCalledWith(credentials, 'DELETE', '/queues/team%20a/%E6%B0%B4/contents');
  });
});

describe('bulkQueueAction', () => {
  it('reports each queue and never runs more than the limit at once', async () => {
    let running = 0;
    let peak = 0;
    managementRequest.mockImplementation(async (...args: unknown[]) => {
      const path = String(args[2]);
      running++;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      if (path.includes('bad')) throw new BrokerError('BAD_REQUEST', "queue.purge not supported by stream queues queue 'bad' in vhost '/'");
    });
    const queues = Array.from({ length: 20 }, (_, i) => ({ vhost: '/', name: i === 7 ? 'bad' : `q${i}` }));
    const results = await bulkQueueAction(credentials, { action: 'purge', queues }, 4);
    expect(peak).toBe(4);
    expect(results).toHaveLength(20);
    expect(results.filter((r) => !r.ok)).toEqual([
      { vhost: '/', name: 'bad', ok: false, code: 'BAD_REQUEST', message: "queue.purge not supported by stream queues queue 'bad' in vhost '/'" },
    ]);
    expect(results.map((r) => r.name)).toEqual(queues.map((q) => q.name));
  });
});

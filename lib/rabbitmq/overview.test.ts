import { beforeEach, describe, expect, it, vi } from 'vitest';

// The management client is replaced: these tests are about what is asked of the broker.
const managementRequest = vi.fn();
vi.mock('./management', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./management')>()),
  managementRequest: (...args: unknown[]) => managementRequest(...args),
}));

const { getOverview } = await import('./overview');
const { getSeries } = await import('./series');

const credentials = { username: 'u', password: 'p' };
const answer = {
  rabbitmq_version: '3.10.8',
  sample_retention_policies: { global: [600, 3600], basic: [600], detailed: [600] },
  queue_totals: { messages: 3, messages_details: { rate: 0, samples: [{ sample: 3, timestamp: 10_000 }, { sample: 1, timestamp: 5_000 }] } },
};

beforeEach(() => {
  managementRequest.mockReset();
  managementRequest.mockResolvedValue(answer);
});

describe('the overview and its charts', () => {
  // With thousands of queues the broker's overview is costly: the page's totals and its charts
  // (default range) used to be two overview requests per refresh, plus a third for the retention.
  it('are one and the same broker request for the default range; the route answers without the samples', async () => {
    const overview = await getOverview(credentials);
    const series = await getSeries(credentials, { of: 'overview' }, 600);
    const asked = managementRequest.mock.calls.map((call) => JSON.stringify(call.slice(1)));
    expect(new Set(asked).size).toBe(1);
    expect(asked[0]).toContain('lengths_age');
    expect(JSON.stringify(overview)).not.toContain('samples');
    expect(overview.queue_totals).toEqual({ messages: 3, messages_details: { rate: 0 } });
    expect(answer.queue_totals.messages_details.samples).toHaveLength(2); // the shared answer is untouched
    expect(series.series.total).toEqual([1, 3]);
    expect(series.retention).toContain(600);
  });
});

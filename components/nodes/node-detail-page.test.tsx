import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import nodeDetail from '@/lib/testing/fixtures/nodes/node-detail.json';
import nodeDetailDown from '@/lib/testing/fixtures/nodes/node-detail-down.json';
import nodeDetailStopping from '@/lib/testing/fixtures/nodes/node-detail-stopping.json';
import nodeMemory from '@/lib/testing/fixtures/nodes/node-memory.json';
import overview from '@/lib/testing/fixtures/nodes/overview.json';
import { formatBytes } from '@/lib/format';
import { jsonAnswer, mockFetch } from '../messages/test-support';
import { NodeDetailPage } from './node-detail-page';
import { nodesWrapper, requestedUrls, testQueryClient } from './test-support';

vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined }),
  usePathname: () => '/nodes/x',
  useSearchParams: () => new URLSearchParams('refresh=0'),
}));

const fetchMock = mockFetch();
const NAME = 'warren-dev@localhost';

/** Answers Warren's routes from the recorded broker JSON; `node` is what /api/nodes/:name says now. */
function answer(node: () => unknown) {
  fetchMock.mockImplementation(async (input) => {
    const url = String(input);
    if (url === '/api/overview') return jsonAnswer(overview);
    if (url.endsWith('?memory=true')) return jsonAnswer(nodeMemory);
    if (url.startsWith('/api/nodes/')) return jsonAnswer(node());
    // The node's charts: no samples yet.
    if (url.startsWith('/api/series?')) return jsonAnswer({ range: 600, incr: 5, timestamps: [], series: {}, retention: [60, 600] });
    return jsonAnswer({ error: { code: 'NOT_FOUND', message: 'Not found' } }, 404);
  });
}

describe('NodeDetailPage', () => {
  it('shows the node’s versions, files, plugins, listeners, contexts, exchange types and mechanisms', async () => {
    answer(() => nodeDetail);
    render(<NodeDetailPage name={NAME} />, { wrapper: nodesWrapper() });
    expect(await screen.findByText('/tmp/devbroker/rabbitmq.conf')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: `Node ${NAME}` })).toBeTruthy();
    expect(screen.getByText('/tmp/devbroker/log/warren-dev@localhost.log')).toBeTruthy();
    expect(screen.getByText(nodeDetail.db_dir)).toBeTruthy();
    expect(screen.getByText(nodeDetail.os_pid)).toBeTruthy();
    // Erlang's version comes with the overview, which this node answered.
    expect(await screen.findByText(overview.erlang_version)).toBeTruthy();

    const plugins = await screen.findByRole('table', { name: 'Enabled plugins' });
    expect(await within(plugins).findByRole('row', { name: /rabbitmq_management 3\.10\.8 RabbitMQ Management Console/ })).toBeTruthy();
    const listeners = await screen.findByRole('table', { name: 'Listeners' });
    expect(await within(listeners).findByRole('row', { name: 'amqp 127.0.0.1 5691' })).toBeTruthy();
    const contexts = await screen.findByRole('table', { name: 'Web contexts' });
    expect(await within(contexts).findByRole('row', { name: /RabbitMQ Management \/ 127\.0\.0\.1 15691/ })).toBeTruthy();
    const types = await screen.findByRole('table', { name: 'Exchange types' });
    expect((await within(types).findAllByRole('row')).length).toBe(1 + nodeDetail.exchange_types.length);
    const mechanisms = await screen.findByRole('table', { name: 'Authentication mechanisms' });
    expect(await within(mechanisms).findByRole('row', { name: /RABBIT-CR-DEMO .* No/ })).toBeTruthy();
    expect(screen.getByRole('meter', { name: `Memory ${NAME}` })).toBeTruthy();
  });

  it('asks for the memory breakdown only when the button is pressed, then shows each category and the total', async () => {
    answer(() => nodeDetail);
    render(<NodeDetailPage name={NAME} />, { wrapper: nodesWrapper() });
    await screen.findByText('/tmp/devbroker/rabbitmq.conf');
    expect(requestedUrls(fetchMock).some((url) => url.includes('memory'))).toBe(false);
    expect(screen.queryByRole('table', { name: `Memory of ${NAME} by category` })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Memory details' }));
    const table = await screen.findByRole('table', { name: `Memory of ${NAME} by category` });
    expect(requestedUrls(fetchMock).filter((url) => url.includes('memory'))).toEqual(['/api/nodes/warren-dev%40localhost?memory=true']);
    expect(within(table).getByRole('rowheader', { name: 'Code' })).toBeTruthy();
    expect(within(table).getByRole('row', { name: `Total (rss) ${formatBytes(nodeMemory.memory.total.rss)}` })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Update' }));
    await vi.waitFor(() => expect(requestedUrls(fetchMock).filter((url) => url.includes('memory'))).toHaveLength(2));
  });

  it('says a node that is down is not running — not "not found" — and has no figures (recorded down node)', async () => {
    answer(() => ({ ...nodeDetailDown, name: NAME }));
    render(<NodeDetailPage name={NAME} />, { wrapper: nodesWrapper() });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(`Node ${NAME} is not running`)).toBeTruthy();
    expect(alert.textContent).toContain('only its name and type are known');
    expect(screen.queryByText(/not a member/)).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: `Node ${NAME}` })).toBeTruthy();
    expect(screen.getAllByText('Node not running').length).toBeGreaterThan(0);
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Memory details' })).toBeNull();
    expect(screen.getByText('No memory breakdown: the node is not running.')).toBeTruthy();
    expect(await within(screen.getByRole('table', { name: 'Enabled plugins' })).findByText('Not reported while the node is not running.')).toBeTruthy();
  });

  it('keeps what the node said while it ran, marked as last known, once it goes down', async () => {
    let running = true;
    answer(() => (running ? nodeDetail : { ...nodeDetailDown, name: NAME }));
    const client = testQueryClient();
    render(<NodeDetailPage name={NAME} />, { wrapper: nodesWrapper(['administrator'], client) });
    await screen.findByText('/tmp/devbroker/rabbitmq.conf');
    running = false;
    await act(() => client.refetchQueries({ queryKey: ['nodes', 'detail', NAME] }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`Node ${NAME} is not running`);
    expect(alert.textContent).toMatch(/The values below are the last known, from \d\d:\d\d:\d\d/);
    expect(screen.getByText('/tmp/devbroker/rabbitmq.conf')).toBeTruthy();
    expect(screen.getByText(nodeDetail.os_pid)).toBeTruthy();
  });

  // Recorded while a node stopped: for about 5 s it is "running" with no figures at all.
  it('says that a node which runs but reports nothing may be starting or stopping, and keeps its last known values', async () => {
    let stopping = false;
    answer(() => (stopping ? { ...nodeDetailStopping, name: NAME } : nodeDetail));
    const client = testQueryClient();
    render(<NodeDetailPage name={NAME} />, { wrapper: nodesWrapper(['monitoring'], client) });
    await screen.findByText('/tmp/devbroker/rabbitmq.conf');
    stopping = true;
    await act(() => client.refetchQueries({ queryKey: ['nodes', 'detail', NAME] }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(`Node ${NAME} reports no figures`)).toBeTruthy();
    expect(alert.textContent).toContain('it may be starting or stopping. The values below are the last known');
    expect(screen.getByText('/tmp/devbroker/rabbitmq.conf')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Memory details' })).toBeNull();
  });

  it('says clearly that a name is no node of the cluster', async () => {
    fetchMock.mockImplementation(async (input) =>
      String(input) === '/api/overview'
        ? jsonAnswer(overview)
        : jsonAnswer({ error: { code: 'NOT_FOUND', message: 'Node "nope@nowhere" is not a member of this cluster' } }, 404),
    );
    render(<NodeDetailPage name="nope@nowhere" />, { wrapper: nodesWrapper() });
    expect(await screen.findByText('Node nope@nowhere is not a member of this cluster')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All nodes' }).getAttribute('href')).toBe('/nodes');
  });

  it('tells a management user why there is nothing, without asking for the node', () => {
    answer(() => nodeDetail);
    render(<NodeDetailPage name={NAME} />, { wrapper: nodesWrapper(['management']) });
    expect(screen.getByRole('status').textContent).toContain('Nodes need the monitoring or administrator tag');
    expect(requestedUrls(fetchMock).some((url) => url.startsWith('/api/nodes'))).toBe(false);
  });
});

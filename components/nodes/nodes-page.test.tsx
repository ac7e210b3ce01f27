import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import clusterOneDown from '@/lib/testing/fixtures/nodes/cluster-one-down.json';
import nodesList from '@/lib/testing/fixtures/nodes/nodes-list.json';
import editedDown from '@/lib/testing/fixtures/nodes/nodes-list-running-edited-false.json';
import { NodesTable } from '@/components/overview/nodes-table';
import { jsonAnswer, mockFetch } from '../messages/test-support';
import { NodesPage } from './nodes-page';
import { nodesWrapper, requestedUrls } from './test-support';

vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined }),
  usePathname: () => '/nodes',
  useSearchParams: () => new URLSearchParams('refresh=0'),
}));

const fetchMock = mockFetch();

/** The table's row of this node (rows render just after the first paint: found, not got). */
const rowOf = (name: string) => screen.findByRole('row', { name: new RegExp(name) });

describe('NodesPage', () => {
  it('lists a running node with its figures against its limits, linked to its page', async () => {
    fetchMock.mockResolvedValue(jsonAnswer(nodesList));
    render(<NodesPage />, { wrapper: nodesWrapper() });
    const table = await screen.findByRole('table', { name: 'Nodes' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Name', 'Type', 'Memory', 'Disk space', 'File descriptors', 'Socket descriptors', 'Erlang processes', 'Run queue', 'Uptime', 'RabbitMQ version', 'Alarms',
    ]);
    const node = nodesList[0]!;
    const row = await rowOf('warren-dev@localhost');
    expect(within(row).getByRole('link', { name: node.name }).getAttribute('href')).toBe('/nodes/warren-dev%40localhost');
    expect(within(row).getByText('Running')).toBeTruthy();
    expect(within(row).getByText('Disc')).toBeTruthy();
    expect(within(row).getByRole('meter', { name: `Memory ${node.name}` }).getAttribute('aria-valuemax')).toBe(String(node.mem_limit));
    expect(within(row).getByRole('meter', { name: `Disk space ${node.name}` }).getAttribute('aria-valuetext')).toMatch(/low watermark 47\.7 MiB/);
    expect(within(row).getByRole('meter', { name: `File descriptors ${node.name}` }).getAttribute('aria-valuetext')).toBe(
      `${node.fd_used} of 20,000 available`,
    );
    expect(within(row).getByText(node.rabbitmq_version!)).toBeTruthy();
    expect(within(row).getByText('None')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(requestedUrls(fetchMock)).toEqual(['/api/nodes']);
  });

  it('says first, as an alert, that a node is down, and shows no figures for it (recorded cluster)', async () => {
    fetchMock.mockResolvedValue(jsonAnswer(clusterOneDown));
    render(<NodesPage />, { wrapper: nodesWrapper() });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('A node is not running');
    expect(within(alert).getByRole('link', { name: 'Node nodesrec-b@localhost is not running' }).getAttribute('href')).toBe(
      '/nodes/nodesrec-b%40localhost',
    );
    // The alert comes before the table.
    expect(alert.compareDocumentPosition(screen.getByRole('table', { name: 'Nodes' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const down = await rowOf('nodesrec-b@localhost');
    expect(within(down).getByText('Node not running')).toBeTruthy();
    expect(within(down).getByText('No figures: the node is not running')).toBeTruthy();
    expect(within(down).queryAllByRole('meter')).toHaveLength(0);
    expect(within(await rowOf('nodesrec-a@localhost')).getAllByRole('meter')).toHaveLength(5);
  });

  // A node reported down while the answer still carries figures: they are not current, not shown.
  it('does not show the figures of a node whose running is false as if they were current', async () => {
    fetchMock.mockResolvedValue(jsonAnswer(editedDown));
    render(<NodesPage />, { wrapper: nodesWrapper() });
    const row = await rowOf('warren-dev@localhost');
    expect(within(row).queryAllByRole('meter')).toHaveLength(0);
    expect(within(row).queryByText(editedDown[0]!.rabbitmq_version!)).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Node warren-dev@localhost is not running');
  });

  it('tells a user without the monitoring tag why there are no nodes, without asking the broker', () => {
    render(<NodesPage />, { wrapper: nodesWrapper(['management']) });
    expect(screen.getByRole('status').textContent).toContain('Nodes need the monitoring or administrator tag');
    expect(screen.queryByRole('table')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the same notice when the broker refuses the list (tags changed since the login)', async () => {
    fetchMock.mockResolvedValue(jsonAnswer({ error: { code: 'ACCESS_REFUSED', message: 'Not monitor user' } }, 403));
    render(<NodesPage />, { wrapper: nodesWrapper(['monitoring']) });
    expect((await screen.findByRole('status')).textContent).toContain('Nodes need the monitoring or administrator tag');
  });
});

describe('the overview’s NodesTable', () => {
  it('says a node that runs but reports no figures (recorded while it stopped) may be starting or stopping', async () => {
    const stopping = [clusterOneDown[0]!, { name: 'nodesrec-b@localhost', running: true, type: 'disc' }];
    render(<NodesTable nodes={stopping} isPending={false} />, { wrapper: nodesWrapper() });
    const row = await rowOf('nodesrec-b@localhost');
    expect(within(row).getByText('Running')).toBeTruthy();
    expect(within(row).getByText('No figures reported: the node may be starting or stopping')).toBeTruthy();
    expect(within(row).queryAllByRole('meter')).toHaveLength(0);
  });

  it('says a node is not running, with no meters, and links each node to its page', async () => {
    render(<NodesTable nodes={clusterOneDown} isPending={false} />, { wrapper: nodesWrapper() });
    const down = await rowOf('nodesrec-b@localhost');
    expect(within(down).getByText('Node not running')).toBeTruthy();
    expect(within(down).getByText('No figures: the node is not running')).toBeTruthy();
    expect(within(down).queryAllByRole('meter')).toHaveLength(0);
    expect(within(down).getByRole('link', { name: 'nodesrec-b@localhost' })).toBeTruthy();
  });
});

import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { QueuePlacement } from '@/lib/nodes';
import clusterOneDown from '@/lib/testing/fixtures/nodes/cluster-one-down.json';
import nodesList from '@/lib/testing/fixtures/nodes/nodes-list.json';
import quorumMemberDown from '@/lib/testing/fixtures/nodes/queue-quorum-member-down.json';
import queuesOneNodeDown from '@/lib/testing/fixtures/nodes/queues-one-node-down.json';
import { jsonAnswer, mockFetch } from '../messages/test-support';
import { QueueNodesNotice } from './queue-nodes-notice';
import { nodesWrapper, requestedUrls, testQueryClient } from './test-support';

vi.mock('next/navigation', () => ({
  useRouter: () => ({ refresh: () => undefined }),
  usePathname: () => '/queues/%2F/q',
  useSearchParams: () => new URLSearchParams('refresh=0'),
}));

const fetchMock = mockFetch();
// Recorded from a two-node cluster with nodesrec-b stopped: a classic queue on b (a row of the
// list: by name it answers 404) and a quorum queue with members on both.
const classicOnB = queuesOneNodeDown[0] as QueuePlacement;

describe('QueueNodesNotice', () => {
  it('says a classic queue on a node that is down is unavailable, and links the node', async () => {
    fetchMock.mockResolvedValue(jsonAnswer(clusterOneDown));
    render(<QueueNodesNotice queue={classicOnB} />, { wrapper: nodesWrapper() });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Queue classic-on-b is unavailable: its node nodesrec-b@localhost is not running');
    expect(within(alert).getByRole('link', { name: 'nodesrec-b@localhost' }).getAttribute('href')).toBe('/nodes/nodesrec-b%40localhost');
    expect(requestedUrls(fetchMock)).toEqual(['/api/nodes']);
  });

  it('says a quorum queue lost its majority when one of its two members is down', async () => {
    fetchMock.mockResolvedValue(jsonAnswer(clusterOneDown));
    render(<QueueNodesNotice queue={quorumMemberDown} />, { wrapper: nodesWrapper() });
    expect((await screen.findByRole('alert')).textContent).toContain('Queue quorum-ab is unavailable: 1 of its 2 members is not running');
  });

  it('says a quorum queue runs with fewer replicas while it keeps a majority', async () => {
    fetchMock.mockResolvedValue(jsonAnswer(clusterOneDown));
    const queue = { ...quorumMemberDown, members: [...quorumMemberDown.members, 'nodesrec-c@localhost'], online: [...quorumMemberDown.online, 'nodesrec-c@localhost'] };
    render(<QueueNodesNotice queue={queue} />, { wrapper: nodesWrapper() });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Queue quorum-ab runs with fewer replicas: 1 of its 3 members is not running');
  });

  it('tells a user without the monitoring tag from the queue itself, without the nodes list', () => {
    render(<QueueNodesNotice queue={quorumMemberDown} />, { wrapper: nodesWrapper(['management']) });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('1 of its 2 members is not running');
    // Such a user cannot open node pages: the node is named, not linked.
    expect(within(alert).queryByRole('link')).toBeNull();
    expect(within(alert).getByText('nodesrec-b@localhost')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows nothing while the queue’s node runs', async () => {
    fetchMock.mockResolvedValue(jsonAnswer(nodesList));
    const client = testQueryClient();
    const { container } = render(<QueueNodesNotice queue={{ name: 'orders', type: 'classic', node: nodesList[0]!.name, state: 'running' }} />, {
      wrapper: nodesWrapper(['monitoring'], client),
    });
    await vi.waitFor(() => expect(client.getQueryState(['nodes'])?.status).toBe('success'));
    expect(container.textContent).toBe('');
  });
});

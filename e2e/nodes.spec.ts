import { expect, test, type Page } from '@playwright/test';
import { enc, mgmt } from './support/broker';
import { authFile, type Role } from './support/env';

// The nodes page and a node's page against the real broker (a single node, running: a node that
// is down is covered by the component tests with recorded cluster JSON). Figures are compared
// with what the broker's own GET /api/nodes says.

interface BrokerNode {
  name: string;
  type: string;
  running: boolean;
  mem_limit: number;
  fd_total: number;
  sockets_total: number;
  proc_total: number;
  config_files: string[];
  log_files: string[];
  db_dir: string;
  enabled_plugins: string[];
  applications: Array<{ name: string; version: string }>;
}
interface BrokerOverview {
  node: string;
  erlang_version: string;
  listeners: Array<{ node: string; protocol: string; port: number }>;
}

/** The requests the page sends for a memory breakdown. */
function memoryRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/\/api\/nodes\/[^/?]+\?(.*&)?memory=true/.test(request.url())) urls.push(request.url());
  });
  return urls;
}

for (const role of ['admin', 'monitoring'] as Role[]) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: authFile(role) });

    test(`${role}: the nodes page lists each node with the broker’s figures and links to it`, async ({ page }) => {
      const nodes = await mgmt<BrokerNode[]>('GET', '/nodes');
      await page.goto('/nodes');
      await expect(page.getByRole('heading', { level: 1, name: 'Nodes' })).toBeVisible();
      const table = page.getByRole('table', { name: 'Nodes' });
      for (const name of ['Name', 'Type', 'Memory', 'Disk space', 'File descriptors', 'Socket descriptors', 'Erlang processes', 'Run queue', 'Uptime', 'RabbitMQ version', 'Alarms']) {
        await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
      }
      // The test broker is one running node: no alert about nodes that are down.
      await expect(page.getByRole('alert').filter({ hasText: 'not running' })).toHaveCount(0);
      for (const node of nodes) {
        const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: node.name, exact: true }) });
        await expect(row).toContainText('Running');
        await expect(row).toContainText(node.type === 'disc' ? 'Disc' : 'RAM');
        await expect(row).toContainText(node.applications.find((app) => app.name === 'rabbit')!.version);
        await expect(row.getByRole('meter', { name: `Memory ${node.name}` })).toHaveAttribute('aria-valuemax', String(node.mem_limit));
        await expect(row.getByRole('meter', { name: `Disk space ${node.name}` })).toHaveAttribute('aria-valuetext', /low watermark/);
        await expect(row.getByRole('meter', { name: `File descriptors ${node.name}` })).toHaveAttribute('aria-valuemax', String(node.fd_total));
        await expect(row.getByRole('meter', { name: `Socket descriptors ${node.name}` })).toHaveAttribute('aria-valuemax', String(node.sockets_total));
        await expect(row.getByRole('meter', { name: `Erlang processes ${node.name}` })).toHaveAttribute('aria-valuemax', String(node.proc_total));
      }
      const first = nodes[0]!;
      await table.getByRole('link', { name: first.name, exact: true }).click();
      await expect(page).toHaveURL(`/nodes/${enc(first.name)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Node ${first.name}`);
    });

    test(`${role}: a node’s page shows its files, plugins and listeners, and the memory breakdown only on request`, async ({ page }) => {
      const [node] = await mgmt<BrokerNode[]>('GET', '/nodes');
      const overview = await mgmt<BrokerOverview>('GET', '/overview');
      const asked = memoryRequests(page);
      await page.goto(`/nodes/${enc(node!.name)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Node ${node!.name}`);

      const files = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Files and directories' }) });
      for (const file of [...node!.config_files, ...node!.log_files, node!.db_dir]) await expect(files.getByText(file, { exact: true })).toBeVisible();
      const plugins = page.getByRole('table', { name: 'Enabled plugins' });
      for (const plugin of node!.enabled_plugins) {
        await expect(plugins.getByRole('row').filter({ hasText: plugin })).toContainText(node!.applications.find((app) => app.name === plugin)!.version);
      }
      const listeners = page.getByRole('table', { name: 'Listeners' });
      for (const listener of overview.listeners.filter((l) => l.node === node!.name)) {
        await expect(listeners.getByRole('row').filter({ has: page.getByRole('cell', { name: listener.protocol, exact: true }) })).toContainText(
          String(listener.port),
        );
      }
      await expect(page.getByRole('table', { name: 'Exchange types' }).getByRole('cell', { name: 'topic', exact: true })).toBeVisible();
      await expect(page.getByRole('table', { name: 'Authentication mechanisms' }).getByRole('cell', { name: 'PLAIN', exact: true })).toBeVisible();
      if (overview.node === node!.name) await expect(page.getByText(overview.erlang_version, { exact: true })).toBeVisible();

      // Nothing asked the broker for the breakdown yet, and none is shown.
      const breakdown = page.getByRole('table', { name: `Memory of ${node!.name} by category` });
      await expect(page.getByRole('button', { name: 'Memory details' })).toBeVisible();
      expect(asked).toEqual([]);
      await expect(breakdown).toHaveCount(0);

      const answer = page.waitForResponse((response) => /\?memory=true$/.test(response.url()));
      await page.getByRole('button', { name: 'Memory details' }).click();
      expect((await answer).status()).toBe(200);
      await expect(breakdown.getByRole('rowheader', { name: 'Code', exact: true })).toBeVisible();
      await expect(breakdown.getByRole('rowheader', { name: /^Total \(\w+\)$/ })).toBeVisible();
      expect(asked).toEqual([expect.stringContaining(`/api/nodes/${enc(node!.name)}?memory=true`)]);
    });
  });
}

test.describe('as a management user', () => {
  test.use({ storageState: authFile('management') });

  test('management: the nodes pages say that nodes need the monitoring tag', async ({ page }) => {
    const [node] = await mgmt<BrokerNode[]>('GET', '/nodes');
    for (const path of ['/nodes', `/nodes/${enc(node!.name)}`]) {
      await page.goto(path);
      await expect(page.getByRole('status').filter({ hasText: 'Nodes need the monitoring or administrator tag' })).toBeVisible();
      await expect(page.getByRole('table')).toHaveCount(0);
      await expect(page.getByRole('meter')).toHaveCount(0);
    }
  });
});

test.describe('a node the cluster does not have', () => {
  test.use({ storageState: authFile('admin') });

  test('its page says clearly that it is not a member of this cluster', async ({ page }) => {
    await page.goto(`/nodes/${enc('no-such-node@nowhere')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Node no-such-node@nowhere');
    await expect(page.getByRole('alert').filter({ hasText: 'Node no-such-node@nowhere is not a member of this cluster' })).toBeVisible();
    await page.getByRole('link', { name: 'All nodes' }).click();
    await expect(page).toHaveURL('/nodes');
  });
});

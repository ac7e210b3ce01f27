import { expect, test } from '@playwright/test';
import { enc, mgmt, publishMessages, uniqueName } from './support/broker';
import { authFile, TEST_USERS, type Role } from './support/env';

interface BrokerNode {
  name: string;
  running: boolean;
  fd_total: number;
  sockets_total: number;
  proc_total: number;
  mem_limit: number;
}
interface BrokerOverview {
  cluster_name: string;
  rabbitmq_version: string;
  erlang_version: string;
  listeners: Array<{ node: string; protocol: string; port: number }>;
}
interface BrokerVhost {
  messages?: number;
  messages_ready?: number;
  messages_unacknowledged?: number;
}

test.describe('as an administrator', () => {
  test.use({ storageState: authFile('admin') });

  test('queued-message totals of a vhost match the broker after publishing with amqplib', async ({ page }) => {
    const vhost = uniqueName('warren-ov vhost');
    const queue = uniqueName('totals');
    const count = 17;
    await mgmt('PUT', `/vhosts/${enc(vhost)}`, {});
    try {
      await mgmt('PUT', `/permissions/${enc(vhost)}/${enc(TEST_USERS.admin.username)}`, { configure: '.*', write: '.*', read: '.*' });
      await publishMessages(vhost, queue, count);

      await page.goto(`/?vhost=${enc(vhost)}`);
      await expect(page.getByText(`Showing virtual host ${vhost}`)).toBeVisible();
      // The broker aggregates queue stats every 5 s; Warren polls every 5 s.
      await expect(page.getByTestId('queued-ready')).toHaveText(String(count), { timeout: 20_000 });
      await expect(page.getByTestId('queued-total')).toHaveText(String(count));
      await expect(page.getByTestId('queued-unacked')).toHaveText('0');
      // And the broker agrees.
      const broker = await mgmt<BrokerVhost>('GET', `/vhosts/${enc(vhost)}`);
      expect([broker.messages_ready, broker.messages, broker.messages_unacknowledged]).toEqual([count, count, 0]);
    } finally {
      await mgmt('DELETE', `/vhosts/${enc(vhost)}`).catch(() => undefined);
    }
  });

  test('the header shows the cluster name, RabbitMQ and Erlang versions', async ({ page }) => {
    const overview = await mgmt<BrokerOverview>('GET', '/overview');
    await page.goto('/');
    const header = page.getByRole('banner');
    await expect(header).toContainText(`Cluster:${overview.cluster_name}`);
    await expect(header).toContainText(`RabbitMQ ${overview.rabbitmq_version}, Erlang ${overview.erlang_version}`);
  });

  test('the nodes table lists each node with its state and resource meters', async ({ page }) => {
    const nodes = await mgmt<BrokerNode[]>('GET', '/nodes');
    await page.goto('/');
    const table = page.getByRole('table', { name: 'Nodes' });
    await expect(table).toBeVisible();
    for (const name of ['Name', 'Memory', 'Disk space', 'File descriptors', 'Socket descriptors', 'Erlang processes', 'Uptime']) {
      await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    for (const node of nodes) {
      const row = table.getByRole('row').filter({ hasText: node.name });
      await expect(row).toContainText(node.running ? 'Running' : 'Node not running');
      if (!node.running) continue;
      const memory = row.getByRole('meter', { name: `Memory ${node.name}` });
      await expect(memory).toHaveAttribute('aria-valuemax', String(node.mem_limit));
      await expect(memory).toHaveAttribute('aria-valuetext', /high watermark/);
      await expect(row.getByRole('meter', { name: `Disk space ${node.name}` })).toHaveAttribute('aria-valuetext', /low watermark/);
      await expect(row.getByRole('meter', { name: `File descriptors ${node.name}` })).toHaveAttribute(
        'aria-valuetext',
        new RegExp(`of ${node.fd_total.toLocaleString('en-US')} available`),
      );
      await expect(row.getByRole('meter', { name: `Socket descriptors ${node.name}` })).toHaveAttribute(
        'aria-valuemax',
        String(node.sockets_total),
      );
      await expect(row.getByRole('meter', { name: `Erlang processes ${node.name}` })).toHaveAttribute(
        'aria-valuemax',
        String(node.proc_total),
      );
      // Uptime as "3d 4h", "5h 12m", "42s".
      await expect(row.getByRole('cell').last()).toHaveText(/^\d+[dhms]( \d+[hms])?$/);
    }
  });

  test('each running node has its memory of the last ten minutes as a sparkline', async ({ page }) => {
    const nodes = await mgmt<Array<{ name: string; running: boolean }>>('GET', '/nodes?columns=name,running');
    await page.goto('/');
    const table = page.getByRole('table', { name: 'Nodes' });
    await expect(table.getByRole('columnheader', { name: 'Memory, last 10 min' })).toBeVisible();
    for (const node of nodes.filter((n) => n.running)) {
      await expect(table.getByRole('img', { name: `Memory of ${node.name}, last ten minutes: latest`, exact: false })).toHaveAttribute('aria-label', /: latest \d/);
    }
  });

  test('the listeners table shows the broker’s AMQP listener', async ({ page }) => {
    const overview = await mgmt<BrokerOverview>('GET', '/overview');
    const amqp = overview.listeners.find((l) => l.protocol === 'amqp')!;
    await page.goto('/');
    const table = page.getByRole('table', { name: 'Ports and contexts' });
    const row = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'amqp', exact: true }) });
    await expect(row).toContainText(String(amqp.port));
    await expect(row).toContainText(amqp.node);
  });

  test('message rates and global counts are shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Message rates' })).toBeVisible();
    for (const label of ['Publish', 'Publisher confirm', 'Deliver (manual ack)', 'Consumer ack', 'Redelivered', 'Unroutable (drop)']) {
      await expect(page.getByRole('main').getByText(label, { exact: true })).toBeVisible();
    }
    // At least the test users' own vhosts have their default exchanges.
    await expect(page.getByTestId('count-exchanges')).toHaveText(/^[1-9][\d,]*$/);
    await expect(page.getByTestId('count-queues')).toHaveText(/^\d[\d,]*$/);
  });
});

test.describe('nodes for users without the monitoring tag', () => {
  for (const role of ['management', 'policymaker'] as Role[]) {
    test.describe(role, () => {
      test.use({ storageState: authFile(role) });
      test(`${role}: the nodes table is replaced by an explanation`, async ({ page }) => {
        await page.goto('/');
        await expect(page.getByRole('heading', { name: 'Nodes' })).toBeVisible();
        await expect(page.getByText('Node details need the monitoring or administrator tag.')).toBeVisible();
        await expect(page.getByRole('table', { name: 'Nodes' })).toHaveCount(0);
        await expect(page.getByRole('meter')).toHaveCount(0);
      });
    });
  }

  test.describe('monitoring', () => {
    test.use({ storageState: authFile('monitoring') });
    test('monitoring: sees the nodes table', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('table', { name: 'Nodes' }).getByRole('meter').first()).toBeVisible();
    });
  });
});

test.describe('a management user limited to one vhost', () => {
  test.use({ storageState: authFile('management') });

  test('sees totals of its own vhost only', async ({ page }) => {
    const queue = uniqueName('team-a-totals');
    try {
      await publishMessages('team-a', queue, 3);
      await page.goto('/?vhost=team-a');
      await expect(page.getByText('Showing virtual host team-a')).toBeVisible();
      // Others publish into team-a too: compare with what the broker says for the vhost.
      await expect(async () => {
        const broker = await mgmt<BrokerVhost>('GET', '/vhosts/team-a');
        await expect(page.getByTestId('queued-ready')).toHaveText((broker.messages_ready ?? 0).toLocaleString('en-US'), { timeout: 1000 });
        expect(broker.messages_ready).toBeGreaterThanOrEqual(3);
      }).toPass({ timeout: 20_000 });
    } finally {
      await mgmt('DELETE', `/queues/team-a/${enc(queue)}`).catch(() => undefined);
    }
  });
});

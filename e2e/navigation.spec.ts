import { expect, test, type Request } from '@playwright/test';
import { deleteQueue, enc, mgmt, uniqueName } from './support/broker';
import { authFile } from './support/env';

// Moving between pages inside the app: the page's frame comes at once (the navigation's links are
// prefetched), and its data from the query cache when the shell fetched it ahead while the
// browser was idle — not from a server that waits for the broker first.

test.use({ storageState: authFile('admin') });

const firstPageOfQueues = (request: Request) => {
  const url = new URL(request.url());
  return url.pathname === '/api/queues' && (url.searchParams.get('page') ?? '1') === '1';
};

test('"Queues" from the overview shows the rows fetched ahead, without asking for them again', async ({ page }) => {
  const queue = uniqueName('e2e-nav');
  await mgmt('PUT', `/queues/%2F/${enc(queue)}`, { durable: false });
  try {
    const fetchedAhead = page.waitForRequest(firstPageOfQueues);
    await page.goto('/');
    await expect(page.getByTestId('queued-ready')).toHaveText(/\d/);
    // The shell fetches the lists of the navigation once the browser is idle.
    await fetchedAhead;
    await page.waitForLoadState('networkidle');

    const afterClick: string[] = [];
    page.on('request', (request) => {
      if (firstPageOfQueues(request)) afterClick.push(request.url());
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queues' }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/queues');
    await expect(page.getByRole('heading', { name: /^All queues \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'All queues' }).getByRole('row').nth(1)).toBeVisible();
    expect(afterClick).toEqual([]);
  } finally {
    await deleteQueue('/', queue);
  }
});

test('a list visited a moment ago is shown from the cache at once when the user comes back', async ({ page }) => {
  // The refresh off: nothing is fetched ahead; the cache holds what the page showed.
  await page.goto('/queues?refresh=0');
  await expect(page.getByRole('table', { name: 'All queues' }).getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  // Back to the queues within the freshness limit (5 s with the refresh off): shown at once, with
  // no request. (Older data is dropped instead of shown: lib/queries/use-polled-query.test.tsx.)
  const requests: string[] = [];
  page.on('request', (request) => {
    if (firstPageOfQueues(request)) requests.push(request.url());
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queues' }).click();
  await expect(page.getByRole('table', { name: 'All queues' }).getByRole('row').nth(1)).toBeVisible();
  expect(requests).toEqual([]);
});

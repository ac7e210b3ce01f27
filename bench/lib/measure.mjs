import http from 'node:http';

// The browser and HTTP measurements. Each is a function of (bench, target) returning samples,
// so a measurement can be added, skipped or run alone. Timings are taken inside the page
// (performance.now(), polled every animation frame) so Playwright's own overhead stays out.

export const VIEWPORT = { width: 1366, height: 900 };

// --- the two UIs --------------------------------------------------------------------------------

/**
 * What differs between Warren and the official UI: how to log in, where the pages are, what
 * "content is visible" means on each, and how a user sorts, filters and pages.
 */
export function targets({ warrenUrl, warrenCookie, officialUrl, user }) {
  return {
    warren: {
      key: 'warren',
      label: 'Warren',
      origin: warrenUrl,
      async newContext(browser) {
        const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
        await context.addCookies([{ name: 'warren_session', value: warrenCookie, url: warrenUrl, httpOnly: true, sameSite: 'Lax' }]);
        return context;
      },
      overviewUrl: `${warrenUrl}/`,
      // The queued-message totals and the global counts carry numbers, and the first chart (queued
      // messages) is drawn with its samples: as the official UI's readiness below.
      overviewReady: () => {
        const total = document.querySelector('[data-testid="queued-total"]');
        const queues = document.querySelector('[data-testid="count-queues"]');
        const chart = document.querySelector('main div[role="img"]');
        const drawn = chart && chart.querySelector('canvas') && /\): .*\d/.test(chart.getAttribute('aria-label') ?? '');
        return drawn && total && queues && /\d/.test(total.textContent) && /\d/.test(queues.textContent) ? performance.now() : false;
      },
      queuesUrl: `${warrenUrl}/queues`,
      rowSelector: 'main table tbody tr',
      // "Queues" in the main navigation (a client-side navigation of the app router).
      navigateToQueues: () => {
        const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === 'Queues');
        if (!link) throw new Error('no "Queues" link in the navigation');
        window.__benchT0 = performance.now();
        link.click();
      },
      // The table is in the server-rendered HTML before React has hydrated it: a user's input
      // before that is lost, so interactions wait until the filter box carries React's props.
      interactive: () => {
        const input = document.querySelector('main input[type="search"]');
        return Boolean(input && Object.keys(input).some((key) => key.startsWith('__reactProps')));
      },
      // Its data requests: the route, and the list page's own RSC payload (which may carry the
      // page of queues when the server renders it); not the prefetches of queue detail pages.
      isQueuesData: (url) => {
        const { pathname, searchParams } = new URL(url);
        return pathname === '/api/queues' || (pathname === '/queues' && searchParams.has('_rsc'));
      },
      isApi: (url) => new URL(url).pathname.startsWith('/api/'),
      // Data of a client-side navigation: its routes and the pages' RSC payloads.
      isNavigationData: (url) => {
        const { pathname, searchParams } = new URL(url);
        return pathname.startsWith('/api/') || searchParams.has('_rsc');
      },
      actions: {
        sort: () => {
          const button = [...document.querySelectorAll('main table thead button')].find(
            (b) => b.textContent.replace(/[↕▲▼]/g, '').trim() === 'Total',
          );
          if (!button) throw new Error('no sortable "Total" column header');
          window.__benchT0 = performance.now();
          button.click();
        },
        // Typed, then Enter as in the official UI (timed from Enter). Without Enter support the
        // filter applies after its typing pause, which then counts from Enter too.
        filter: async (text) => {
          const input = document.querySelector('main input[type="search"]');
          if (!input) throw new Error('no filter box');
          // React listens to the native input event; set the value the way typing does.
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
          setter.call(input, text);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Let React render the typed text before Enter reads it.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          window.__benchT0 = performance.now();
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true }));
        },
        next: () => {
          const button = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Next page');
          if (!button) throw new Error('no "Next page" button');
          window.__benchT0 = performance.now();
          button.click();
        },
      },
    },
    official: {
      key: 'official',
      label: 'Official UI',
      origin: officialUrl,
      async newContext(browser) {
        const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
        // What its login form stores (checked on 3.10): base64 credentials in the "m" cookie.
        const value = '2258:' + Buffer.from(`${user.username}:${user.password}`).toString('base64');
        await context.addCookies([{ name: 'm', value, url: officialUrl, sameSite: 'Lax' }]);
        return context;
      },
      overviewUrl: `${officialUrl}/#/`,
      // The "Queued messages" chart is drawn and its legend carries the totals.
      overviewReady: () => {
        const chart = document.querySelector('#chart-lengths-over canvas.flot-base');
        const legend = document.querySelector('#main table.legend td');
        return chart && legend && /\d/.test(legend.textContent) ? performance.now() : false;
      },
      queuesUrl: `${officialUrl}/#/queues`,
      rowSelector: '#main table.list tbody tr',
      // The "Queues" tab (its own hash router).
      navigateToQueues: () => {
        const link = document.querySelector('#tabs a[href="#/queues"]');
        if (!link) throw new Error('no "Queues" tab');
        window.__benchT0 = performance.now();
        link.click();
      },
      // Rendered by its own script, so interactive once the table is there.
      interactive: () => Boolean(document.querySelector('#queues-name') && window.jQuery),
      isQueuesData: (url) => new URL(url).pathname === '/api/queues',
      isApi: (url) => new URL(url).pathname.startsWith('/api/'),
      isNavigationData: (url) => new URL(url).pathname.startsWith('/api/'),
      actions: {
        sort: () => {
          const link = document.querySelector('#main a.sort[sort="messages"]');
          if (!link) throw new Error('no sort link for "messages"');
          window.__benchT0 = performance.now();
          link.click();
        },
        // Its filter applies on Enter.
        filter: (text) => {
          const input = document.querySelector('#queues-name');
          if (!input) throw new Error('no filter box');
          input.value = text;
          window.__benchT0 = performance.now();
          window.jQuery(input).trigger(window.jQuery.Event('keypress', { keyCode: 13, which: 13 }));
        },
        // Its pager is a page <select>.
        next: () => {
          const select = document.querySelector('#queues-page');
          if (!select) throw new Error('no page selector');
          select.value = '2';
          window.__benchT0 = performance.now();
          window.jQuery(select).trigger('change');
        },
      },
    },
  };
}

// --- page loads ---------------------------------------------------------------------------------

function firstRowIs([selector, expected]) {
  const row = document.querySelector(selector);
  return row && row.textContent.includes(expected) ? performance.now() : false;
}

/** At least `count` rows of bench queues are in the table (the overview's own tables do not count). */
function queueRowsSince([selector, count]) {
  let rows = 0;
  for (const row of document.querySelectorAll(selector)) if (row.textContent.includes('bench-q-')) rows++;
  return rows >= count ? performance.now() - window.__benchT0 : false;
}

function firstRowSince([selector, expected]) {
  const row = document.querySelector(selector);
  return row && row.textContent.includes(expected) ? performance.now() - window.__benchT0 : false;
}

/**
 * What travelled over the network for one page, from Chromium's own accounting (CDP): per
 * request its type, URL, bytes on the wire (headers + body as sent, so compressed when the
 * server compresses) and decoded body bytes. Streamed responses (HTML, RSC) are counted right,
 * which Playwright's per-request sizes are not.
 */
async function networkLog(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const entries = new Map();
  let recording = true;
  cdp.on('Network.requestWillBeSent', (event) => {
    if (!recording || event.request.url.startsWith('data:') || entries.has(event.requestId)) return;
    entries.set(event.requestId, { url: event.request.url, type: event.type, wire: 0, headerBytes: 0, chunks: 0, decoded: 0, done: false });
  });
  cdp.on('Network.responseReceived', (event) => {
    const entry = entries.get(event.requestId);
    if (entry) entry.headerBytes = event.response.encodedDataLength ?? 0;
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const entry = entries.get(event.requestId);
    if (entry) entry.headers = event.headers;
  });
  cdp.on('Network.dataReceived', (event) => {
    const entry = entries.get(event.requestId);
    if (!entry) return;
    entry.decoded += event.dataLength;
    entry.chunks += event.encodedDataLength;
  });
  const finish = (event) => {
    const entry = entries.get(event.requestId);
    if (!entry) return;
    // Chromium reports 0 for some streamed (RSC) responses; the chunks' own count is then the best figure.
    entry.wire = event.encodedDataLength || entry.chunks;
    entry.done = true;
  };
  cdp.on('Network.loadingFinished', finish);
  cdp.on('Network.loadingFailed', (event) => {
    const entry = entries.get(event.requestId);
    if (entry) entry.done = true;
  });
  return {
    /** Stops taking new requests; waits (briefly) for those already started to finish. */
    async stop() {
      recording = false;
      const deadline = Date.now() + 5_000;
      while ([...entries.values()].some((e) => !e.done) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const list = [...entries.values()];
      // Chromium reports no encoded size for some streamed responses (Next's RSC fetches): ask the
      // server again with the very same headers and count the bytes it sends.
      for (const entry of list) {
        if (entry.wire <= entry.headerBytes && entry.decoded && entry.headers) Object.assign(entry, await bytesOnTheWire(entry.url, entry.headers));
        entry.bodyWire = Math.max(entry.wire - entry.headerBytes, 0);
      }
      return list;
    },
    clear: () => entries.clear(),
    resume: () => {
      recording = true;
    },
  };
}

function bytesOnTheWire(url, headers) {
  return new Promise((resolve) => {
    const clean = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith(':')));
    const request = http.get(url, { headers: clean }, (response) => {
      const headerBytes = Buffer.byteLength(
        `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n` +
          Object.entries(response.headers).map(([k, v]) => `${k}: ${v}\r\n`).join('') +
          '\r\n',
      );
      let body = 0;
      response.on('data', (chunk) => (body += chunk.length));
      response.on('end', () => resolve({ wire: headerBytes + body, headerBytes }));
    });
    request.on('error', () => resolve({ wire: 0, headerBytes: 0 }));
  });
}

function tally(entries, isData = () => false) {
  let bytes = 0;
  let scriptBytes = 0;
  let dataWire = 0;
  let dataJson = 0;
  let dataRequests = 0;
  for (const entry of entries) {
    bytes += entry.wire;
    if (entry.type === 'Script') scriptBytes += entry.wire;
    if (isData(entry.url)) {
      dataRequests++;
      dataWire += entry.bodyWire;
      dataJson += entry.decoded;
    }
  }
  return { requests: entries.length, bytes, scriptBytes, dataWire, dataJson, dataRequests };
}

/**
 * Loads `url` in a new page of `context` and returns the time from navigation start to
 * `ready`, with what travelled until then (requests started before content showed).
 */
async function loadOnce(context, url, ready, readyArg, { isData = () => false } = {}) {
  const page = await context.newPage();
  try {
    const log = await networkLog(context, page);
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction(ready, readyArg, { polling: 'raf', timeout: 60_000 });
    const ms = await handle.jsonValue();
    const entries = await log.stop();
    return { ms, ...tally(entries, isData), page, log };
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
}

/** A cold load (fresh context: empty cache) then a warm one (same context, new page). */
async function coldAndWarm(browser, target, url, ready, readyArg, options) {
  const context = await target.newContext(browser);
  try {
    const cold = await loadOnce(context, url, ready, readyArg, options);
    await cold.page.close();
    const warm = await loadOnce(context, url, ready, readyArg, options);
    await warm.page.close();
    return { cold: strip(cold), warm: strip(warm) };
  } finally {
    await context.close();
  }
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping these two keys is the point
const strip = ({ page, log, ...rest }) => rest;

export function measureOverview(bench, target) {
  return coldAndWarm(bench.browser, target, target.overviewUrl, target.overviewReady, undefined);
}

export function measureQueuesPage(bench, target) {
  return coldAndWarm(bench.browser, target, target.queuesUrl, firstRowIs, [target.rowSelector, bench.expected.firstRow], {
    isData: target.isQueuesData,
  });
}

/**
 * Loads the queues page (untimed) and waits until it is interactive, then times one interaction
 * until its new first row shows, with the bytes of the data requests it caused.
 */
export async function measureInteraction(bench, target, kind) {
  const context = await target.newContext(bench.browser);
  try {
    const { page, log } = await loadOnce(context, target.queuesUrl, firstRowIs, [target.rowSelector, bench.expected.firstRow]);
    await page.waitForFunction(target.interactive, undefined, { polling: 'raf', timeout: 30_000 });
    // Let the page settle as a user would (hydration effects, Warren's link prefetches): the
    // interaction, not the page load, is what is timed here.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    log.clear();
    log.resume();
    await page.evaluate(target.actions[kind], kind === 'filter' ? bench.expected.filterText : undefined);
    const handle = await page.waitForFunction(firstRowSince, [target.rowSelector, bench.expected[kind]], { polling: 'raf', timeout: 30_000 });
    const ms = await handle.jsonValue();
    const { requests, dataRequests, dataWire, dataJson } = tally(await log.stop(), target.isQueuesData);
    return { ms, requests, dataRequests, dataWire, dataJson };
  } finally {
    await context.close();
  }
}

/**
 * In-app navigation: the overview is loaded (untimed) and left to settle as a user reading it
 * would (network idle: whatever a UI fetches ahead while the user looks is done by then), then
 * "Queues" is clicked in the navigation and the time runs until the first 20 queue rows show.
 * Also: the data requests the UI made while the overview was open (what fetching ahead costs)
 * and those the navigation itself made.
 */
export async function measureNavigation(bench, target) {
  const context = await target.newContext(bench.browser);
  try {
    const { page, log } = await loadOnce(context, target.overviewUrl, target.overviewReady, undefined);
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    const onOverview = tally(await log.stop(), target.isNavigationData).dataRequests;
    log.clear();
    log.resume();
    await page.evaluate(target.navigateToQueues);
    const handle = await page.waitForFunction(queueRowsSince, [target.rowSelector, 20], { polling: 'raf', timeout: 30_000 });
    const ms = await handle.jsonValue();
    const navigation = tally(await log.stop(), target.isNavigationData);
    return { ms, apiRequestsOnOverview: onOverview, apiRequestsForNavigation: navigation.dataRequests, bytes: navigation.bytes };
  } finally {
    await context.close();
  }
}

/**
 * The whole first page of queues is rendered and the page answers input: Warren's filter box
 * carries React's props (hydrated), the official UI's filter box and jQuery are there.
 */
function wholePage([selector, count, key]) {
  let rows = 0;
  for (const row of document.querySelectorAll(selector)) if (row.textContent.includes('bench-q-')) rows++;
  if (rows < count) return false;
  if (key === 'warren') {
    const input = document.querySelector('main input[type="search"]');
    return input && Object.keys(input).some((name) => name.startsWith('__reactProps')) ? performance.now() : false;
  }
  return document.querySelector('#queues-name') && window.jQuery ? performance.now() : false;
}

/**
 * A cold tab (fresh context) on the queues page until all `pageSize` rows of the first page are
 * rendered and the page is interactive, with every byte that travelled until then.
 */
export async function measureWholePage(bench, target, pageSize = 100) {
  const context = await target.newContext(bench.browser);
  try {
    const result = await loadOnce(context, target.queuesUrl, wholePage, [target.rowSelector, pageSize, target.key]);
    await result.page.close();
    return strip(result);
  } finally {
    await context.close();
  }
}

// --- route latency ------------------------------------------------------------------------------

/**
 * Warren's GET /api/queues?page=1&page_size=100 against the exact broker call it makes (same
 * query, columns included), alternating, over keep-alive connections, as a browser would ask
 * (fetch's default Accept-Encoding).
 */
export async function measureRouteLatency({ warrenUrl, warrenCookie, brokerUrl, brokerPath, user, samples }) {
  const warrenInit = { headers: { cookie: `warren_session=${warrenCookie}`, accept: 'application/json' } };
  const brokerInit = {
    headers: { authorization: 'Basic ' + Buffer.from(`${user.username}:${user.password}`).toString('base64'), accept: 'application/json' },
  };
  const time = async (url, init) => {
    const started = performance.now();
    const response = await fetch(url, init);
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} → ${response.status} ${Buffer.from(body).toString().slice(0, 200)}`);
    return { ms: performance.now() - started, bytes: body.byteLength };
  };
  const warrenRoute = `${warrenUrl}/api/queues?page=1&page_size=100`;
  const brokerCall = `${brokerUrl}${brokerPath}`;
  // Each sample asks for another page (the same one on both sides): Warren's short per-user
  // answer cache would otherwise answer repeats itself, and this measures the route, not it.
  const onPage = (url, page) => {
    const u = new URL(url);
    u.searchParams.set('page', String(page));
    return u.toString();
  };
  const pages = 50;
  for (let i = 0; i < 3; i++) {
    await time(onPage(warrenRoute, pages + 1 + i), warrenInit);
    await time(onPage(brokerCall, pages + 1 + i), brokerInit);
  }
  const warren = [];
  const broker = [];
  let warrenBytes = 0;
  let brokerBytes = 0;
  for (let i = 0; i < samples; i++) {
    // Alternate which goes first, so neither always meets a broker just warmed by the other.
    const page = (i % pages) + 1;
    const w = ['w', onPage(warrenRoute, page), warrenInit];
    const b = ['b', onPage(brokerCall, page), brokerInit];
    const pair = i % 2 === 0 ? [w, b] : [b, w];
    for (const [who, url, init] of pair) {
      const { ms, bytes } = await time(url, init);
      if (who === 'w') {
        warren.push(ms);
        warrenBytes = bytes;
      } else {
        broker.push(ms);
        brokerBytes = bytes;
      }
    }
  }
  return { warren, broker, warrenRoute, brokerCall, warrenBytes, brokerBytes };
}

// --- many tabs ----------------------------------------------------------------------------------

/**
 * Opens `tabs` overview tabs of one user and counts the management API requests that reach the
 * broker during `windowMs`. For Warren they are counted at a proxy in front of the broker (what
 * Warren's server sends); for the official UI in the browser (its pages call the broker directly).
 */
export async function measureTabs({ browser, target, tabs, windowMs, countBrokerRequests }) {
  const context = await target.newContext(browser);
  try {
    const pages = [];
    for (let i = 0; i < tabs; i++) {
      const page = await context.newPage();
      await page.goto(target.overviewUrl, { waitUntil: 'commit' });
      await page.waitForFunction(target.overviewReady, undefined, { polling: 'raf', timeout: 60_000 });
      pages.push(page);
    }
    const count = await countBrokerRequests(context, windowMs);
    return count;
  } finally {
    await context.close();
  }
}

/**
 * Chromium's main-thread CPU for the overview left open: the page is loaded until its content
 * shows, then the renderer's own accounting (CDP Performance.getMetrics: TaskDuration, the time
 * its main thread was busy; ScriptDuration, running JavaScript; LayoutDuration and
 * RecalcStyleDuration) is read before and after `seconds` of its own refreshes, untouched.
 */
export async function measureOverviewCpu(bench, target, seconds) {
  const context = await target.newContext(bench.browser);
  try {
    const page = await context.newPage();
    await page.goto(target.overviewUrl);
    await page.waitForFunction(target.overviewReady, undefined, { polling: 'raf', timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await read();
    // A user reading the page: nothing happens but the page's own polling.
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const after = await read();
    const ms = (name) => (after[name] - before[name]) * 1000;
    return {
      taskMs: ms('TaskDuration'),
      scriptMs: ms('ScriptDuration'),
      layoutMs: ms('LayoutDuration') + ms('RecalcStyleDuration'),
      heapBytes: after.JSHeapUsedSize,
    };
  } finally {
    await context.close();
  }
}

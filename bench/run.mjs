#!/usr/bin/env node
// npm run bench -- [--queues 10000] [--rounds 7] [--samples 60] [--tabs 5] [--only overview,queues,...]
//                  [--rebuild | --no-build] [--stop-broker]
//
// Warren against the official management UI served by the same broker, side by side in one run:
// see bench/README.md for what is measured and how. Writes bench/results/<timestamp>.{md,json}.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findFreePort, putUser, setPermissions, startBroker, stopBroker } from '../scripts/lib/broker.mjs';
import { REPO_ROOT } from '../scripts/lib/run.mjs';
import { MESSAGES, queueName, seedQueues, waitForQueueStats } from './lib/seed.mjs';
import { buildIsStale, buildWarren, startWarren, warrenSession } from './lib/warren.mjs';
import { startCountingProxy } from './lib/proxy.mjs';
import {
  BENCH_QUEUE,
  cleanupBenchQueues,
  hasShovel,
  MOVE_DESTINATION,
  MOVE_SOURCE,
  officialGet,
  officialHttpPublish,
  officialShovelMove,
  openBenchChannel,
  prepareGetQueue,
  prepareMove,
  rawAmqplibPublish,
  tailLatency,
  warrenBulkPublish,
  warrenGet,
  warrenMove,
} from './lib/messages.mjs';
import {
  measureInteraction,
  measureNavigation,
  measureOverview,
  measureOverviewCpu,
  measureQueuesPage,
  measureRouteLatency,
  measureTabs,
  measureWholePage,
  targets,
} from './lib/measure.mjs';
import { markdownTable, percentile, summarize } from './lib/stats.mjs';

const MEASUREMENTS = ['overview', 'cpu', 'queues', 'navigation', 'latency', 'interactions', 'tabs', 'messages'];

const { values: args } = parseArgs({
  options: {
    queues: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '7' },
    samples: { type: 'string', default: '60' },
    tabs: { type: 'string', default: '5' },
    'bulk-count': { type: 'string', default: '50000' },
    'move-count': { type: 'string', default: '50000' },
    'cpu-seconds': { type: 'string', default: '60' },
    window: { type: 'string', default: '20' },
    only: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    'stop-broker': { type: 'boolean', default: false },
  },
});

const BROKER = { name: 'warren-bench', amqpPort: 5677, mgmtPort: 15677, dataDir: path.join(REPO_ROOT, '.data/bench') };
const BENCH_USER = { username: 'warren-bench', password: 'bench-secret-1', tags: ['administrator'] };
const managementUrl = `http://127.0.0.1:${BROKER.mgmtPort}`;
const amqpUrl = `amqp://127.0.0.1:${BROKER.amqpPort}`;
const queueCount = Number(args.queues);
const rounds = Number(args.rounds);
const only = new Set(args.only ? args.only.split(',') : MEASUREMENTS);
for (const name of only) if (!MEASUREMENTS.includes(name)) throw new Error(`--only: unknown measurement "${name}" (${MEASUREMENTS.join(', ')})`);

const log = (...parts) => console.log(...parts);
const cleanups = [];
const cleanup = async () => {
  while (cleanups.length) await cleanups.pop()().catch((error) => console.error(`cleanup: ${error.message}`));
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

async function main() {
  const runStarted = performance.now();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');

  log(`> broker ${BROKER.name} (AMQP ${BROKER.amqpPort}, management ${BROKER.mgmtPort}, data ${path.relative(REPO_ROOT, BROKER.dataDir)})`);
  // The default sample retention: the bench compares the UIs, not a day of chart history.
  // The shovel plugins: the official UI's "Move messages" needs them.
  const broker = await startBroker({ ...BROKER, retention: 'default', plugins: ['rabbitmq_management', 'rabbitmq_shovel', 'rabbitmq_shovel_management'] });
  broker.child?.unref();
  log(broker.reused ? '  reused the running node' : '  started');
  if (args['stop-broker']) cleanups.unshift(() => stopBroker(BROKER));

  await putUser(managementUrl, BENCH_USER);
  await setPermissions(managementUrl, '/', BENCH_USER.username);
  const rabbitmqVersion = await brokerVersion();

  log(`> ${queueCount} queues`);
  const seed = await seedQueues({ managementUrl, amqpUrl, user: BENCH_USER, count: queueCount, log });
  if (!seed.declared) log('  already seeded');
  await waitForQueueStats({ managementUrl, user: BENCH_USER, width: seed.width });

  const stale = args['no-build'] ? null : args.rebuild ? 'rebuild asked for' : buildIsStale();
  if (stale) {
    log(`> next build into .next-bench (${stale})`);
    await buildWarren({ log });
  }

  fs.mkdirSync(path.join(REPO_ROOT, 'bench/results'), { recursive: true });
  const port = await findFreePort(3460);
  log(`> Warren on http://127.0.0.1:${port} (production build) against ${managementUrl}`);
  // Without Warren's 2 s answer cache: samples follow each other within 2 s, and a "cold" load
  // served from the previous sample's answer would not be cold. (The many-tabs count below runs
  // its own server with the cache, as deployed.)
  const warren = await startWarren({ port, managementUrl, amqpUrl, answerCacheMs: 0, logFile: path.join(REPO_ROOT, `bench/results/warren-${stamp}.log`) });
  cleanups.push(warren.stop);
  const warrenCookie = await warrenSession(warren.url, BENCH_USER);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  const chromiumVersion = browser.version();

  const width = seed.width;
  const expected = await expectations(width);
  const bench = { browser, expected };
  const both = targets({ warrenUrl: warren.url, warrenCookie, officialUrl: managementUrl, user: BENCH_USER });
  const order = (round) => (round % 2 === 0 ? [both.warren, both.official] : [both.official, both.warren]);

  const warrenHasQueuesPage = (await fetch(`${warren.url}/queues`, { headers: { cookie: `warren_session=${warrenCookie}` } })).status === 200;
  if (!warrenHasQueuesPage) log('  Warren has no /queues page yet: the queue measurements are skipped');

  const rows = [];
  const raw = {};
  const skipped = [];

  // --- overview ---------------------------------------------------------------------------------
  if (only.has('overview')) {
    log(`> overview: ${rounds} rounds, cold + warm, alternating`);
    const samples = { warren: [], official: [] };
    for (let round = 0; round < rounds; round++) {
      for (const target of order(round)) samples[target.key].push(await measureOverview(bench, target));
    }
    raw.overview = samples;
    const pick = (key, fn) => samples[key].map(fn);
    rows.push(
      summarize({ section: 'Overview', name: 'time to content, cold', unit: 'ms', warren: pick('warren', (s) => s.cold.ms), official: pick('official', (s) => s.cold.ms) }),
      summarize({ section: 'Overview', name: 'time to content, warm', unit: 'ms', warren: pick('warren', (s) => s.warm.ms), official: pick('official', (s) => s.warm.ms) }),
      summarize({ section: 'Overview', name: 'JavaScript transferred, cold', unit: 'bytes', warren: pick('warren', (s) => s.cold.scriptBytes), official: pick('official', (s) => s.cold.scriptBytes) }),
      summarize({ section: 'Overview', name: 'requests until content, cold', unit: 'count', warren: pick('warren', (s) => s.cold.requests), official: pick('official', (s) => s.cold.requests) }),
      summarize({ section: 'Overview', name: 'bytes to the browser until content, cold', unit: 'bytes', warren: pick('warren', (s) => s.cold.bytes), official: pick('official', (s) => s.cold.bytes) }),
      summarize({ section: 'Overview', name: 'bytes to the browser until content, warm', unit: 'bytes', warren: pick('warren', (s) => s.warm.bytes), official: pick('official', (s) => s.warm.bytes) }),
    );
    log(markdownTable(rows.filter((r) => r.section === 'Overview')));
  }

  // --- CPU of an overview left open -----------------------------------------------------------
  if (only.has('cpu')) {
    const seconds = Number(args['cpu-seconds']);
    const cpuRounds = Math.min(rounds, 3);
    log(`> CPU: the overview open for ${seconds} s of 5 s refreshes, ${cpuRounds} rounds, alternating`);
    const samples = { warren: [], official: [] };
    for (let round = 0; round < cpuRounds; round++) {
      for (const target of order(round)) samples[target.key].push(await measureOverviewCpu(bench, target, seconds));
    }
    raw.cpu = samples;
    const pick = (key, field) => samples[key].map((s) => s[field]);
    rows.push(
      summarize({ section: 'CPU', name: `overview open ${seconds} s: main-thread busy time`, unit: 'ms', target: 0.5, warren: pick('warren', 'taskMs'), official: pick('official', 'taskMs'), note: "Chromium's own accounting (CDP Performance.getMetrics TaskDuration) over the window, after the page's content showed, nothing touched: both refresh every 5 s (Warren's default, the official UI's default)" }),
      summarize({ section: 'CPU', name: 'same, running JavaScript', unit: 'ms', warren: pick('warren', 'scriptMs'), official: pick('official', 'scriptMs') }),
      summarize({ section: 'CPU', name: 'same, style and layout', unit: 'ms', warren: pick('warren', 'layoutMs'), official: pick('official', 'layoutMs') }),
      summarize({ section: 'CPU', name: 'JavaScript heap at the end', unit: 'bytes', warren: pick('warren', 'heapBytes'), official: pick('official', 'heapBytes') }),
    );
    log(markdownTable(rows.filter((r) => r.section === 'CPU')));
  }

  // --- queues page ------------------------------------------------------------------------------
  if (only.has('queues')) {
    if (!warrenHasQueuesPage) skipped.push('queues');
    else {
      log(`> queues page with ${queueCount} queues: ${rounds} rounds, cold + warm, alternating`);
      const samples = { warren: [], official: [] };
      for (let round = 0; round < rounds; round++) {
        for (const target of order(round)) samples[target.key].push(await measureQueuesPage(bench, target));
      }
      raw.queues = samples;
      const pick = (key, fn) => samples[key].map(fn);
      rows.push(
        summarize({ section: 'Queues page', name: 'time to table (first row), cold', unit: 'ms', target: 0.5, warren: pick('warren', (s) => s.cold.ms), official: pick('official', (s) => s.cold.ms) }),
        summarize({ section: 'Queues page', name: 'time to table (first row), warm', unit: 'ms', target: 0.5, warren: pick('warren', (s) => s.warm.ms), official: pick('official', (s) => s.warm.ms) }),
        summarize({ section: 'Queues page', name: 'bytes to the browser until the table, cold', unit: 'bytes', warren: pick('warren', (s) => s.cold.bytes), official: pick('official', (s) => s.cold.bytes) }),
        summarize({ section: 'Queues page', name: 'first-load JavaScript', unit: 'bytes', warren: pick('warren', (s) => s.cold.scriptBytes), official: pick('official', (s) => s.cold.scriptBytes) }),
        summarize({ section: 'Queues page', name: 'requests until the table, cold', unit: 'count', warren: pick('warren', (s) => s.cold.requests), official: pick('official', (s) => s.cold.requests) }),
      );
      log(markdownTable(rows.filter((r) => r.section === 'Queues page')));
    }
  }

  // --- navigation between pages and the whole first page --------------------------------------
  if (only.has('navigation')) {
    if (!warrenHasQueuesPage) skipped.push('navigation');
    else {
      log(`> navigation: overview → "Queues" (first 20 rows), and a cold tab until the whole first page is rendered and interactive: ${rounds} rounds, alternating`);
      const samples = { warren: { navigation: [], whole: [] }, official: { navigation: [], whole: [] } };
      for (let round = 0; round < rounds; round++) {
        for (const target of order(round)) {
          samples[target.key].navigation.push(await measureNavigation(bench, target));
          samples[target.key].whole.push(await measureWholePage(bench, target));
        }
      }
      raw.navigation = samples;
      const nav = (key, field) => samples[key].navigation.map((s) => s[field]);
      const whole = (key, field) => samples[key].whole.map((s) => s[field]);
      rows.push(
        summarize({ section: 'Navigation', name: 'in-app: click "Queues" on the overview → first 20 queue rows', unit: 'ms', target: 0.5, warren: nav('warren', 'ms'), official: nav('official', 'ms'), note: 'the overview loaded and left until the network is idle first, as a user reading it; timed inside the page from the click' }),
        summarize({ section: 'Navigation', name: 'data requests while the overview was open (load + settle)', unit: 'count', warren: nav('warren', 'apiRequestsOnOverview'), official: nav('official', 'apiRequestsOnOverview'), note: 'requests to /api/ (Warren: its routes, each one broker request or fewer thanks to its answer cache; official UI: the broker itself); Warren fetches the queues page ahead here' }),
        summarize({ section: 'Navigation', name: 'data requests caused by the navigation', unit: 'count', warren: nav('warren', 'apiRequestsForNavigation'), official: nav('official', 'apiRequestsForNavigation') }),
        summarize({ section: 'Navigation', name: 'cold tab: queues page until all 100 rows are rendered and it is interactive', unit: 'ms', target: 0.5, warren: whole('warren', 'ms'), official: whole('official', 'ms'), note: 'Warren: React has hydrated the filter box; official UI: its table and jQuery are there' }),
        summarize({ section: 'Navigation', name: 'cold tab: bytes over the wire until then', unit: 'bytes', target: 0.5, warren: whole('warren', 'bytes'), official: whole('official', 'bytes'), note: 'every request of the page, headers and bodies as sent (compressed)' }),
        summarize({ section: 'Navigation', name: 'cold tab: JavaScript over the wire until then', unit: 'bytes', warren: whole('warren', 'scriptBytes'), official: whole('official', 'scriptBytes') }),
      );
      log(markdownTable(rows.filter((r) => r.section === 'Navigation')));
    }
  }

  // --- route latency and broker requests per refresh: a second Warren behind a counting proxy --
  let counted;
  const needCounting = only.has('latency') || only.has('tabs');
  if (needCounting) {
    const proxy = await startCountingProxy(managementUrl);
    cleanups.push(proxy.close);
    const countedPort = await findFreePort(port + 1);
    const server = await startWarren({ port: countedPort, managementUrl: proxy.url, amqpUrl, logFile: path.join(REPO_ROOT, `bench/results/warren-counted-${stamp}.log`) });
    cleanups.push(server.stop);
    counted = { proxy, server, cookie: await warrenSession(server.url, BENCH_USER) };
  }

  if (only.has('latency')) {
    // Which broker call does the route make? Ask the counted Warren once and read the proxy.
    counted.proxy.reset();
    const probe = await fetch(`${counted.server.url}/api/queues?page=1&page_size=100`, { headers: { cookie: `warren_session=${counted.cookie}` } });
    const brokerCalls = counted.proxy.hits.filter((h) => h.path.startsWith('/api/queues'));
    if (!probe.ok || brokerCalls.length === 0) {
      skipped.push(`latency (GET /api/queues answered ${probe.status})`);
    } else {
      const brokerPath = brokerCalls[0].path;
      log(`> route latency: GET /api/queues?page=1&page_size=100 vs GET ${managementUrl}${brokerPath.slice(0, 80)}… (${args.samples} samples each)`);
      const latency = await measureRouteLatency({
        warrenUrl: warren.url,
        warrenCookie,
        brokerUrl: managementUrl,
        brokerPath,
        user: BENCH_USER,
        samples: Number(args.samples),
      });
      raw.latency = { ...latency, brokerCallsPerRoute: brokerCalls.length };
      rows.push(
        summarize({ section: 'Route latency', name: 'GET /api/queues page of 100 vs the raw paged call, median', unit: 'ms', target: 1.1, warren: latency.warren, official: latency.broker, note: 'the "official" column is the raw management API call Warren makes for this route (same page, sort and columns), timed from Node over keep-alive connections' }),
        summarize({ section: 'Route latency', name: 'same, 90th percentile', unit: 'ms', warren: [percentile(latency.warren, 90)], official: [percentile(latency.broker, 90)] }),
        summarize({ section: 'Route latency', name: 'response body', unit: 'bytes', warren: [latency.warrenBytes], official: [latency.brokerBytes] }),
      );
      log(markdownTable(rows.filter((r) => r.section === 'Route latency')));
    }
  }

  // --- interactions -----------------------------------------------------------------------------
  if (only.has('interactions')) {
    if (!warrenHasQueuesPage) skipped.push('interactions');
    else {
      log(`> interactions on the queues page (sort, filter, next page): ${rounds} rounds, alternating`);
      const samples = { warren: { sort: [], filter: [], next: [] }, official: { sort: [], filter: [], next: [] } };
      const errors = [];
      // The broker alone answering the filter call the official UI makes (Warren's differs only by
      // columns=), from Node, once per round: a floor that no UI pushing the filter down can beat.
      const brokerFilter = [];
      for (let round = 0; round < rounds; round++) {
        for (const target of order(round)) {
          for (const kind of ['sort', 'filter', 'next']) {
            try {
              samples[target.key][kind].push(await measureInteraction(bench, target, kind));
            } catch (error) {
              errors.push(`${target.label} ${kind}: ${error.message.split('\n')[0]}`);
            }
          }
        }
        brokerFilter.push(await timeBrokerCall(`/api/queues?page=1&page_size=100&name=${encodeURIComponent(expected.filterText)}&use_regex=false&pagination=true`));
      }
      raw.interactions = { ...samples, brokerFilter, errors };
      const ms = (key, kind) => samples[key][kind].map((sample) => sample.ms);
      const next = (key, field) => samples[key].next.map((sample) => sample[field]);
      if (errors.length) log(`  ${errors.length} failed samples, e.g. ${errors[0]}`);
      const labels = {
        sort: 'sort by Total (messages) → new first row',
        filter: `filter by name "${expected.filterText}" → first match`,
        next: 'next page → first row of page 2',
      };
      for (const kind of ['sort', 'filter', 'next']) {
        rows.push(
          summarize({
            section: 'Interactions',
            name: labels[kind],
            unit: 'ms',
            target: 0.5,
            warren: ms('warren', kind),
            official: ms('official', kind),
            note:
              kind === 'filter'
                ? 'typed, then Enter, timed from Enter for both (the official UI filters on Enter; Warren on Enter or after a 300 ms pause in typing, whichever comes first)'
                : undefined,
          }),
        );
      }
      rows.push(
        summarize({
          section: 'Interactions',
          name: 'filter floor: the broker alone answering that filter call',
          unit: 'ms',
          warren: brokerFilter,
          official: ms('official', 'filter'),
          note: 'the "Warren" column here is the raw management API call (the official UI’s own filter request, from Node, once per round, same run): no UI that has the broker filter can show the match sooner, so the ratio is the lowest any such UI could reach',
        }),
        summarize({
          section: 'Interactions',
          name: 'bytes for one page of 100 queues (next page, decoded)',
          unit: 'bytes',
          target: 0.2,
          warren: next('warren', 'dataJson'),
          official: next('official', 'dataJson'),
          note: 'response bodies of the data requests the page change caused: Warren the list page’s RSC request (or GET /api/queues), official GET /api/queues?page=2…; decoded size (the JSON/RSC the browser parses)',
        }),
        summarize({
          section: 'Interactions',
          name: 'same, bodies as sent (gzip)',
          unit: 'bytes',
          warren: next('warren', 'dataWire'),
          official: next('official', 'dataWire'),
          note: 'both servers gzip; 100 near-identical bench queues compress ~50:1, real queue names and arguments much less',
        }),
        summarize({ section: 'Interactions', name: 'data requests for the next page', unit: 'count', warren: next('warren', 'dataRequests'), official: next('official', 'dataRequests') }),
      );
      log(markdownTable(rows.filter((r) => r.section === 'Interactions')));
    }
  }

  // --- many tabs --------------------------------------------------------------------------------
  if (only.has('tabs')) {
    const tabs = Number(args.tabs);
    const windowMs = Number(args.window) * 1000;
    const refreshes = windowMs / 5000; // both UIs refresh every 5 s by default
    log(`> ${tabs} overview tabs for ${windowMs / 1000} s: management API requests reaching the broker`);
    const countedTargets = targets({ warrenUrl: counted.server.url, warrenCookie: counted.cookie, officialUrl: managementUrl, user: BENCH_USER });
    const warrenCount = await measureTabs({
      browser,
      target: countedTargets.warren,
      tabs,
      windowMs,
      countBrokerRequests: async (_context, ms) => {
        counted.proxy.reset();
        await new Promise((resolve) => setTimeout(resolve, ms));
        return counted.proxy.hits.length;
      },
    });
    const officialCount = await measureTabs({
      browser,
      target: countedTargets.official,
      tabs,
      windowMs,
      countBrokerRequests: async (context, ms) => {
        let count = 0;
        const onRequest = (request) => countedTargets.official.isApi(request.url()) && count++;
        context.on('request', onRequest);
        await new Promise((resolve) => setTimeout(resolve, ms));
        context.off('request', onRequest);
        return count;
      },
    });
    raw.tabs = { tabs, windowMs, warren: warrenCount, official: officialCount };
    rows.push(
      summarize({
        section: 'Many tabs',
        name: `broker requests per 5 s refresh, ${tabs} overview tabs`,
        unit: 'count',
        warren: [warrenCount / refreshes],
        official: [officialCount / refreshes],
        note: `counted over ${windowMs / 1000} s: for Warren at a proxy between Warren's server and the broker, for the official UI in the browser (its pages call the broker directly)`,
      }),
    );
    log(markdownTable(rows.filter((r) => r.section === 'Many tabs')));
  }

  // --- messages: bulk publish and Get messages ---------------------------------------------------
  if (only.has('messages')) {
    const count = Number(args['bulk-count']);
    log(`> messages: bulk publish of ${count} small persistent messages through Warren vs the official UI's HTTP publish vs raw amqplib, and Get messages of 100 and 1,000: ${rounds} rounds, alternating`);
    const { connection, channel } = await openBenchChannel(amqpUrl, BENCH_USER);
    const samples = { warren: [], http1: [], http8: [], amqplib: [], get: { 100: { warren: [], official: [] }, 1000: { warren: [], official: [] } } };
    const getQueue = (n) => `bench-get-${n}`;
    try {
      for (let round = 0; round < rounds; round++) {
        const publishers = [
          async () => samples.warren.push((await warrenBulkPublish({ warrenUrl: warren.url, cookie: warrenCookie, channel, count })).rate),
          async () => samples.http1.push((await officialHttpPublish({ managementUrl, user: BENCH_USER, channel, seconds: 3, concurrency: 1 })).rate),
          async () => samples.http8.push((await officialHttpPublish({ managementUrl, user: BENCH_USER, channel, seconds: 3, concurrency: 8 })).rate),
          async () => samples.amqplib.push((await rawAmqplibPublish({ amqpUrl, user: BENCH_USER, channel, count })).rate),
        ];
        for (const publish of round % 2 === 0 ? publishers : [...publishers].reverse()) await publish();
      }
      const moveCount = Number(args['move-count']);
      samples.move = { warren: [], shovel: [] };
      if (await hasShovel({ managementUrl, user: BENCH_USER })) {
        for (let round = 0; round < rounds; round++) {
          const movers = [
            async () => samples.move.warren.push(await warrenMove({ warrenUrl: warren.url, cookie: warrenCookie, channel, count: moveCount })),
            async () => samples.move.shovel.push(await officialShovelMove({ managementUrl, user: BENCH_USER, channel, count: moveCount })),
          ];
          for (const mover of round % 2 === 0 ? movers : [...movers].reverse()) {
            await prepareMove({ channel, amqpUrl, user: BENCH_USER, count: moveCount });
            await mover();
          }
        }
      } else skipped.push('move (the broker has no shovel plugins)');
      samples.tail = await tailLatency({ warrenUrl: warren.url, cookie: warrenCookie, amqpUrl, user: BENCH_USER, samples: 50 });
      for (const n of [100, 1000]) {
        await prepareGetQueue({ channel, name: getQueue(n), count: n });
        for (let round = 0; round < rounds; round++) {
          const getters = [
            async () => samples.get[n].warren.push(await warrenGet({ warrenUrl: warren.url, cookie: warrenCookie, channel, name: getQueue(n), count: n })),
            async () => samples.get[n].official.push(await officialGet({ managementUrl, user: BENCH_USER, channel, name: getQueue(n), count: n })),
          ];
          for (const get of round % 2 === 0 ? getters : [...getters].reverse()) await get();
        }
      }
    } finally {
      await cleanupBenchQueues(channel, [BENCH_QUEUE, getQueue(100), getQueue(1000), MOVE_SOURCE, MOVE_DESTINATION]);
      await connection.close();
    }
    raw.messages = samples;
    rows.push(
      summarize({ section: 'Messages', name: `bulk publish of ${count} messages vs the official UI's HTTP publish (one request at a time, as its form sends)`, unit: 'msg/s', target: 50, higherIsBetter: true, warren: samples.warren, official: samples.http1, note: 'Warren: POST publish-bulk (one request, pipelined confirms, every message confirmed and counted in the queue after); official: POST /api/exchanges/%2F/amq.default/publish per message for 3 s; small JSON payloads, persistent, to a durable classic queue' }),
      summarize({ section: 'Messages', name: 'same, the official HTTP publish with 8 requests in flight', unit: 'msg/s', higherIsBetter: true, warren: samples.warren, official: samples.http8 }),
      summarize({ section: 'Messages', name: 'same, against raw amqplib (the broker alone)', unit: 'msg/s', higherIsBetter: true, warren: samples.warren, official: samples.amqplib, note: 'the "official" column here is amqplib publishing straight to the broker on a confirm channel with the same window of 1,000 unconfirmed messages: the ceiling for any client on this machine' }),
      summarize({ section: 'Messages', name: 'Get messages, 100 (Nack message requeue true)', unit: 'ms', warren: samples.get[100].warren, official: samples.get[100].official, note: "Warren: POST /api/queues/%2F/<q>/get (AMQP basic.get ×100, one multiple nack); official: the broker's POST /api/queues/%2F/<q>/get; the queue's depth is checked unchanged after each" }),
      summarize({ section: 'Messages', name: 'Get messages, 1,000', unit: 'ms', warren: samples.get[1000].warren, official: samples.get[1000].official }),
      summarize({ section: 'Messages', name: `move ${Number(args['move-count'])} messages to another queue vs the official UI's Move messages (a shovel)`, unit: 'msg/s', higherIsBetter: true, warren: samples.move.warren, official: samples.move.shovel, note: "Warren: POST /api/queues/%2F/<q>/move, all messages (confirm, then ack, window 1,000), until its report; official: the dynamic shovel its queue page creates (on-confirm, prefetch 1,000, src-delete-after queue-length), from the PUT until the destination holds them all; both checked: destination holds N, source 0" }),
      summarize({ section: 'Messages', name: 'live tail: publish → message in the SSE stream (median of 50)', unit: 'ms', warren: samples.tail, official: [], note: 'publish with amqplib (confirm awaited) until Warren’s tail delivers it as an SSE "message" event to a plain HTTP client; the official UI has no live tail' }),
    );
    log(markdownTable(rows.filter((r) => r.section === 'Messages')));
  }

  await cleanup();

  const minutes = (performance.now() - runStarted) / 60_000;
  const header = [
    `# Warren bench — ${new Date().toISOString()}`,
    '',
    `Broker: RabbitMQ ${rabbitmqVersion ?? '?'} (node ${BROKER.name}), ${queueCount} queues (${MESSAGES.length} with messages).`,
    `Chromium ${chromiumVersion} at ${VIEWPORT_TEXT}, ${rounds} rounds alternating Warren and the official UI; cold = fresh browser context (empty cache), warm = second load in the same context.`,
    `Command: npm run bench -- ${process.argv.slice(2).join(' ') || '(defaults)'}; run took ${minutes.toFixed(1)} min.`,
    skipped.length ? `Skipped: ${skipped.join('; ')}.` : '',
    '',
  ].join('\n');
  const table = markdownTable(rows);
  const markdown = `${header}\n${table}\n`;
  const base = path.join(REPO_ROOT, 'bench/results', stamp);
  fs.writeFileSync(`${base}.md`, markdown);
  fs.writeFileSync(`${base}.json`, JSON.stringify({ stamp, queueCount, rounds, rows, raw, skipped, seed }, null, 2) + '\n');
  log(`\n${markdown}`);
  log(`Results: ${path.relative(REPO_ROOT, base)}.md and .json`);
  if (!args['stop-broker']) log(`The bench broker keeps running (seeded); stop it with: npm run broker -- stop --name ${BROKER.name} --data .data/bench`);
}

const VIEWPORT_TEXT = '1366×900';

/** Milliseconds for one management API call as the bench user, body read. */
async function timeBrokerCall(pathAndQuery) {
  const auth = { authorization: 'Basic ' + Buffer.from(`${BENCH_USER.username}:${BENCH_USER.password}`).toString('base64') };
  const started = performance.now();
  const response = await fetch(`${managementUrl}${pathAndQuery}`, { headers: auth });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${pathAndQuery} → ${response.status}`);
  return performance.now() - started;
}

/** What the UIs should show first after each interaction, asked from the broker with the same query. */
async function expectations(width) {
  const auth = { authorization: 'Basic ' + Buffer.from(`${BENCH_USER.username}:${BENCH_USER.password}`).toString('base64') };
  const first = async (query) => {
    const params = new URLSearchParams({ page: '1', page_size: '100', pagination: 'true', columns: 'name', ...query });
    const response = await fetch(`${managementUrl}/api/queues?${params}`, { headers: auth });
    if (!response.ok) throw new Error(`expectations: ${response.status} ${await response.text()}`);
    return (await response.json()).items[0]?.name;
  };
  const filterText = queueName(Math.min(4240, queueCount), width).slice(0, -1);
  const result = {
    firstRow: await first({}),
    sort: await first({ sort: 'messages', sort_reverse: 'false' }),
    filterText,
    filter: await first({ name: filterText }),
    next: await first({ page: '2' }),
  };
  if (result.sort === result.firstRow) throw new Error('sorting by messages does not change the first row: the seed is not as expected');
  return result;
}

async function brokerVersion() {
  try {
    const auth = { authorization: 'Basic ' + Buffer.from(`${BENCH_USER.username}:${BENCH_USER.password}`).toString('base64') };
    return (await (await fetch(`${managementUrl}/api/overview`, { headers: auth })).json()).rabbitmq_version;
  } catch {
    return null;
  }
}

main().catch(async (error) => {
  console.error(`bench failed: ${error.stack ?? error.message}`);
  await cleanup();
  process.exitCode = 1;
});

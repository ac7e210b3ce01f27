'use client';

import { Fragment, useState } from 'react';
import Link from 'next/link';
import { ArgumentList } from '@/components/ui/argument-list';
import { Alert } from '@/components/ui/alert';
import { ArgumentsEditor } from '@/components/ui/arguments-editor';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/card';
import { InputField } from '@/components/ui/field';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { argumentsFromRows, rowsFromArguments, type ArgumentRow } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import { useRouteTestQuery } from '@/lib/queries/exchanges/route-test-query';
import type { RouteTestResult } from '@/lib/api/exchanges';
import type { Hop } from '@/lib/routing/route';
import { routes } from '@/lib/routes';
import { useUrlParams } from '@/lib/url-state';

// The test's input lives in the URL (rk, rh, rt), so a route test can be shared or reloaded.
const KEY_PARAM = 'rk';
const HEADERS_PARAM = 'rh';
const RUN_PARAM = 'rt';

function parseHeaders(text: string): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Where would a message go from this exchange, and why (none of the official UIs has this). */
export function RouteTester({ vhost, exchange, exchangeType }: { vhost: string; exchange: string; exchangeType?: string }) {
  const t = useT();
  const { params, set } = useUrlParams();
  const urlKey = params.get(KEY_PARAM) ?? '';
  const urlHeaders = params.get(HEADERS_PARAM) ?? '';
  const ran = params.get(RUN_PARAM) === '1';
  const [routingKey, setRoutingKey] = useState(urlKey);
  const [rows, setRows] = useState<ArgumentRow[]>(() => rowsFromArguments(parseHeaders(urlHeaders)));
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const test = useRouteTestQuery(vhost, exchange, urlKey, urlHeaders, ran);

  // Back/forward or a shared link changes the URL: follow it (during render, React's pattern for
  // state that follows a prop).
  const [followed, setFollowed] = useState({ urlKey, urlHeaders });
  if (followed.urlKey !== urlKey || followed.urlHeaders !== urlHeaders) {
    setFollowed({ urlKey, urlHeaders });
    setRoutingKey(urlKey);
    setRows(rowsFromArguments(parseHeaders(urlHeaders)));
  }

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const headers = argumentsFromRows(rows);
    setRowErrors(headers.errors);
    if (Object.keys(headers.errors).length) return;
    const headersText = Object.keys(headers.value).length ? JSON.stringify(headers.value) : '';
    if (ran && headersText === urlHeaders && routingKey === urlKey) void test.refetch();
    else set({ [KEY_PARAM]: routingKey, [HEADERS_PARAM]: headersText, [RUN_PARAM]: '1' });
  };

  return (
    <Section title={t('route.title')}>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('route.description')}</p>
        <form onSubmit={submit} className="flex max-w-2xl flex-col gap-3" aria-label={t('route.title')}>
          <InputField
            label={t('route.routingKey')}
            value={routingKey}
            onChange={(event) => setRoutingKey(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            hint={exchangeType === 'headers' ? t('bindings.headersKeyIgnored') : undefined}
          />
          <ArgumentsEditor rows={rows} onChange={setRows} errors={rowErrors} legend={t('route.headers')} />
          <p className="text-xs text-zinc-500 dark:text-zinc-400">{t('route.headersHint')}</p>
          <div>
            <Button type="submit" disabled={test.isFetching}>
              {test.isFetching ? t('route.testing') : t('route.submit')}
            </Button>
          </div>
        </form>
        {!ran ? null : test.error ? (
          <QueryError what={t('route.what')} error={test.error} onRetry={() => void test.refetch()} />
        ) : test.data ? (
          <RouteResultView vhost={vhost} result={test.data} />
        ) : (
          <Skeleton className="h-24 w-full" />
        )}
      </div>
    </Section>
  );
}

function RouteResultView({ vhost, result }: { vhost: string; result: RouteTestResult }) {
  const t = useT();
  return (
    <div className="flex flex-col gap-4" data-testid="route-result">
      {result.unroutable ? (
        <Alert tone="warning">{t('route.unroutable')}</Alert>
      ) : (
        <Alert tone="success">{t('route.delivered', { count: result.queues.length })}</Alert>
      )}
      {result.uncertain ? <Alert tone="info">{t('route.uncertain')}</Alert> : null}

      {result.queues.length ? (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm">
            <caption className="px-3 py-2 text-left font-semibold">{t('route.queues')}</caption>
            <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('route.queue')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('route.why')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.queues.map((delivery) => (
                <tr key={delivery.queue} className="border-t border-zinc-100 align-top dark:border-zinc-800">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link prefetch={false} href={routes.queue(vhost, delivery.queue)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
                      {delivery.queue}
                    </Link>
                  </th>
                  <td className="px-3 py-2">
                    <ul className="flex flex-col gap-1">
                      {delivery.paths.slice(0, 3).map((path, i) => (
                        <li key={i}>
                          <PathView vhost={vhost} path={path} />
                        </li>
                      ))}
                      {delivery.paths.length > 3 ? (
                        <li className="text-xs text-zinc-500">{t('route.morePaths', { count: delivery.paths.length - 3 })}</li>
                      ) : null}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
        <table className="w-full border-collapse text-sm">
          <caption className="px-3 py-2 text-left font-semibold">{t('route.exchanges')}</caption>
          <thead className="bg-zinc-50 text-left text-xs uppercase tracking-wide text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                {t('route.exchange')}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t('exchanges.col.type')}
              </th>
              <th scope="col" className="px-3 py-2 font-medium">
                {t('route.matched')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.exchanges.map((visit) => (
              <tr key={visit.name} className="border-t border-zinc-100 align-top dark:border-zinc-800">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <ExchangeLink vhost={vhost} name={visit.name} />
                </th>
                <td className="px-3 py-2">{visit.type}</td>
                <td className="px-3 py-2">
                  {visit.unpredictable ? (
                    <Badge tone="amber" title={visit.unpredictable}>
                      {t('route.unpredictable')}
                    </Badge>
                  ) : (
                    t('route.matchedCount', { matched: visit.matched.length, total: visit.bindingCount })
                  )}
                  {visit.alternate !== undefined ? (
                    <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">{t('route.viaAlternate', { name: visit.alternate })}</span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {result.notes.length ? (
        <div>
          <h3 className="text-sm font-semibold">{t('route.notes')}</h3>
          <ul className="list-disc pl-5 text-sm text-zinc-700 dark:text-zinc-300">
            {result.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function ExchangeLink({ vhost, name }: { vhost: string; name: string }) {
  const t = useT();
  return (
    <Link prefetch={false} href={routes.exchange(vhost, name)} className="break-all text-orange-700 hover:underline dark:text-orange-400">
      {name === '' ? t('exchanges.defaultName') : name}
    </Link>
  );
}

/** One path: exchange [binding key or arguments, or "alternate exchange"] → exchange … → queue. */
function PathView({ vhost, path }: { vhost: string; path: Hop[] }) {
  const last = path[path.length - 1];
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-1 gap-y-0.5">
      {path.map((hop, i) => (
        <Fragment key={i}>
          <ExchangeLink vhost={vhost} name={hop.exchange} />
          {hop.kind === 'alternate' ? <AlternateWhy via={hop.via} /> : <BindingWhy hop={hop} />}
          <span aria-hidden="true">→</span>
        </Fragment>
      ))}
      {last?.kind === 'binding' ? <span className="break-all">{last.binding.destination}</span> : null}
    </span>
  );
}

function AlternateWhy({ via }: { via: 'argument' | 'policy' }) {
  const t = useT();
  return <span className="text-xs italic text-zinc-600 dark:text-zinc-400">({via === 'policy' ? t('route.alternatePolicy') : t('route.alternateArgument')})</span>;
}

function BindingWhy({ hop }: { hop: Extract<Hop, { kind: 'binding' }> }) {
  const t = useT();
  if (hop.exchangeType === 'headers') {
    return (
      <span className="inline-flex items-baseline gap-1 text-xs" title={t('route.bindingArgs')}>
        <ArgumentList args={hop.binding.arguments} empty="{}" />
      </span>
    );
  }
  if (hop.exchangeType === 'fanout') return <span className="text-xs text-zinc-600 dark:text-zinc-400">fanout</span>;
  return (
    <code className="rounded bg-zinc-100 px-1 text-xs dark:bg-zinc-800" title={t('route.bindingKey')}>
      {hop.binding.routing_key === '' ? t('route.emptyKey') : hop.binding.routing_key}
    </code>
  );
}

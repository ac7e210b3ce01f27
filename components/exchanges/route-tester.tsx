'use client';

import { useState } from 'react';
import { Section } from '@/components/ui/card';
import { QueryError } from '@/components/ui/query-error';
import { Skeleton } from '@/components/ui/skeleton';
import { argumentsFromRows, rowsFromArguments, type ArgumentRow, type ArgumentRowError } from '@/lib/arguments';
import { useT } from '@/lib/i18n/i18n';
import { useRouteTestQuery } from '@/lib/queries/exchanges/route-test-query';
import type { RouteTestResult } from '@/lib/api/exchanges';
import { useUrlParams } from '@/lib/url-state';
import { RouteDeliveriesTable } from './route-deliveries-table';
import { RouteNotes } from './route-notes';
import { RouteSummary } from './route-summary';
import { RouteTestForm } from './route-test-form';
import { RouteVisitsTable } from './route-visits-table';

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
  const [rowErrors, setRowErrors] = useState<Record<number, ArgumentRowError>>({});
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
        <RouteTestForm
          routingKey={routingKey}
          onRoutingKeyChange={setRoutingKey}
          rows={rows}
          onRowsChange={setRows}
          rowErrors={rowErrors}
          exchangeType={exchangeType}
          testing={test.isFetching}
          onSubmit={submit}
        />
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
  return (
    <div className="flex flex-col gap-4" data-testid="route-result">
      <RouteSummary result={result} />
      {result.queues.length ? <RouteDeliveriesTable vhost={vhost} deliveries={result.queues} /> : null}
      <RouteVisitsTable vhost={vhost} visits={result.exchanges} />
      <RouteNotes notes={result.notes} />
    </div>
  );
}

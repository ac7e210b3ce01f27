import { isServer, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, REAUTH_CODES } from '@/lib/api/errors';
import { LIST_STALE_TIME_MS } from './polling';
import { markUp, reportBrokerError } from './broker-status';
import { toast } from '@/lib/toast';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The caller shows the error itself (e.g. inside a dialog); no toast. */
      handlesError?: boolean;
      /** "Failed to purge queue orders" — the toast reads "<errorPrefix>: <broker's message>". */
      errorPrefix?: string;
    };
  }
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  // 4xx are answers, not accidents: retrying cannot change them.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

// Several polls fail together when a session ends; the first answer (SESSION_EXPIRED) clears the
// cookie, so later ones say UNAUTHENTICATED. The first redirect wins, keeping "reason=expired".
let redirectingToLogin = false;

function onError(error: unknown): void {
  if (!(error instanceof ApiError)) return;
  reportBrokerError(error);
  if ((REAUTH_CODES as readonly string[]).includes(error.code) && typeof window !== 'undefined') {
    if (redirectingToLogin) return;
    redirectingToLogin = true;
    const here = window.location.pathname + window.location.search;
    const reason = error.code === 'SESSION_EXPIRED' ? '&reason=expired' : '';
    // A full page load: the session is gone, and so must be every answer cached in this tab.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`/login?next=${encodeURIComponent(here)}${reason}`);
  }
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    // Any answer from a route proves the management API reachable again (the health probe may
    // not be running yet, e.g. when the page was opened during the outage).
    // The health probe answers 200 with its findings even while the broker is down: not a proof.
    queryCache: new QueryCache({
      onError,
      onSuccess: (_data, query) => {
        if (query.queryKey[0] !== 'health') markUp('management');
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        onError(error);
        if (mutation.meta?.handlesError) return;
        const message = error instanceof Error ? error.message : String(error);
        toast.error(mutation.meta?.errorPrefix ? `${mutation.meta.errorPrefix}: ${message}` : message);
      },
    }),
    defaultOptions: {
      queries: { staleTime: LIST_STALE_TIME_MS, retry: shouldRetry, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/** One QueryClient per browser tab; a new one per server request. */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

import 'server-only';
import type { DehydratedState } from '@tanstack/react-query';
import { isAdministrator } from '@/lib/tags';
import { prefetchAsUser, type Prefetch } from './prefetch';
import { currentSession } from './session';

/**
 * prefetchAsUser for the administrators' pages: for anyone else the page shows only that it is
 * not for them, so nothing is asked of the broker and nothing lands in the HTML.
 */
export async function prefetchAsAdministrator(prefetches: Prefetch[]): Promise<DehydratedState> {
  const state = await currentSession({ touch: false });
  const allowed = state.status === 'active' && isAdministrator(state.session.tags);
  return prefetchAsUser(allowed ? prefetches : []);
}

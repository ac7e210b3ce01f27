import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { Shell } from '@/components/shell/shell';
import { currentSession } from '@/lib/session/session';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // proxy.ts already redirected with ?next=; this is the authoritative check.
  const state = await currentSession({ touch: false });
  if (state.status !== 'active') redirect(state.status === 'expired' ? '/login?reason=expired' : '/login');
  // No <Suspense> around the shell: these pages are dynamic (they read the session cookie), so
  // useSearchParams needs none, and a boundary here held back streamed content by ~300 ms.
  return (
    <Shell username={state.session.username} tags={state.session.tags}>
      {children}
    </Shell>
  );
}

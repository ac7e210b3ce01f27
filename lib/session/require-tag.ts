import 'server-only';
import { canMakePolicy, isAdministrator } from '@/lib/tags';
import type { SessionData } from './config';
import { RouteError } from './with-session';

// The Admin section's routes answer only the users its pages are for (lib/admin/sections.ts).
// The broker refuses the changes anyway; this also keeps its lists (which 3.10 shows any
// management user for their vhosts) out of reach of users the section is not for, and says why.

export function requirePolicymaker(session: SessionData): void {
  if (!canMakePolicy(session.tags)) {
    throw new RouteError('FORBIDDEN', 'Policies are for users tagged policymaker or administrator; your user’s tags do not include either');
  }
}

export function requireAdministrator(session: SessionData, what: string): void {
  if (!isAdministrator(session.tags)) throw new RouteError('FORBIDDEN', `${what} is for users tagged administrator`);
}

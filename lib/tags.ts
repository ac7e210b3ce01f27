// What a user's tags allow in the UI, as the official management UI decides it. Hiding is
// convenience only: the broker enforces the same rules on every request made as that user.

export const MANAGEMENT_TAGS = ['management', 'policymaker', 'monitoring', 'administrator'] as const;

export function canUseManagement(tags: readonly string[]): boolean {
  return tags.some((tag) => (MANAGEMENT_TAGS as readonly string[]).includes(tag));
}

export function isAdministrator(tags: readonly string[]): boolean {
  return tags.includes('administrator');
}

/** Nodes, all connections and all vhosts' stats: monitoring and administrator. */
export function canMonitor(tags: readonly string[]): boolean {
  return tags.includes('monitoring') || tags.includes('administrator');
}

/** Policies and limits: policymaker and administrator. */
export function canMakePolicy(tags: readonly string[]): boolean {
  return tags.includes('policymaker') || tags.includes('administrator');
}

/** The Admin tab is shown to administrators and policymakers. */
export function canSeeAdmin(tags: readonly string[]): boolean {
  return isAdministrator(tags) || canMakePolicy(tags);
}

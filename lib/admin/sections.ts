import type { MessageKey } from '@/lib/i18n/messages';
import { canMakePolicy, isAdministrator } from '@/lib/tags';

/**
 * The Admin section's pages and who sees them, as the official management UI decides: an
 * administrator sees all; a policymaker the policies of its vhosts. Hiding is convenience only:
 * the broker refuses whatever a user may not do, and each page says so where the user acted.
 */
export const ADMIN_SECTIONS: ReadonlyArray<{ href: string; label: MessageKey; description: MessageKey; visible: (tags: readonly string[]) => boolean }> = [
  { href: '/admin/users', label: 'admin.section.users', description: 'admin.section.usersHint', visible: isAdministrator },
  { href: '/admin/vhosts', label: 'admin.section.vhosts', description: 'admin.section.vhostsHint', visible: isAdministrator },
  { href: '/admin/policies', label: 'admin.section.policies', description: 'admin.section.policiesHint', visible: canMakePolicy },
  { href: '/admin/definitions', label: 'admin.section.definitions', description: 'admin.section.definitionsHint', visible: isAdministrator },
  { href: '/admin/cluster', label: 'admin.section.cluster', description: 'admin.section.clusterHint', visible: isAdministrator },
  { href: '/admin/audit', label: 'admin.section.audit', description: 'admin.section.auditHint', visible: isAdministrator },
];

export const adminSectionsFor = (tags: readonly string[]) => ADMIN_SECTIONS.filter((section) => section.visible(tags));

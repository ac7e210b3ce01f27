import type { AuditQuery } from '@/lib/api/audit';

// Query keys for the audit log (Warren's own, not the broker's).
export const auditKeys = {
  all: ['audit'] as const,
  page: (query: AuditQuery) => [...auditKeys.all, query] as const,
};

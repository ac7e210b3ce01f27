import { AdministratorsOnly } from '@/components/admin/administrators-only';
import { AuditPage } from '@/components/admin/audit/audit-page';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('adminAudit.title');

/**
 * The audit log is read by the client only: the route checks the user's administrator tag with
 * the broker on every read (GET /api/admin/audit), which a server prefetch would have to repeat.
 */
export default function Page() {
  return (
    <AdministratorsOnly headingKey="adminAudit.title">
      <AuditPage />
    </AdministratorsOnly>
  );
}

import { titled } from '@/lib/i18n/page-title';
import { AdminPage } from '@/components/admin/admin-page';

export const generateMetadata = titled('nav.admin');

export default function Page() {
  return <AdminPage />;
}

import { titled } from '@/lib/i18n/page-title';
import { DefinitionsPage } from '@/components/admin/definitions/definitions-page';

export const generateMetadata = titled('admin.section.definitions');

export default function Page() {
  return <DefinitionsPage />;
}

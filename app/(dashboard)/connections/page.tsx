import { titled } from '@/lib/i18n/page-title';
import { ConnectionsPage } from '@/components/connections/connections-page';

export const generateMetadata = titled('nav.connections');

export default function Page() {
  return <ConnectionsPage />;
}

import { titled } from '@/lib/i18n/page-title';
import { PublishPage } from '@/components/messages/publish-page';

export const generateMetadata = titled('publish.pageTitle');

export default function Page() {
  return <PublishPage />;
}

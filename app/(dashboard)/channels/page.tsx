import { titled } from '@/lib/i18n/page-title';
import { ChannelsPage } from '@/components/channels/channels-page';

export const generateMetadata = titled('nav.channels');

export default function Page() {
  return <ChannelsPage />;
}

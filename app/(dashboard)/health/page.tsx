import { titled } from '@/lib/i18n/page-title';
import { HealthPage } from '@/components/health/health-page';

export const generateMetadata = titled('health.title');

// The findings are computed when the client asks (the selected vhost is in its URL state); the
// broker's lists for them cost more than a page should wait for before it renders.
export default function Page() {
  return <HealthPage />;
}

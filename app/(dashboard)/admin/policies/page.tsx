import { titled } from '@/lib/i18n/page-title';
import { PoliciesPage } from '@/components/admin/policies/policies-page';

export const generateMetadata = titled('admin.section.policies');

/** The lists are small and change rarely: the client fetches them (no server prefetch). */
export default function Page() {
  return <PoliciesPage />;
}

import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <AdminNav />
      {children}
    </div>
  );
}

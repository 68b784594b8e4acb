import type { ReactNode } from 'react';
import { AdminNav } from '@/components/admin/admin-nav';
import { requireMinistryEditor } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

/** Management is for ministry editors; every page and action below checks again for itself. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireMinistryEditor('/beheer');
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}

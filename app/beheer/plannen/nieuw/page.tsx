import type { Metadata } from 'next';
import Link from 'next/link';
import { PlanForm } from '@/components/admin/plan-form';
import { requireMinistryEditor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Nieuw plan' };

export default async function NewPlanPage() {
  await requireMinistryEditor('/beheer/plannen/nieuw');
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold text-rijks-blue">Nieuw actieplan</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Daarna voegt u actielijnen en acties toe, en maakt u de eerste rapportageronde aan. Het webadres van het plan volgt uit de
        titel en verandert daarna niet meer.
      </p>
      <div className="mt-6">
        <PlanForm />
      </div>
    </>
  );
}

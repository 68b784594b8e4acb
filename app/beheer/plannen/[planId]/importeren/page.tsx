import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BijlageUploadForm } from '@/components/import/bijlage-upload-form';
import { PlanImportList } from '@/components/import/plan-import-list';
import { requireMinistryEditor } from '@/lib/auth/session';
import { findPlanImports } from '@/lib/import/find-plan-imports';
import { amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { idField } from '@/lib/validation/fields';

export const metadata: Metadata = { title: 'Bijlage importeren' };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ planId: string }> };

/** Uploading a Word bijlage for a plan, and the plan's earlier uploads. */
export default async function ImportBijlagePage({ params }: Props) {
  const { planId } = await params;
  const user = await requireMinistryEditor(`/beheer/plannen/${planId}/importeren`);
  const id = idField.safeParse(planId);
  const found = id.success ? await findPlanImports({ user, planId: id.data }) : null;
  if (!found) notFound();
  const { plan, target, imports } = found;
  const today = amsterdamIsoDate(new Date());
  const defaultDate = target.kind === 'new' && target.latestPublishedDate && target.latestPublishedDate > today ? target.latestPublishedDate : today;
  return (
    <>
      <nav aria-label="Kruimelpad" className="text-sm">
        <Link href="/beheer">Beheer</Link> <span aria-hidden>›</span> <Link href={`/beheer/plannen/${plan.id}`}>{plan.title}</Link>
      </nav>
      <h1 className="mt-2 text-3xl font-semibold text-rijks-blue">Bijlage importeren</h1>
      <p className="mt-1 text-muted">{plan.title}</p>

      <section aria-labelledby="hoe-het-werkt" className="mt-6 max-w-3xl">
        <h2 id="hoe-het-werkt" className="text-xl font-semibold">
          Wat een import doet
        </h2>
        <ul className="mt-2 grid list-disc gap-1 pl-6">
          <li>
            Het programma leest de Word-bijlage van een voortgangsrapportage: de koppen van de actielijnen en de tabellen met de kolommen
            Actie, (Verantwoordelijk,) Resultaat of Stand van zaken en Wanneer of Planning.
          </li>
          <li>Een ✓ (of het vinkje van Word) bij een actie betekent: afgerond. Voetnoten met Kamerstukken gaan mee.</li>
          <li>
            Elke rij wordt gekoppeld aan een actie van het plan met dezelfde of een sterk gelijkende titel, of wordt een nieuwe actie. U
            ziet per rij het voorstel en het verschil met de vorige ronde, en kunt elke koppeling wijzigen.
          </li>
          <li>
            Staat Wijzigingen bijhouden aan, of zijn er nog wijzigingen niet aanvaard? Aanvaard of verwerp ze eerst in Word; anders wordt
            het bestand geweigerd.
          </li>
          <li>
            <strong>Er wordt niets opgeslagen in het plan voordat u het voorbeeld bevestigt.</strong> Het bestand zelf wordt bewaard, niet
            openbaar, met wie het wanneer uploadde.
          </li>
        </ul>
      </section>

      <section aria-labelledby="uploaden" className="mt-8 rounded-sm border border-slate-300 p-4">
        <h2 id="uploaden" className="text-xl font-semibold">
          Bijlage uploaden
        </h2>
        <BijlageUploadForm planId={plan.id} target={target} defaultDate={defaultDate} />
      </section>

      <section aria-labelledby="eerdere-uploads" className="mt-8">
        <h2 id="eerdere-uploads" className="text-xl font-semibold">
          Eerdere uploads
        </h2>
        <PlanImportList imports={imports} />
      </section>
    </>
  );
}

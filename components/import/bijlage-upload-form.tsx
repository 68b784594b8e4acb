import Link from 'next/link';
import { SubmitButton } from '@/components/forms/buttons';
import { TextInput } from '@/components/forms/fields';
import type { PlanImportTarget } from '@/lib/import/find-plan-imports';
import { IMPORT_LIMITS, megabytes } from '@/lib/import/import-limits';

/**
 * The upload of a Word bijlage: a plain multipart form to the upload route (it works without
 * JavaScript), into the plan's concept round or a new round. Nothing of the plan changes on upload.
 */
export function BijlageUploadForm({ planId, target, defaultDate }: { planId: number; target: PlanImportTarget; defaultDate: string }) {
  if (target.kind === 'busy') {
    return (
      <p className="mt-3 max-w-3xl rounded-sm border-l-4 border-amber-700 bg-amber-50 px-4 py-3">
        Dit plan heeft een ronde die nog loopt: <Link href={`/beheer/rondes/${target.round.id}`}>{target.round.title}</Link>. Een bijlage
        importeert u in een ronde in concept of een nieuwe ronde; publiceer eerst de lopende ronde.
      </p>
    );
  }
  return (
    <form
      method="post"
      action={`/beheer/plannen/${planId}/importeren/upload`}
      encType="multipart/form-data"
      className="mt-3 grid max-w-3xl gap-4"
      aria-label="Bijlage uploaden"
    >
      <div className="grid gap-0.5">
        <label htmlFor="bestand" className="font-semibold">
          Word-bestand (.docx)
        </label>
        <p id="bestand-hint" className="text-sm text-muted">
          Hoogstens {megabytes(IMPORT_LIMITS.fileBytes)}. Wijzigingen bijhouden moet uit staan: aanvaard of verwerp eerst alle wijzigingen.
        </p>
        <input
          id="bestand"
          name="bestand"
          type="file"
          required
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby="bestand-hint"
          className="mt-1 block w-full rounded-sm border border-slate-500 bg-white px-3 py-2 file:mr-3 file:rounded-sm file:border-0 file:bg-rijks-sky file:px-3 file:py-1.5 file:font-semibold"
        />
      </div>
      {target.kind === 'draft' ? (
        <>
          <input type="hidden" name="doel" value="ronde" />
          <input type="hidden" name="roundId" value={target.round.id} />
          <p>
            De bijlage komt in de ronde in concept: <Link href={`/beheer/rondes/${target.round.id}`}>{target.round.title}</Link>.
          </p>
        </>
      ) : (
        <fieldset className="grid gap-4 rounded-sm border border-slate-300 p-4 sm:grid-cols-[2fr_1fr]">
          <legend className="px-1 font-semibold">Nieuwe ronde voor deze bijlage</legend>
          <input type="hidden" name="doel" value="nieuw" />
          <TextInput id="ronde-titel" label="Titel van de ronde" name="title" placeholder="Bijv. Voortgang voorjaar 2027" required minLength={3} maxLength={200} />
          <TextInput
            id="ronde-datum"
            label="Datum van de rapportage"
            name="date"
            type="date"
            defaultValue={defaultDate}
            min={target.latestPublishedDate ?? undefined}
            required
          />
          <p className="text-sm text-muted sm:col-span-2">De ronde wordt pas aangemaakt als u de import bevestigt, in concept.</p>
        </fieldset>
      )}
      <div>
        <SubmitButton>Uploaden en voorbeeld bekijken</SubmitButton>
      </div>
    </form>
  );
}

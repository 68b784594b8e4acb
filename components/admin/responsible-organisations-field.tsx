'use client';

import { useState } from 'react';

type Organisation = { id: number; abbreviation: string; name: string };

/**
 * The responsible organisations of an action (checkboxes) and, once more than one is chosen, which
 * of them is the trekker (radio buttons among the chosen). `initial` is stored order: trekker first.
 */
export function ResponsibleOrganisationsField({
  prefix,
  organisations,
  initial,
  errors,
}: {
  prefix: string;
  organisations: Organisation[];
  initial: number[];
  errors?: { organisationIds?: string[]; leadOrganisationId?: string[] };
}) {
  const [chosen, setChosen] = useState<number[]>(initial);
  const [lead, setLead] = useState<number | null>(initial[0] ?? null);
  const chosenOrganisations = organisations.filter((org) => chosen.includes(org.id));
  const toggle = (id: number, checked: boolean) => {
    setChosen((ids) => (checked ? [...ids, id] : ids.filter((other) => other !== id)));
    if (!checked && lead === id) setLead(null);
    if (checked && chosen.length === 0) setLead(id);
  };
  const leadError = errors?.leadOrganisationId?.[0];
  return (
    <>
      <fieldset aria-describedby={errors?.organisationIds ? `${prefix}-org-fout` : undefined}>
        <legend className="font-semibold">Verantwoordelijke organisaties</legend>
        <p className="text-sm text-muted">Hun partnerredacteuren mogen de stand van zaken van deze actie bijwerken.</p>
        {errors?.organisationIds && (
          <p id={`${prefix}-org-fout`} className="text-sm font-semibold text-red-700">
            {errors.organisationIds[0]}
          </p>
        )}
        <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {organisations.map((org) => (
            <li key={org.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="organisationIds"
                  value={org.id}
                  checked={chosen.includes(org.id)}
                  onChange={(event) => toggle(org.id, event.target.checked)}
                  className="size-5"
                />
                <abbr title={org.name}>{org.abbreviation}</abbr>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {chosenOrganisations.length === 1 && <input type="hidden" name="leadOrganisationId" value={chosenOrganisations[0]!.id} />}
      {chosenOrganisations.length > 1 && (
        <fieldset aria-describedby={leadError ? `${prefix}-trekker-fout` : `${prefix}-trekker-hint`}>
          <legend className="font-semibold">Trekker</legend>
          <p id={`${prefix}-trekker-hint`} className="text-sm text-muted">
            De organisatie die de actie trekt; zij staat voorop bij <em>Verantwoordelijk</em>.
          </p>
          {leadError && (
            <p id={`${prefix}-trekker-fout`} className="text-sm font-semibold text-red-700">
              <span aria-hidden>⚠ </span>
              {leadError}
            </p>
          )}
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {chosenOrganisations.map((org) => (
              <li key={org.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="leadOrganisationId"
                    value={org.id}
                    checked={lead === org.id}
                    onChange={() => setLead(org.id)}
                    className="size-5"
                  />
                  {org.abbreviation} <span className="text-sm text-muted">({org.name})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </>
  );
}

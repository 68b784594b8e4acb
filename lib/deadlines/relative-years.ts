/**
 * Years named relative to the report ("dit jaar", "volgend jaar") and texts that name a recurring
 * moment ("jaarlijks vóór het zomerreces", "2x per jaar"), which have no single range.
 */

const RELATIVE_YEARS: { regex: RegExp; offset: number }[] = [
  { regex: /\b(?:dit|het huidige|het lopende|lopende) jaar\b/g, offset: 0 },
  // "eind van het jaar", "tweede helft van het jaar": the report's year; not "van het jaar 2019".
  { regex: /\bvan het jaar\b(?!\s*\d)/g, offset: 0 },
  { regex: /\b(?:het )?(?:volgend|volgende|komend|komende) jaar\b/g, offset: 1 },
  { regex: /\b(?:het )?(?:vorig|vorige|afgelopen) jaar\b/g, offset: -1 },
];

const RECURRING =
  /\b(?:(?:half|twee)?jaarlijks\w*|maandelijks\w*|wekelijks\w*|per (?:jaar|kwartaal|maand|week)|(?:elk|ieder)e? (?:jaar|kwartaal|maand|week|voorjaar|najaar))\b/;

/** True when the text names a moment that comes back, so a year-less period in it is not one range. */
export function isRecurring(normalizedText: string): boolean {
  return RECURRING.test(normalizedText);
}

/**
 * Writes relative years out as numbers: "eind dit jaar" becomes "eind 2019" for a report of 2019, so
 * the period patterns read it as any other year. "van het jaar" keeps its "van" ("eind van 2019").
 */
export function resolveRelativeYears(normalizedText: string, referenceYear: number): string {
  return RELATIVE_YEARS.reduce(
    (text, { regex, offset }) =>
      text.replace(regex, (match) => (match.startsWith('van ') ? `van ${referenceYear}` : String(referenceYear + offset))),
    normalizedText,
  );
}

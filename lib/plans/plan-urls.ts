/** The public URLs of a plan's pages, in one place. */
export const planUrls = {
  plan: (slug: string) => `/plannen/${slug}`,
  round: (slug: string, roundKey: string) => `/plannen/${slug}/rondes/${roundKey}`,
  changes: (slug: string, roundKey: string, { onlyShifted = false } = {}) =>
    `/plannen/${slug}/rondes/${roundKey}/wijzigingen${onlyShifted ? '/verschoven' : ''}`,
  line: (slug: string, roundKey: string, lineCode: string) => `/plannen/${slug}/rondes/${roundKey}/lijnen/${lineCode}`,
  deadlines: (slug: string, roundKey: string) => `/plannen/${slug}/rondes/${roundKey}/planning`,
  search: (slug: string) => `/plannen/${slug}/zoeken`,
  charts: (slug: string, roundKey: string) => `/plannen/${slug}/grafieken?ronde=${roundKey}`,
  print: (slug: string, roundKey: string) => `/plannen/${slug}/afdrukken?ronde=${roundKey}`,
  export: (slug: string, format: 'csv' | 'json' | 'docx', query: string) => `/plannen/${slug}/export/${format}?${query}`,
  action: (slug: string, actionId: number, roundKey?: string) =>
    `/plannen/${slug}/acties/${actionId}${roundKey ? `?ronde=${roundKey}#ronde-${roundKey}` : ''}`,
  organisation: (abbreviation: string) => `/organisaties/${encodeURIComponent(abbreviation)}`,
};

/**
 * Where a workbook is downloaded, uploaded and previewed: a partner in the workspace, the ministry
 * at the round it manages (for one organisation, by its abbreviation, or for all of them).
 */
export type WorkbookAudience = 'partner' | 'ministry';
export type WorkbookFormat = 'xlsx' | 'csv';

const base = (audience: WorkbookAudience, roundId: number) => (audience === 'partner' ? `/werkruimte/rondes/${roundId}` : `/beheer/rondes/${roundId}`);

export const workbookUrls = {
  download: (audience: WorkbookAudience, roundId: number, format: WorkbookFormat, organisation?: string) =>
    `${base(audience, roundId)}/werkmap.${format}${organisation ? `?organisatie=${encodeURIComponent(organisation)}` : ''}`,
  upload: (audience: WorkbookAudience, roundId: number) => `${base(audience, roundId)}/werkmap/upload`,
  preview: (audience: WorkbookAudience, roundId: number, importId: number) =>
    audience === 'partner' ? `/werkruimte/werkmap/${importId}` : `/beheer/rondes/${roundId}/werkmap/${importId}`,
  /** The page the download and upload forms are on. */
  home: (audience: WorkbookAudience, roundId: number) => (audience === 'partner' ? '/werkruimte' : `/beheer/rondes/${roundId}`),
};

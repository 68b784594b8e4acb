import type { ActionStatus } from '@/lib/actions/status';

/**
 * What the Word reader (lib/import/bijlage/parse-bijlage.ts) finds in a bijlage, before anything is
 * matched to the plan: the contract between reading a document and importing it.
 */

/** Something the reader could not use, named so the editor can find it in the document. */
export type ImportProblem = {
  /** document: the file as a whole; table: a table it could not read; row: a row it skipped, or whose Status it could not read (the row is kept, its status from the ✓). */
  kind: 'document' | 'table' | 'row';
  /** Dutch, for the editor: what is wrong and where ("Tabel 3, rij 5: 2 kolommen, verwacht 3 of 4"). */
  message: string;
  /** 1-based, in document order; the header row is row 1. */
  table?: number;
  row?: number;
};

/** A heading that opens an actielijn, a part or a goal ("Actielijn 2: Toerusten …", "A: Voortgang …", "1: Meer pleegouders"). */
export type ParsedHeading = {
  /** The heading as written, without its numbering style. */
  text: string;
  /**
   * The line's code as the plan would store it: "2", "A", and "A1" for goal 1 under part A (the
   * late-2019 layout numbers goals within their part). Null when the heading carries no code.
   */
  code: string | null;
  title: string;
  /** Index of the heading this one sits under (a goal under its part), null at the top. */
  parentIndex: number | null;
};

/** A footnote a row refers to, with the Kamerstukken it cites ("Kamerstukken II 2016/17, 31 839, nr. 580"). */
export type ParsedFootnote = {
  /** The footnote's number as the document shows it. */
  marker: string;
  text: string;
  /** Each cited Kamerstuk as its identifier, `kst-31839-580` (see ../shared/REFERENCES.md). */
  kamerstukken: string[];
};

/** One row of an action table: the action and what the round says about it, verbatim. */
export type ParsedBijlageRow = {
  /** Index into `headings` of the line the row's table sits under; null before any heading. */
  headingIndex: number | null;
  title: string;
  /** The Verantwoordelijk column's text, where the table has one. */
  responsibleText: string | null;
  /**
   * From a Status column where the table has one (the app's own bijlage can carry it), else
   * COMPLETED when the Wanneer cell or a ✓ column carries a check mark, else null: the importer
   * then takes the matched action's previous status.
   */
  status: ActionStatus | null;
  /** Resultaat / Stand van zaken: paragraphs and list items joined by "\n", the footnote markers removed. */
  result: string;
  /** Wanneer / Planning, without the check mark. */
  planning: string;
  footnotes: ParsedFootnote[];
  /** Where the row is, for problems and the preview. */
  table: number;
  row: number;
};

export type ParsedBijlage = {
  /** The document's title paragraph, where it has one. */
  title: string | null;
  headings: ParsedHeading[];
  rows: ParsedBijlageRow[];
  problems: ImportProblem[];
};

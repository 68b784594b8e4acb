import 'server-only';
import { stringify } from 'csv-stringify/sync';
import { prisma } from '@/lib/db';
import { findAuditNames } from '@/lib/audit/audit-names';
import { auditWhere } from '@/lib/audit/audit-where';
import { changeText, describeAuditLine, type AuditLine } from '@/lib/audit/describe-audit-line';
import { auditRowSelect } from '@/lib/audit/find-audit-log';
import { assertCan } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/session-user';
import { amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { auditFilterQuery, type AuditFilter } from '@/lib/validation/audit';
import { DUTCH_CSV } from '@/lib/exports/to-csv';

export const AUDIT_CSV_COLUMNS = ['Nummer', 'Wanneer', 'Wie', 'Wat', 'Onderwerp', 'Omschrijving', 'Voor', 'Na', 'Adres in het auditlog'] as const;

export const SIGN_IN_FOR_AUDIT = 'Log in als redacteur van het ministerie om het auditlog te downloaden.';
export const MINISTRY_ONLY_AUDIT = 'Alleen redacteuren van het ministerie mogen het auditlog downloaden.';

/** Lines read per query: the export of a large log streams in batches and never holds it whole. */
const BATCH = 500;

/** A line as a CSV record: the description in words, before and after as "Label: waarde" per field. */
export function auditCsvRecord(line: AuditLine): string[] {
  const before = line.changes.filter((c) => c.before !== null).map((c) => `${c.label}: ${c.before}`);
  const after = line.changes.filter((c) => c.after !== null).map((c) => `${c.label}: ${c.after}`);
  const description = [`${line.actor}: ${line.what} — ${line.subjectText}.`, line.summary, ...line.changes.map(changeText)].filter(Boolean).join('\n');
  return [String(line.id), line.atText, line.actor, line.what, line.subjectText, description, before.join('\n'), after.join('\n'), `/beheer/audit/${line.id}`];
}

/**
 * The filtered log as CSV (as the public exports: `;`, CRLF, UTF-8 with a byte-order mark, no cell
 * that Excel would run as a formula), newest first, streamed a batch at a time by id.
 */
export function streamAuditCsv(options: { user: Actor; filter: AuditFilter }): ReadableStream<Uint8Array> {
  assertCan(options.user, 'audit.view', null);
  const where = auditWhere(options.filter);
  const encoder = new TextEncoder();
  let cursor: number | null = null;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(stringify([[...AUDIT_CSV_COLUMNS]], { ...DUTCH_CSV, bom: true })));
      }
      const rows = await prisma.auditLogEntry.findMany({
        where: cursor === null ? where : { AND: [where, { id: { lt: cursor } }] },
        orderBy: { id: 'desc' },
        take: BATCH,
        select: auditRowSelect,
      });
      if (rows.length > 0) {
        const names = await findAuditNames(rows);
        controller.enqueue(encoder.encode(stringify(rows.map((row) => auditCsvRecord(describeAuditLine(row, names))), DUTCH_CSV)));
        cursor = rows.at(-1)!.id;
      }
      if (rows.length < BATCH) controller.close();
    },
  });
}

/** "auditlog-2026-12-02.csv", with the filter in it: "auditlog-actie-12-2026-12-02.csv". */
export function auditCsvFileName(filter: AuditFilter, now = new Date()): string {
  const parts = [...new URLSearchParams(auditFilterQuery(filter).slice(1))].flatMap(([key, value]) => [key, value.replace(/[^a-zA-Z0-9-]+/g, '-')]);
  return ['auditlog', ...parts, amsterdamIsoDate(now)].join('-') + '.csv';
}

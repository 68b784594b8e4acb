/**
 * `npm run import` as a user runs it: the npm script in a child process on the test database,
 * with the app's own Word bijlage of a published round. A dry run prints the preview and stores the
 * upload only; without it the round's entries are written; refusals exit 1 with the Dutch reason
 * and change nothing; wrong arguments exit 2 with the usage text.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation } from '../support/editing-factories';
import { generatePlan } from '../support/generate-plan';
import { snapshotTables, addedRows, type TableSnapshot } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { isoDateToDate } from '@/lib/dates';
import { toDocx } from '@/lib/exports/to-docx';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import type { BijlagePreviewJson } from '@/lib/import/bijlage/preview-to-json';

const SLUG = 'cli-import';
const CLI_TIMEOUT = 60_000;
const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let file: string;
let conceptRoundId: number;
let publishedKey: string;

type Result = { code: number | null; stdout: string; stderr: string };

function runImport(args: string[], env: Record<string, string> = { DATABASE_URL: databaseUrl }): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'import', '--', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The tables other than the upload's own record (its file and its audit line). */
function withoutUploads(snapshot: TableSnapshot): TableSnapshot {
  const { import_files: _files, audit_log: _audit, ...rest } = snapshot;
  return rest;
}

beforeAll(async () => {
  await truncateAll(databaseUrl);
  for (let i = 0; i < 3; i++) await createOrganisation(db);
  const { plan } = await generatePlan(db, SLUG, { lines: 2, actionsPerLine: 3, rounds: 1 });
  const published = await db.reportingRound.findFirstOrThrow({ where: { planId: plan.id }, select: { id: true, key: true } });
  publishedKey = published.key;
  // The generator titles an action and its update differently; a plan keeps them the same.
  await db.$executeRaw`UPDATE actions a SET title = u.title FROM action_entries e JOIN action_updates u ON u.id = e.current_update_id
    WHERE e.action_id = a.id AND e.round_id = ${published.id}`;
  const concept = await db.reportingRound.create({
    data: { planId: plan.id, key: 'concept', title: 'Concept', date: isoDateToDate('2019-06-01'), state: 'DRAFT' },
  });
  conceptRoundId = concept.id;
  dir = mkdtempSync(path.join(tmpdir(), 'voortgang-import-'));
  file = path.join(dir, 'bijlage.docx');
  writeFileSync(file, await toDocx((await findPlanOverview(SLUG))!));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('explains itself on --help (exit 0) and on wrong arguments (exit 2), in Dutch', { timeout: CLI_TIMEOUT }, async () => {
    const help = await runImport(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run import -- <bijlage.docx> --plan <plan> --round <ronde>');

    const before = await snapshotTables(db);
    const wrong = await runImport([file, '--plan', SLUG, '--round', 'concept', '--new-round', 'Nog een', '--date', '2020-01-01']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^Kies --round of --new-round, niet allebei\.\n\nGebruik:\n/);
    expect(wrong.stdout).toBe('');
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('prints the preview as JSON on a dry run, and stores only the upload', { timeout: CLI_TIMEOUT }, async () => {
    const before = await snapshotTables(db);
    const result = await runImport([file, '--plan', SLUG, '--round', 'concept', '--dry-run']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as BijlagePreviewJson & { dryRun: boolean; applied: unknown };
    expect(json).toMatchObject({ format: 'voortgang-bijlage-preview', version: 1, dryRun: true, applied: null });
    expect(json.plan.slug).toBe(SLUG);
    expect(json.target).toMatchObject({ kind: 'bestaand', key: 'concept', state: 'DRAFT' });
    expect(json.import).toMatchObject({ fileName: 'bijlage.docx', uploadedBy: null, state: 'UPLOADED' });
    expect(json.rows).toHaveLength(6);
    expect(json.rows.every((row) => row.match.kind === 'exact' && row.chosen === (row.match as { actionId: number }).actionId)).toBe(true);
    expect(json.counts).toMatchObject({ rows: 6, create: 0, newLines: 0, problems: 0 });
    expect(json.newActions).toEqual([]);

    const after = await snapshotTables(db);
    expect(withoutUploads(after)).toEqual(withoutUploads(before));
    expect(addedRows(before, after, 'import_files')).toMatchObject([
      { id: json.import.id, kind: 'BIJLAGE', file_name: 'bijlage.docx', sha256: json.import.sha256, uploaded_by_id: null, state: 'UPLOADED', round_id: conceptRoundId },
    ]);
    expect(addedRows(before, after, 'audit_log')).toMatchObject([{ permission: 'import.uploadBijlage', entity_id: String(json.import.id), actor_id: null }]);
  });

  it('imports without --dry-run: the round reports every action of the document', { timeout: CLI_TIMEOUT }, async () => {
    const result = await runImport([file, '--plan', SLUG, '--round', 'concept']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as BijlagePreviewJson & { dryRun: boolean; applied: unknown };
    expect(json.dryRun).toBe(false);
    expect(json.applied).not.toBeNull();

    const entries = await db.actionEntry.findMany({
      where: { roundId: conceptRoundId },
      select: { action: { select: { title: true } }, currentUpdate: { select: { title: true, status: true, result: true, planning: true } } },
      orderBy: { position: 'asc' },
    });
    const published = await db.actionEntry.findMany({
      where: { round: { key: publishedKey, plan: { slug: SLUG } } },
      select: { currentUpdate: { select: { title: true, status: true, result: true, planning: true } } },
      orderBy: { position: 'asc' },
    });
    expect(entries.map((entry) => entry.currentUpdate)).toEqual(published.map((entry) => entry.currentUpdate));
    expect(json.rows.map((row) => row.title)).toEqual(entries.map((entry) => entry.action.title));
    const stored = await db.importFile.findUniqueOrThrow({ where: { id: json.import.id }, select: { state: true, uploadedById: true } });
    expect(stored).toEqual({ state: 'APPLIED', uploadedById: null });
  });

  it.each([
    ['an unknown plan', () => ['--plan', 'bestaat-niet', '--round', 'concept'], 'Niet ingelezen: Er is geen plan met de sleutel ‘bestaat-niet’.\n'],
    ['an unknown round', () => ['--plan', SLUG, '--round', 'bestaat-niet'], `Niet ingelezen: Het plan ‘${SLUG}’ heeft geen ronde met de sleutel ‘bestaat-niet’.\n`],
    ['a published round', () => ['--plan', SLUG, '--round', publishedKey], 'Niet ingelezen: De rapportageronde is gepubliceerd en kan niet meer veranderen.\n'],
  ])('refuses %s: exit 1, the Dutch reason, nothing changed', { timeout: CLI_TIMEOUT }, async (_label, args, message) => {
    const before = await snapshotTables(db);
    const result = await runImport([file, ...args()]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: message });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses a missing file and a missing DATABASE_URL with exit 1', { timeout: CLI_TIMEOUT }, async () => {
    const missing = path.join(dir, 'weg.docx');
    expect(await runImport([missing, '--plan', SLUG, '--round', 'concept'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `Niet ingelezen: Het bestand ‘${missing}’ bestaat niet.\n`,
    });
    const noDatabase = await runImport([file, '--plan', SLUG, '--round', 'concept'], {});
    expect(noDatabase.code).toBe(1);
    expect(noDatabase.stderr).toMatch(/^Niet ingelezen: DATABASE_URL ontbreekt\./);
  });
});

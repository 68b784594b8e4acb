/**
 * Every upload is kept as it arrived: storeImportFile writes the bytes, their SHA-256, the uploader
 * and the moment with an audit line, and the trigger import_files_keep_upload refuses any change to
 * them and any removal. Only the state moves, once, from UPLOADED; a deleted concept round leaves
 * the upload without a round.
 */
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { createPlan, createRound } from '../support/factories';
import { truncateAll } from '../support/test-database';
import { storeImportFile } from '@/lib/import/store-import-file';

const BYTES = Buffer.from('PK\u0003\u0004 een bijlage');

async function stored() {
  const { plan } = await createPlan(db);
  const round = await createRound(db, plan.id, { state: 'DRAFT' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
  const upload = await storeImportFile({
    user: ministry, kind: 'BIJLAGE', fileName: 'bijlage.docx', format: 'docx', bytes: BYTES, planId: plan.id, roundId: round.id,
  });
  return { plan, round, ministry, upload };
}

async function refusal(sql: string, id: number): Promise<string> {
  const error = await db.$executeRawUnsafe(sql, id).then(() => null, (e: unknown) => e);
  return error instanceof Error ? error.message : 'geen fout';
}

describe('import_files', () => {
  beforeEach(() => truncateAll(databaseUrl));

  it('keeps the bytes, their SHA-256, who and when, and writes the upload to the audit log', async () => {
    const { plan, round, ministry, upload } = await stored();
    const row = await db.importFile.findUniqueOrThrow({ where: { id: upload.id } });
    expect(Buffer.from(row.content).equals(BYTES)).toBe(true);
    expect(row.sha256).toBe(createHash('sha256').update(BYTES).digest('hex'));
    expect(row).toMatchObject({ state: 'UPLOADED', uploadedById: ministry.id, size: BYTES.length, planId: plan.id, roundId: round.id });
    const audit = await db.auditLogEntry.findMany({ where: { entityType: 'import' } });
    expect(audit).toMatchObject([
      { permission: 'import.uploadBijlage', entityId: String(upload.id), actorId: ministry.id, planId: plan.id, roundId: round.id },
    ]);
    expect(audit[0]!.after).toMatchObject({ fileName: 'bijlage.docx', sha256: row.sha256, size: BYTES.length });
  });

  it('refuses to change what arrived, or to remove it', async () => {
    const { upload } = await stored();
    const before = await db.importFile.findUniqueOrThrow({ where: { id: upload.id } });
    expect(await refusal(`UPDATE import_files SET content = 'x'::bytea WHERE id = $1`, upload.id)).toContain('keeps an upload as it arrived');
    expect(await refusal(`UPDATE import_files SET sha256 = 'f00' WHERE id = $1`, upload.id)).toContain('keeps an upload as it arrived');
    expect(await refusal(`UPDATE import_files SET uploaded_by_id = NULL WHERE id = $1`, upload.id)).toContain('keeps an upload as it arrived');
    expect(await refusal(`DELETE FROM import_files WHERE id = $1`, upload.id)).toContain('never removed');
    expect(await db.importFile.findUniqueOrThrow({ where: { id: upload.id } })).toEqual(before);
  });

  it('moves the state once, and keeps what an applied import did', async () => {
    const { ministry, upload } = await stored();
    await db.importFile.update({ where: { id: upload.id }, data: { state: 'APPLIED', appliedAt: new Date(), appliedById: ministry.id, outcome: { created: 1 } } });
    expect(await refusal(`UPDATE import_files SET state = 'DISCARDED' WHERE id = $1`, upload.id)).toContain('applied or discarded once');
    expect(await refusal(`UPDATE import_files SET outcome = '{"created":2}' WHERE id = $1`, upload.id)).toContain('kept as it was');
    expect(await db.importFile.findUniqueOrThrow({ where: { id: upload.id } })).toMatchObject({ state: 'APPLIED', outcome: { created: 1 } });
  });

  it('loses its round when that concept round is deleted, and keeps the upload', async () => {
    const { round, upload } = await stored();
    await db.reportingRound.delete({ where: { id: round.id } });
    expect(await db.importFile.findUniqueOrThrow({ where: { id: upload.id } })).toMatchObject({ roundId: null, state: 'UPLOADED' });
  });
});

import { describe, expect, it } from 'vitest';
import { latestAnswer, latestMinistryEdit, savedByMinistry, type EntryComment } from '@/lib/review/entry-thread';

const comment = (id: number, kind: EntryComment['kind']): EntryComment => ({
  id,
  kind,
  body: `${kind} ${id}`,
  version: 1,
  authorName: kind === 'RETURN' ? 'Mira Ministerie' : 'Petra Partner',
  authorSide: kind === 'RETURN' ? 'ministerie' : 'JN',
  createdAt: '2026-12-02T10:00:00.000Z',
});

const ministry = { name: 'Mira Ministerie', role: 'MINISTRY_EDITOR' as const };
const partner = { name: 'Petra Partner', role: 'PARTNER_EDITOR' as const };

describe('the thread and the ministry’s edits, as the cards show them', () => {
  it('shows the partner’s latest answer to the latest return only', () => {
    expect(latestAnswer([])).toBeNull();
    expect(latestAnswer([comment(1, 'RETURN')])).toBeNull();
    expect(latestAnswer([comment(1, 'RETURN'), comment(2, 'ANSWER'), comment(3, 'ANSWER')])?.id).toBe(3);
    expect(latestAnswer([comment(1, 'RETURN'), comment(2, 'ANSWER'), comment(3, 'RETURN')])).toBeNull();
  });

  it('counts versions the ministry saved, never the copy of version 1 made when the round opened', () => {
    expect(savedByMinistry({ version: 1, createdBy: ministry })).toBe(false);
    expect(savedByMinistry({ version: 2, createdBy: ministry })).toBe(true);
    expect(savedByMinistry({ version: 2, createdBy: partner })).toBe(false);
    expect(savedByMinistry({ version: 2, createdBy: null })).toBe(false);
    const versions = [4, 3, 2, 1].map((version) => ({ version, createdBy: version === 2 || version === 1 ? ministry : partner }));
    expect(latestMinistryEdit(versions)).toEqual({ version: 2, by: 'Mira Ministerie' });
    expect(latestMinistryEdit(versions.filter((v) => v.version !== 2))).toBeNull();
  });
});

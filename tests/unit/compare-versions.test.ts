import { describe, expect, it } from 'vitest';
import { compareVersions } from '@/lib/updates/compare-versions';

const versions = [3, 2, 1].map((version) => ({
  version,
  status: version === 3 ? ('DELAYED' as const) : ('IN_PROGRESS' as const),
  result: `Stand ${version}`,
  planning: version === 1 ? 'eind 2026' : 'voorjaar 2027',
}));

/** Which two versions the entry page compares, and what it says when the address asks for others. */
describe('compareVersions', () => {
  it('compares the previous version with the current one by default', () => {
    expect(compareVersions(versions, {})).toMatchObject({ from: 2, to: 3, status: { from: 'IN_PROGRESS', to: 'DELAYED' }, notice: null });
  });

  it('compares the versions asked for, in either direction, word by word', () => {
    const compared = compareVersions(versions, { from: 3, to: 1 })!;
    expect(compared).toMatchObject({ from: 3, to: 1, status: { from: 'DELAYED', to: 'IN_PROGRESS' } });
    expect(compared.result).toEqual([
      { text: 'Stand ', kind: 'same' },
      { text: '3', kind: 'removed' },
      { text: '1', kind: 'added' },
    ]);
    expect(compareVersions(versions, { from: 1 })).toMatchObject({ from: 1, to: 3 });
    expect(compareVersions(versions, { to: 2 })).toMatchObject({ from: 3, to: 2 });
    expect(compareVersions(versions, { from: 1, to: 2 })!.status).toBeNull();
  });

  it('falls back to the last two with a Dutch notice for a missing, the same or an unreadable version', () => {
    expect(compareVersions(versions, { from: 7, to: 1 })).toMatchObject({ from: 2, to: 3, notice: 'Versie 7 bestaat niet; nu worden de laatste twee vergeleken.' });
    expect(compareVersions(versions, { from: 2, to: 2 })!.notice).toBe('Kies twee verschillende versies; nu worden de laatste twee vergeleken.');
    expect(compareVersions(versions, { invalid: true })!.notice).toBe('Kies de versies uit de lijst; nu worden de laatste twee vergeleken.');
    expect(compareVersions(versions, { from: 3 })!.notice).toBe('Kies twee verschillende versies; nu worden de laatste twee vergeleken.');
  });

  it('has nothing to compare with a single version', () => {
    expect(compareVersions(versions.slice(2), {})).toBeNull();
  });
});

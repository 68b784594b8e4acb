import { describe, expect, it } from 'vitest';
import { kamerstukReferences } from '@/lib/import/bijlage/kamerstuk-references';
import {
  formatDossier,
  parliamentReferenceSchema,
  parseReferenceIdentifier,
  referenceIdentifier,
  referenceLabel,
  referenceUrl,
} from '@/lib/parliament/parliament-reference';

describe('Parliament references: identifiers, labels and links', () => {
  it.each([
    ['kst-31839-580', 'Kamerstuk 31 839, nr. 580', 'https://zoek.officielebekendmakingen.nl/kst-31839-580.html'],
    ['kst-34000-VII-8', 'Kamerstuk 34 000 VII, nr. 8', 'https://zoek.officielebekendmakingen.nl/kst-34000-VII-8.html'],
    ['kst-21501-32-1740', 'Kamerstuk 21 501-32, nr. 1740', 'https://zoek.officielebekendmakingen.nl/kst-21501-32-1740.html'],
    ['kst-33328-AI', 'Kamerstuk 33 328, AI', 'https://zoek.officielebekendmakingen.nl/kst-33328-AI.html'],
    ['blg-123456', 'Bijlage 123456', 'https://zoek.officielebekendmakingen.nl/blg-123456.pdf'],
    ['ah-tk-20202021-3235', 'Aanhangsel Handelingen 2020-2021, nr. 3235', 'https://zoek.officielebekendmakingen.nl/ah-tk-20202021-3235.html'],
  ])('%s reads as “%s” and links to the publications site', (identifier, label, url) => {
    const reference = parseReferenceIdentifier(identifier)!;
    expect(reference).not.toBeNull();
    expect(referenceIdentifier(reference)).toBe(identifier);
    expect(referenceLabel(reference)).toBe(label);
    expect(referenceUrl(reference)).toBe(url);
  });

  it('a toezegging keeps its number and has no link; a motie is a Kamerstuk with its own label', () => {
    const toezegging = parseReferenceIdentifier('TZ202412-116')!;
    expect(referenceLabel(toezegging)).toBe('Toezegging TZ202412-116');
    expect(referenceUrl(toezegging)).toBeNull();
    const motie = parseReferenceIdentifier('kst-34550-XVI-89', 'motie')!;
    expect(referenceLabel(motie)).toBe('Motie 34 550 XVI, nr. 89');
    expect(referenceUrl(motie)).toBe('https://zoek.officielebekendmakingen.nl/kst-34550-XVI-89.html');
  });

  it.each(['kst-31839', 'kst-31-580', 'kst-31839-580.html', 'TZ2024-1', 'ah-tk-20202022-1', 'blg-12', 'https://example.org/kst-31839-580', 'kst-31839-\t580'])(
    'refuses %j',
    (identifier) => expect(parseReferenceIdentifier(identifier)).toBeNull(),
  );

  it('a kind that does not fit the identifier is refused', () => {
    expect(parseReferenceIdentifier('TZ202412-116', 'kamerstuk')).toBeNull();
    expect(parseReferenceIdentifier('kst-31839-580', 'toezegging')).toBeNull();
  });

  it('the form accepts a Kamerstuk as people write it, and names the format when it is not one', () => {
    expect(parliamentReferenceSchema.parse({ kind: 'kamerstuk', identifier: '31 839, nr. 580' })).toEqual({ kind: 'kamerstuk', dossier: '31839', addition: null, number: '580' });
    expect(parliamentReferenceSchema.parse({ kind: 'motie', identifier: '34 550 XVI, nr. 84' })).toEqual({ kind: 'motie', dossier: '34550', addition: 'XVI', number: '84' });
    expect(parliamentReferenceSchema.parse({ kind: 'kamerstuk', identifier: '21 501-32, nr. 1740' })).toMatchObject({ addition: '32', number: '1740' });
    expect(parliamentReferenceSchema.parse({ kind: 'toezegging', identifier: 'tz202412-116' })).toEqual({ kind: 'toezegging', tzNumber: 'TZ202412-116' });
    const refused = parliamentReferenceSchema.safeParse({ kind: 'kamerstuk', identifier: 'nr. 580' });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues[0]!.message).toBe('Geen Kamerstuk: gebruik dossier en nummer, zoals ‘31 839, nr. 580’ of ‘kst-31839-580’.');
    expect(parliamentReferenceSchema.safeParse({ kind: 'brief', identifier: 'kst-31839-580' }).success).toBe(false);
  });

  it('every key the bijlage reader finds in a footnote reads back as a Kamerstuk', () => {
    const keys = kamerstukReferences('Kamerstukken II 2016-2017, 31 839, nr. 580 en 34 000 VII, nr. 8');
    expect(keys).toEqual(['kst-31839-580', 'kst-34000-VII-8']);
    expect(keys.map((key) => referenceLabel(parseReferenceIdentifier(key)!))).toEqual(['Kamerstuk 31 839, nr. 580', 'Kamerstuk 34 000 VII, nr. 8']);
  });

  it('groups a dossier in threes from the right', () => {
    expect(formatDossier('31839')).toBe('31 839');
    expect(formatDossier('1000')).toBe('1 000');
    expect(formatDossier('123456')).toBe('123 456');
  });
});

import { describe, expect, it } from 'vitest';
import { kamerstukReferences } from '@/lib/import/bijlage/kamerstuk-references';

describe('kamerstukReferences', () => {
  it('reads the seed footnote: Kamerstukken II 2016-2017, 31 839, nr. 580', () => {
    expect(kamerstukReferences('Kamerstukken II 2016-2017, 31 839, nr. 580')).toEqual(['kst-31839-580']);
  });

  it('takes session years with a slash and dossiers written without the space', () => {
    expect(kamerstukReferences('Kamerstukken II 2016/17, 31839, nr. 580.')).toEqual(['kst-31839-580']);
  });

  it('keeps a roman or letter addition to the dossier: 34 000 VII, nr. 8 and 34 550 XVI, nr. 9', () => {
    expect(kamerstukReferences('Kamerstukken II 2017/18, 34 000 VII, nr. 8')).toEqual(['kst-34000-VII-8']);
    expect(kamerstukReferences('Kamerstukken II 2018/19, 34 550 XVI, nr. 9')).toEqual(['kst-34550-XVI-9']);
  });

  it('keeps a numbered addition: 21 501-32, nr. 1740', () => {
    expect(kamerstukReferences('Kamerstukken II 2023/24, 21 501-32, nr. 1740')).toEqual(['kst-21501-32-1740']);
  });

  it('takes a letter instead of a document number: 33 328, AI', () => {
    expect(kamerstukReferences('Kamerstukken I 2014/15, 33 328, AI')).toEqual(['kst-33328-AI']);
  });

  it('finds several citations after one "Kamerstukken", and each once', () => {
    const text = 'Zie Kamerstukken II 2019/20, 31 839, nr. 690, en Kamerstukken II 2018/19, 34 550 XVI, nr. 9; eerder al 31 839, nr. 690.';
    expect(kamerstukReferences(text)).toEqual(['kst-31839-690', 'kst-34550-XVI-9']);
  });

  it('reads non-breaking spaces in the dossier number as Word writes them', () => {
    expect(kamerstukReferences('Kamerstukken II 2016-2017, 31\u00A0839, nr.\u00A0580')).toEqual(['kst-31839-580']);
  });

  it('finds nothing in a footnote without Kamerstukken, even with numbers that look like one', () => {
    expect(kamerstukReferences('Zie: https://www.nji.nl/nl/Producten-en-diensten/Publicaties')).toEqual([]);
    expect(kamerstukReferences('Het Rijk voegt 13 700, nr. 5 toe aan het gemeentefonds.')).toEqual([]);
  });
});

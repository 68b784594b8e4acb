import { describe, expect, it } from 'vitest';
import { checkBijlageFile, displayFileName, DOCX_CONTENT_TYPE, FILE_MESSAGES } from '@/lib/import/bijlage/check-bijlage-file';
import { IMPORT_LIMITS } from '@/lib/import/import-limits';
import { choicesFromForm, decodeChoices, encodeChoices, uploadTargetSchema } from '@/lib/validation/import-bijlage';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

describe('the choices of a bijlage preview', () => {
  it('go into the address compactly, only where they differ from the proposals', () => {
    expect(encodeChoices({ 3: 17, 12: 'new', 4: 'skip', 5: 8 }, { 3: 17, 12: 9, 4: 'new', 5: 8 })).toBe('4:overslaan,12:nieuw');
    expect(encodeChoices({ 1: 2 }, { 1: 2 })).toBe('');
  });

  it('come back from the address as they went in', () => {
    expect(decodeChoices('4:overslaan,12:nieuw,13:345')).toEqual({ 4: 'skip', 12: 'new', 13: 345 });
    expect(decodeChoices(undefined)).toEqual({});
    expect(decodeChoices('')).toEqual({});
  });

  it('refuse an address that is not a list of choices', () => {
    for (const text of ['4', '4:', 'a:1', '4:0', '4:iets', '4:1,', '4:1;5:2', '4:<script>', `${10 ** 7}:1`, '4:99999999999']) {
      expect(decodeChoices(text), text).toBeNull();
    }
  });

  it('are read from the form fields keuze-<row>, "" meaning no choice yet', () => {
    const form = new FormData();
    form.set('importId', '5');
    form.set('keuze-0', '12');
    form.set('keuze-1', 'nieuw');
    form.set('keuze-2', 'overslaan');
    form.set('keuze-3', '');
    expect(choicesFromForm(form)).toEqual({ 0: 12, 1: 'new', 2: 'skip' });
    form.set('keuze-4', 'DROP TABLE');
    expect(choicesFromForm(form)).toBeNull();
  });
});

describe('the upload form', () => {
  it('takes the concept round, or a new round with a title and a date', () => {
    expect(uploadTargetSchema.parse({ doel: 'ronde', roundId: '7' })).toEqual({ doel: 'ronde', roundId: 7 });
    expect(uploadTargetSchema.parse({ doel: 'nieuw', title: ' Voortgang 2027 ', date: '2027-03-01' })).toEqual({
      doel: 'nieuw',
      title: 'Voortgang 2027',
      date: '2027-03-01',
    });
    expect(uploadTargetSchema.safeParse({ doel: 'nieuw', title: 'Voortgang', date: '2027-02-30' }).error?.issues[0]?.message).toBe('Vul een geldige datum in.');
    expect(uploadTargetSchema.safeParse({ doel: 'iets' }).error?.issues[0]?.message).toBe('Kies in welke ronde de bijlage komt.');
  });

  it('accepts a .docx by its name or its type, and only a zip file', () => {
    expect(checkBijlageFile({ name: 'Bijlage 2019.DOCX', type: '', bytes: ZIP })).toEqual({ ok: true, fileName: 'Bijlage 2019.DOCX' });
    expect(checkBijlageFile({ name: 'bijlage', type: DOCX_CONTENT_TYPE, bytes: ZIP })).toEqual({ ok: true, fileName: 'bijlage' });
    expect(checkBijlageFile({ name: 'bijlage.doc', type: 'application/msword', bytes: ZIP })).toEqual({ ok: false, status: 400, message: FILE_MESSAGES.notDocx });
    expect(checkBijlageFile({ name: 'nep.docx', type: DOCX_CONTENT_TYPE, bytes: Buffer.from('%PDF-1.7') })).toEqual({ ok: false, status: 400, message: FILE_MESSAGES.notDocx });
    expect(checkBijlageFile({ name: 'leeg.docx', type: DOCX_CONTENT_TYPE, bytes: Buffer.alloc(0) })).toEqual({ ok: false, status: 400, message: FILE_MESSAGES.missing });
    const large = Buffer.alloc(IMPORT_LIMITS.fileBytes + 1);
    ZIP.copy(large);
    expect(checkBijlageFile({ name: 'groot.docx', type: DOCX_CONTENT_TYPE, bytes: large })).toEqual({ ok: false, status: 413, message: FILE_MESSAGES.tooLarge });
  });

  it('shows a file name without folders or control characters', () => {
    expect(displayFileName('C:\\Users\\mira\\Bijlage\u0007 voorjaar.docx')).toBe('Bijlage voorjaar.docx');
    expect(displayFileName('../../etc/passwd')).toBe('passwd');
    expect(displayFileName('\u202Ecod.docx')).toBe('cod.docx');
    expect(displayFileName('..')).toBe('bijlage.docx');
    expect(displayFileName(`${'a'.repeat(300)}.docx`)).toHaveLength(196);
  });
});

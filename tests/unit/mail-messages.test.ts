import { describe, expect, it } from 'vitest';
import { addCalendarDays, amsterdamHour, amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import { readMailConfig } from '@/lib/mail/mail-config';
import { composeCoPartnerDigest } from '@/lib/mail/messages/co-partner-digest';
import { composeEntryReturned } from '@/lib/mail/messages/entry-returned';
import { formatMailDeadline } from '@/lib/mail/messages/mail-text';
import { composeReviewDigest } from '@/lib/mail/messages/review-digest';
import { composeRoundOpened } from '@/lib/mail/messages/round-opened';
import { composeRoundReminder } from '@/lib/mail/messages/round-reminder';

const base = { name: 'Pim', planTitle: 'Actieplan Pleegzorg', roundTitle: 'Najaar 2026' };

describe('mail messages', () => {
  it('says the deadline in Dutch time, with the time only when one was given', () => {
    expect(formatMailDeadline({ at: new Date('2026-12-04T16:00:00Z'), hasTime: true })).toBe('vrijdag 4 december 2026 om 17:00');
    expect(formatMailDeadline({ at: new Date('2026-12-04T22:59:00Z'), hasTime: false })).toBe('vrijdag 4 december 2026');
  });

  it('names the round, the deadline and the link when a round opens, or says there is no deadline', () => {
    const opened = composeRoundOpened({ ...base, deadline: { at: new Date('2026-12-04T22:59:00Z'), hasTime: false }, actionCount: 3, workspaceUrl: 'https://v.nl/werkruimte' });
    expect(opened.subject).toBe('Actieplan Pleegzorg: ronde Najaar 2026 is open voor invoer tot vrijdag 4 december 2026');
    expect(opened.text).toContain('verantwoordelijk voor 3 acties');
    expect(opened.text).toContain('https://v.nl/werkruimte');
    const open = composeRoundOpened({ ...base, deadline: null, actionCount: 1, workspaceUrl: 'https://v.nl/werkruimte' });
    expect(open.subject).toBe('Actieplan Pleegzorg: ronde Najaar 2026 is open voor invoer');
    expect(open.text).toContain('geen uiterste datum');
  });

  it('lists the actions not ready in a reminder, with how to turn reminders off', () => {
    const reminder = composeRoundReminder({
      ...base,
      deadline: null,
      when: 'deadline-day',
      actions: [{ title: 'Actie 1', url: 'https://v.nl/werkruimte#actie-1' }, { title: 'Actie 2', url: 'https://v.nl/werkruimte#actie-2' }],
      accountUrl: 'https://v.nl/account',
    });
    expect(reminder.subject).toBe('Actieplan Pleegzorg: vandaag is de laatste dag voor ronde Najaar 2026');
    expect(reminder.text).toContain('Deze 2 acties staan nog niet klaar voor controle:\n\n- Actie 1\n  https://v.nl/werkruimte#actie-1\n- Actie 2');
    expect(reminder.text).toContain('Zet ze uit bij uw account: https://v.nl/account');
  });

  it('quotes the comment of a returned entry line by line', () => {
    const returned = composeEntryReturned({ ...base, actionTitle: 'Actie 1', comment: 'Eén\nTwee', reviewer: 'Mia', entryUrl: 'https://v.nl/werkruimte#actie-1' });
    expect(returned.text).toContain('> Eén\n> Twee');
  });

  it('counts the entries of a digest over its rounds', () => {
    const entry = { actionTitle: 'A', organisations: 'JN', url: 'https://v.nl/beheer/rondes/1/acties/2' };
    const digest = composeReviewDigest({ name: 'Mia', dateText: '2 december 2026', rounds: [{ ...base, reviewUrl: 'https://v.nl/beheer/rondes/1', entries: [entry, entry] }] });
    expect(digest.subject).toBe('Voortgang: 2 acties klaar voor controle (2 december 2026)');
  });

  it('lists the entries a co-partner changed, with who changed them and the link, and asks to mark them ready again', () => {
    const entry = { actionTitle: 'Werving', planTitle: 'Actieplan Pleegzorg', roundTitle: 'Najaar 2026', changedBy: 'Niels NVP (NVP)', url: 'https://v.nl/werkruimte#actie-2' };
    const one = composeCoPartnerDigest({ name: 'Petra', dateText: '3 december 2026', entries: [entry] });
    expect(one.subject).toBe('Voortgang: 1 actie gewijzigd door een mede-verantwoordelijke organisatie (3 december 2026)');
    expect(one.text).toContain('- Werving (Actieplan Pleegzorg, ronde Najaar 2026), gewijzigd door Niels NVP (NVP)\n  https://v.nl/werkruimte#actie-2');
    expect(one.text).toContain('zet de actie opnieuw klaar voor controle');
    expect(composeCoPartnerDigest({ name: 'Petra', dateText: '3 december 2026', entries: [entry, entry] }).subject).toMatch(/^Voortgang: 2 acties gewijzigd/);
  });

  it('finds the Dutch day and hour across the change to winter time', () => {
    const dayAndHour = (instant: Date) => ({ day: amsterdamIsoDate(instant), hour: amsterdamHour(instant) });
    expect(dayAndHour(new Date('2026-10-24T22:30:00Z'))).toEqual({ day: '2026-10-25', hour: 0 });
    expect(dayAndHour(new Date('2026-12-01T23:30:00Z'))).toEqual({ day: '2026-12-02', hour: 0 });
    expect(addCalendarDays('2026-12-04', -5)).toBe('2026-11-29');
  });

  it('refuses a wrong SMTP_URL or MAIL_FROM, naming the variable', () => {
    expect(() => readMailConfig({ SMTP_URL: 'http://mail.example.nl' })).toThrow('SMTP_URL moet beginnen met smtp:// of smtps:// (nu http://).');
    expect(() => readMailConfig({ SMTP_URL: 'smtp//x' })).toThrow(/^SMTP_URL is geen geldig adres/);
    expect(() => readMailConfig({ MAIL_FROM: 'Voortgang' })).toThrow(/^MAIL_FROM is geen geldig afzenderadres/);
    expect(readMailConfig({ NEXTAUTH_URL: 'https://voortgang.example.nl' })).toEqual({
      smtpUrl: null,
      from: 'Voortgang <noreply@voortgang.example.nl>',
      messageIdHost: 'voortgang.example.nl',
    });
  });
});

import { z } from '@/lib/validation/dutch-zod';

/** Path and query parameters of the public pages and the open-data API. */
export const planSlugSchema = z
  .string({ error: 'Geef een plan-slug op.' })
  .min(1, 'Geef een plan-slug op.')
  .max(100, 'Een plan-slug heeft hoogstens 100 tekens.')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Een plan-slug bestaat uit kleine letters, cijfers en streepjes.');

export const actionIdSchema = z.coerce
  .number({ error: 'Een actie-id is een getal.' })
  .int('Een actie-id is een geheel getal.')
  .positive('Een actie-id is positief.')
  .max(2_147_483_647, 'Onbekende actie.');

export const roundKeySchema = z
  .string({ error: 'Onbekende rapportageronde.' })
  .max(100, 'Onbekende rapportageronde.')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Onbekende rapportageronde.');

export const lineCodeSchema = z.string({ error: 'Onbekende actielijn.' }).regex(/^[A-Za-z0-9]{1,10}$/, 'Onbekende actielijn.');

export const organisationAbbreviationSchema = z
  .string({ error: 'Onbekende organisatie.' })
  .min(1, 'Onbekende organisatie.')
  .max(30, 'Onbekende organisatie.')
  .regex(/^[\p{L}\p{N}.&-]+$/u, 'Onbekende organisatie.');

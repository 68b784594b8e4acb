import { z } from 'zod';

/** Path and query parameters of the public pages and the open-data API. */
export const planSlugSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Een plan-slug bestaat uit kleine letters, cijfers en streepjes.');

export const actionIdSchema = z.coerce
  .number({ error: 'Een actie-id is een getal.' })
  .int('Een actie-id is een geheel getal.')
  .positive('Een actie-id is positief.')
  .max(2_147_483_647, 'Onbekende actie.');

export const roundKeySchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Onbekende rapportageronde.');

export const lineCodeSchema = z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'Onbekende actielijn.');

export const organisationAbbreviationSchema = z.string().min(1).max(30).regex(/^[\p{L}\p{N}.&-]+$/u, 'Onbekende organisatie.');

import { z } from '@/lib/validation/dutch-zod';
import { ACTION_STATUSES } from '@/lib/actions/status';
import { idField, textField, versionField } from '@/lib/validation/fields';

export const UPDATE_LIMITS = { result: 4000, planning: 300 } as const;

/** An update of an action in a round: the partner's form and the ministry's edit form. */
export const actionUpdateSchema = z.object({
  status: z.enum(ACTION_STATUSES, { error: 'Kies een status uit de lijst.' }),
  result: textField({ label: 'het resultaat of de stand van zaken', min: 1, max: UPDATE_LIMITS.result }),
  planning: textField({ label: 'de planning (bijv. ‘eind 2026’ of ‘Doorlopend’)', min: 1, max: UPDATE_LIMITS.planning }),
});

/** What the form posts: the update, the entry, the version it started from and the button pressed. */
export const saveUpdateFormSchema = actionUpdateSchema.extend({
  entryId: idField,
  baseVersion: versionField,
  intent: z.enum(['save', 'ready'], { error: 'Onbekende knop.' }).default('save'),
});

/** Restoring an earlier version as a new one: which version, and the version shown as current. */
export const restoreVersionSchema = z.object({ entryId: idField, version: versionField, baseVersion: versionField });

/** The two versions the entry page compares (`?van=2&naar=5`); both optional. */
export const compareVersionsSchema = z.object({ van: versionField.optional(), naar: versionField.optional() });

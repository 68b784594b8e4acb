/**
 * A form's fields as a plain object for the zod schemas: a name used once gives its string, a name
 * used several times (checkboxes) a list. Files are ignored.
 */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string' || name.startsWith('$ACTION')) continue;
    const existing = values[name];
    if (existing === undefined) values[name] = value;
    else values[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** The values a refused form gets back to show again: text fields only, never a password. */
export function echoValues(values: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !/password|wachtwoord/i.test(entry[0]),
    ),
  );
}

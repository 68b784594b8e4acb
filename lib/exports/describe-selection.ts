const LABELS: Record<string, (value: string) => string> = {
  organisatie: (value) => `organisatie ${value}`,
  status: (value) => `status ${value.replaceAll('-', ' ')}`,
  lijn: (value) => `actielijn ${value}`,
  overtijd: () => 'alleen over tijd',
  gewijzigd: () => 'alleen gewijzigd sinds de vorige rapportage',
  verschoven: () => 'alleen met een verschoven termijn',
  q: (value) => `zoekterm ‘${value}’`,
};

/** "status loopt, organisatie JN": the filters of a selection (as a query string) in words. */
export function describeSelection(selection: string): string {
  return [...new URLSearchParams(selection)]
    .map(([key, value]) => LABELS[key]?.(value))
    .filter((part) => part !== undefined)
    .join(', ');
}

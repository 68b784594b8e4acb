import { describe, expect, it } from 'vitest';
import { isFormHandlerArguments } from '@/lib/server/check-server-action-body';

/** What React's encodeReply sends for `handler(previousState, formData)`, and what it never sends. */
describe('isFormHandlerArguments', () => {
  it.each([
    [[{}, '$K1'], true],
    [[null, '$K1'], true],
    [[{ status: 'ok', message: 'Opgeslagen.', errors: {} }, '$Ka'], true],
    [['$K1'], false],
    [[{}, '$K1', 'meer'], false],
    [[1, 2], false],
    [[null, { a: 1 }], false],
    [[[], '$K1'], false],
    [['$@1', '$K1'], false],
    [[{}, '$T1'], false],
    [[{}, '$K'], false],
    [[{}, '$KG'], false],
    ['x', false],
    [null, false],
    [{ 0: {}, 1: '$K1' }, false],
  ])('%j → %s', (value, expected) => {
    expect(isFormHandlerArguments(value)).toBe(expected);
  });
});

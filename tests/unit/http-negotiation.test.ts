import { describe, expect, it } from 'vitest';
import { negotiateEncoding, type Encoding } from '@/lib/server/accept-encoding';
import { matchesIfNoneMatch } from '@/lib/server/if-none-match';

/** RFC 9110 §12.5.3 (Accept-Encoding) and §13.1.2 (If-None-Match), as the page cache answers them. */
describe('Accept-Encoding: which copy of a cached page is sent', () => {
  const table: [string | undefined, Encoding][] = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['deflate', 'identity'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['br;q=0.001', 'br'],
    ['gzip;q=1.0, br;q=0.9, identity;q=0.5', 'gzip'],
    ['gzip;q=0.4, identity;q=0.5', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, gzip', 'gzip'],
    ['br;q=0, *', 'gzip'],
    ['*;q=0', 'identity'], // everything refused: sent uncompressed rather than a 406
    ['*;q=0, identity', 'identity'],
    ['identity;q=0', 'identity'],
    ['gzip, identity;q=0', 'gzip'],
    ['br;q=2, gzip', 'gzip'], // an invalid q-value: that entry is ignored
    ['br;q=abc', 'identity'],
    ['br;q=0.1234, gzip;q=0.1', 'gzip'], // more than three decimals is invalid
    [' br ; q=0 , gzip ; q=0.3 ', 'gzip'],
    ['gzip;q=0, gzip;q=0.5', 'gzip'],
  ];
  it.each(table)('%j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('If-None-Match against a page with ETag "abc"', () => {
  const table: [string | undefined, boolean][] = [
    [undefined, false],
    ['"abc"', true],
    ['"xyz"', false],
    ['"xyz", "abc"', true],
    ['"xyz","abc"', true],
    ['W/"abc"', true],
    ['"xyz", W/"abc"', true],
    ['*', true],
    [' * ', true],
    ['abc', false], // not a quoted entity tag
    ['"ab"', false],
    ['"abc,def"', false],
  ];
  it.each(table)('%j → %s', (header, expected) => {
    expect(matchesIfNoneMatch(header, '"abc"')).toBe(expected);
  });
});

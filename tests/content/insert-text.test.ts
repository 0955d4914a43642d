/** The disclaimer as its own line (a post) or its own sentence (a comment or message), following what the box ends with. */
import { describe, expect, it } from 'vitest';
import { disclaimerSeparator } from '../../entrypoints/content/insert-text';

describe('what goes before the disclaimer', () => {
  it.each([
    ["Proud of everyone at St Stephen's today", '. '],
    ["Proud of everyone at St Stephen's today.", ' '],
    ['What a day!', ' '],
    ['Who came?', ' '],
    ['She said “well done.”', ' '],
    ['(Back on Monday.)', ' '],
    ['Sports day 🎉', ' '],
    ['Sports day #SSCA', '. '],
    ['trailing space after words ', '. '],
    ['', ''],
    ['   ', ''],
  ])('in a comment after %j: %j', (before, expected) => {
    expect(disclaimerSeparator(before, false)).toBe(expected);
  });

  it.each([
    ["Proud of everyone at St Stephen's today", '\n'],
    ['Lovely day.', '\n'],
    ['First line\n', ''],
    ['', ''],
  ])('in a post after %j: %j', (before, expected) => {
    expect(disclaimerSeparator(before, true)).toBe(expected);
  });
});

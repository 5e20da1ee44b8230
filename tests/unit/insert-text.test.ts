import { describe, expect, it } from 'vitest';
import { insertAt } from '@/components/composer/insert-text';
import { parseHashtags } from '@/components/voice-settings-form';

describe('inserting a snippet at the caret', () => {
  it.each([
    ['', 0, '#tag', '#tag', 4],
    ['Proud of this', 13, '#tag', 'Proud of this #tag', 18],
    ['Proud of this ', 14, '#tag', 'Proud of this #tag', 18],
    ['Proud this', 6, 'of', 'Proud of this', 9],
    [
      'Proud of this',
      13,
      '— Ana, mobile team at Acme, writing from Kraków',
      'Proud of this\n\n— Ana, mobile team at Acme, writing from Kraków',
      62,
    ],
  ])('%j at %i + %j → %j', (text, at, snippet, expected, caret) => {
    expect(insertAt(text, at, snippet)).toEqual({ text: expected, caret });
  });
});

describe('favourite hashtags', () => {
  it('reads hashtags typed with or without #, separated by spaces or commas, once each', () => {
    expect(parseHashtags('#engineering  womenintech, #engineering ##rust')).toEqual([
      '#engineering',
      '#womenintech',
      '#rust',
    ]);
  });
});

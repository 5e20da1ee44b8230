// @vitest-environment node
/**
 * Long adversarial texts (issue 23) through every text function and every reader. Each must
 * finish and answer sensibly. How long they take is measured by `npm run bench`
 * (hostile_slowest_ms, tests/bench/hostile.ts), not here: before the tokenizer was linear, the
 * own-words cases alone ran for minutes and this file timed out.
 */
import { describe, expect, it } from 'vitest';
import { createOwnWordsMeter } from '@/shared/compose/own-words';
import { parseCsv } from '@/shared/feed/csv-parse';
import { csvToItems } from '@/shared/feed/csv-items';
import { LONG_CSV_DOCS } from '../../fixtures/hostile/long-docs';
import { ADVERSARIAL, adversarialText } from '../../fixtures/hostile/long-texts';
import { longTextCases } from '../../fixtures/hostile/text-cases';

describe('long adversarial texts', () => {
  it.each(longTextCases().map((c) => [c.name, c] as const))('%s', (_name, textCase) => {
    expect(Number.isFinite(textCase.run())).toBe(true);
  });

  it('a long run of e-mail characters without an @ is words, one per letter', () => {
    const dots = adversarialText(ADVERSARIAL[0]!, 100_000);
    expect(createOwnWordsMeter([])(dots).totalWords).toBe(50_000);
  });
});

// The JSON, RSS and Atom documents are in the hostile corpus (corpus.test.ts, hostile-feeds.e2e.ts).
describe('long adversarial spreadsheets', () => {
  it.each(LONG_CSV_DOCS.map((d) => [d.name, d] as const))('%s', (_name, doc) => {
    const csv = parseCsv(doc.body());
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    const { items } = csvToItems(csv.records);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'long' });
  });
});

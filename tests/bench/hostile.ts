/**
 * `npx tsx tests/bench/hostile.ts`: the long adversarial corpus (issue 23), timed. Every reader
 * (JSON Feed, RSS, Atom, CSV) on each long document, and every text function on each long text
 * at its field's limit (tests/fixtures/hostile/text-cases.ts), median of RUNS runs each, in Node.
 * Progress and the ten slowest go to stderr; the last stdout line is one JSON object:
 * `{ "hostile_slowest_ms", "hostile_slowest", … }`: the slowest case of all (the target: 50 ms
 * on a machine whose floor page, static_page_ms in `npm run bench`, takes 72 ms; run.ts scales
 * it), and the slowest of each kind: a reader on a whole document (in the background), a text
 * function on a feed's field where the extension puts it (in the popup or the LinkedIn tab), and
 * a keystroke check on a post that is the whole content pasted (`hostile_paste_slowest_ms`).
 */
import { csvToItems } from '../../shared/feed/csv-items';
import { parseCsv } from '../../shared/feed/csv-parse';
import { parseFeedText } from '../../shared/feed/parse';
import { LONG_CSV_DOCS, LONG_DOCS } from '../fixtures/hostile/long-docs';
import { longTextCases, type TextCase } from '../fixtures/hostile/text-cases';
import { median } from './median';

const RUNS = Number(process.env.BENCH_HOSTILE_RUNS ?? 5);

function readerCases(): TextCase[] {
  const feeds = LONG_DOCS.map((doc) => {
    const body = doc.body();
    return {
      name: `reader: ${doc.name}`,
      kind: 'reader' as const,
      run: () => (parseFeedText(body).ok ? 1 : 0),
    };
  });
  const sheets = LONG_CSV_DOCS.map((doc) => {
    const body = doc.body();
    return {
      name: `reader: ${doc.name}`,
      kind: 'reader' as const,
      run: () => {
        const csv = parseCsv(body);
        return csv.ok ? csvToItems(csv.records).items.length : 0;
      },
    };
  });
  return [...feeds, ...sheets];
}

let sink = 0;
function time(textCase: TextCase): number {
  sink += textCase.run(); // one warm-up run: compiled code, as a second keystroke finds it
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    sink += textCase.run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const cases = [...readerCases(), ...longTextCases()];
type Timed = TextCase & { ms: number };
const timed: Timed[] = cases.map((c) => ({ ...c, ms: time(c) })).sort((a, b) => b.ms - a.ms);
const slowest = (kind?: Timed['kind']) => timed.find((c) => kind === undefined || c.kind === kind)!;
const figure = (c: Timed) => Number(c.ms.toFixed(2));
console.error(`${cases.length} cases, median of ${RUNS} each; sink ${sink}. Slowest:`);
for (const { name, ms } of timed.slice(0, 10)) console.error(`  ${ms.toFixed(2)} ms  ${name}`);
console.log(
  JSON.stringify({
    hostile_slowest_ms: figure(slowest()),
    hostile_slowest: slowest().name,
    hostile_reader_slowest_ms: figure(slowest('reader')),
    hostile_text_slowest_ms: figure(slowest('feed')),
    hostile_text_slowest: slowest('feed').name,
    hostile_paste_slowest_ms: figure(slowest('paste')),
    hostile_paste_slowest: slowest('paste').name,
    hostile_cases: cases.length,
  }),
);

/**
 * `npx tsx tests/bench/compose-checks.ts`: what one keystroke costs in the composer. Every
 * recompute runs the own-words meter, the guideline checker and postLength for all five networks
 * on a 3,000-character post with 5 suggestions, as the editor does on each input event.
 * The text is generated from a fixed seed, so runs compare. Prints one JSON line last:
 * `{ "own_words_3k_ms": <median ms per recompute> }`.
 */
import { createGuidelineChecker } from '../../shared/compose/guidelines';
import { postLength } from '../../shared/compose/network-limits';
import { createOwnWordsMeter } from '../../shared/compose/own-words';
import { NETWORKS } from '../../shared/feed/types';
import { median } from './median';

const WARMUP = 20;
const RUNS = 200;
const POST_LENGTH = 3000;

/** mulberry32: a tiny seeded generator, so the text is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'our team',
  'the new release',
  'offline mode',
  'the sync engine',
  'every customer',
  'the mobile app',
];
const VERBS = ['now handles', 'finally supports', 'quietly improves', 'was rebuilt around', 'makes room for'];
const OBJECTS = [
  'drafts written on the train',
  'comments that arrive while you are away',
  'large attachments on slow connections',
  'the way people actually work',
  'a faster start on older phones',
];
const TAILS = ['this quarter', 'after months of testing', 'without any setup', 'for teams of every size', ''];
const OWN = [
  'I remember the week we almost gave up on this',
  'honestly the hardest part was deciding what to leave out',
  'my favourite detail is how little you notice it',
  'if you have ever lost a draft in a tunnel you know why this matters',
  'thanks to everyone who filed a bug report along the way',
];

function sentence(next: () => number, parts: string[][]): string {
  const words = parts.map((list) => list[Math.floor(next() * list.length)]!).filter(Boolean);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, chars: number, parts: string[][]): string {
  const sentences: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = sentence(next, parts);
    sentences.push(s);
    length += s.length + 1;
  }
  return sentences.join(' ');
}

function fixture() {
  const next = random(20261120);
  const story = [SUBJECTS, VERBS, OBJECTS, TAILS];
  const suggestions = Array.from({ length: 5 }, () => paragraph(next, 600, story));
  const sources = [
    'We shipped offline mode',
    paragraph(next, 250, story),
    paragraph(next, 1500, story),
    ...suggestions,
  ];
  // Half copied from the suggestions, half the employee's own, with what real posts carry.
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < POST_LENGTH - 120; i++) {
    const line =
      i % 2 === 0
        ? suggestions[i % 5]!.slice(0, 150 + Math.floor(next() * 100))
        : `${sentence(next, [OWN])} ${sentence(next, [OWN])} 🎉`;
    lines.push(line);
    length += line.length + 1;
  }
  lines.push('More on the blog: https://acme.example/blog/2026/11/offline-mode?utm_source=linkedin');
  const post = `${lines.join('\n')}\n#offline #launch #AcmeEmployee`.slice(0, POST_LENGTH);
  return { sources, post };
}

const { sources, post } = fixture();
const meter = createOwnWordsMeter(sources);
const check = createGuidelineChecker({
  blockedTerms: [
    'confidential',
    'roadmap date',
    'tajemnica służbowa',
    'internal only',
    'acquisition',
    'layoffs',
  ],
  cautionTerms: ['guarantee', 'revenue', 'Q3 revenue', 'customers', 'competitor', 'pricing'],
  disclosure: { text: '#AcmeEmployee', required: true },
  minOwnWords: 0.3,
});

let sink = 0;
function recompute(text: string): void {
  const result = meter(text);
  const findings = check(text);
  let used = 0;
  for (const network of NETWORKS) used += postLength(text, network).used;
  sink += result.ownWords + findings.length + used;
}

// Each run types one more letter, as the editor sees it.
const letters = 'abcdefghijklmnopqrstuvwxyz';
for (let i = 0; i < WARMUP; i++) recompute(post + letters[i % 26]);
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const text = post + letters[i % 26];
  const start = performance.now();
  recompute(text);
  times.push(performance.now() - start);
}

const sample = meter(post);
console.error(
  `post ${post.length} chars, ${sample.totalWords} words, ${Math.round(sample.ratio * 100)}% own; ` +
    `${check(post).length} findings; sink ${sink}`,
);
console.log(JSON.stringify({ own_words_3k_ms: Number(median(times).toFixed(3)) }));

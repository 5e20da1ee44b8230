// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addDisclosure, createGuidelineChecker, type GuidelineFinding } from '@/shared/compose/guidelines';
import type { Guidelines } from '@/shared/feed/types';

const guidelines = (over: Partial<Guidelines> = {}): Guidelines => ({
  blockedTerms: [],
  cautionTerms: [],
  minOwnWords: 0,
  ...over,
});

/** The text each finding's ranges point at. */
function matched(text: string, findings: GuidelineFinding[]): string[][] {
  return findings.map((f) => f.ranges.map(({ start, end }) => text.slice(start, end)));
}

describe('createGuidelineChecker: blocked terms', () => {
  it.each<[string, string[], string, string[]]>([
    ['a whole word', ['confidential'], 'This is confidential.', ['confidential']],
    [
      'any case, next to punctuation',
      ['confidential'],
      'CONFIDENTIAL! Confidential, (confidential)',
      ['CONFIDENTIAL', 'Confidential', 'confidential'],
    ],
    ['not inside a longer word', ['confidential'], 'nonconfidentiality and confidentially', []],
    [
      'hyphen and apostrophe are boundaries',
      ['confidential'],
      "non-confidential confidential's",
      ['confidential', 'confidential'],
    ],
    [
      'Polish typed without diacritics',
      ['tajemnica służbowa'],
      'To Tajemnica sluzbowa.',
      ['Tajemnica sluzbowa'],
    ],
    ['Polish diacritics in the text, none in the term', ['zrodlo'], 'Nasze ŹRÓDŁO danych', ['ŹRÓDŁO']],
    ['Polish not inside a longer word', ['ceny'], 'Nowe cenyzacje, ceną i cenę; CENY', ['CENY']],
    [
      'a phrase across a line break and spaces',
      ['roadmap date'],
      'Our roadmap\n   date is set',
      ['roadmap\n   date'],
    ],
    ['a phrase does not match a part of a word', ['roadmap date'], 'roadmap dates', []],
    ['a term with digits', ['Q3 revenue'], 'Strong q3 REVENUE growth', ['q3 REVENUE']],
    ['a hashtag term', ['#secret'], 'Look #Secret #secretive', ['#Secret']],
    ['decomposed diacritics in the text', ['café'], 'Le cafe\u0301 et le café', ['cafe\u0301', 'café']],
    ['after emoji (UTF-16 offsets)', ['leak'], '👨‍👩‍👧🇵🇱 leak', ['leak']],
    ['German sharp s', ['straße'], 'Die STRASSE und die Strasse', ['STRASSE', 'Strasse']],
    ['Hebrew with and without points', ['שָׁלוֹם'], 'שלום לכולם', ['שלום']],
    // `\-` is a syntax error in a `u` pattern: such a term made the composer throw (issue 23).
    ['a hyphenated term', ['pre-launch'], 'Our PRE-LAUNCH plan, not prelaunch', ['PRE-LAUNCH']],
  ])('%s', (_name, blockedTerms, text, expected) => {
    const findings = createGuidelineChecker(guidelines({ blockedTerms }))(text);
    expect(matched(text, findings).flat()).toEqual(expected);
    for (const f of findings) expect(f).toMatchObject({ kind: 'blocked', severity: 'error' });
  });

  it('reports each term once with every occurrence and a plain message', () => {
    const text = 'Confidential: do not share. Really confidential.';
    expect(
      createGuidelineChecker(guidelines({ blockedTerms: ['confidential', 'CONFIDENTIAL', ' '] }))(text),
    ).toEqual([
      {
        kind: 'blocked',
        severity: 'error',
        term: 'confidential',
        message: `"confidential" is not allowed in posts (your organization's guidelines)`,
        ranges: [
          { start: 0, end: 12 },
          { start: 35, end: 47 },
        ],
      },
    ]);
  });
});

describe('createGuidelineChecker: caution terms and order', () => {
  it('warns about caution terms, errors first, a blocked term is not also a caution', () => {
    const check = createGuidelineChecker(
      guidelines({ blockedTerms: ['confidential'], cautionTerms: ['revenue', 'Confidential'] }),
    );
    const findings = check('Revenue is up; the rest is confidential.');
    expect(findings.map((f) => [f.kind, f.severity, f.term])).toEqual([
      ['blocked', 'error', 'confidential'],
      ['caution', 'warning', 'revenue'],
    ]);
    expect(findings[1]!.message).toBe('"revenue": check with your guidelines before posting about this');
  });

  it('finds nothing in a clean post', () => {
    expect(createGuidelineChecker(guidelines({ blockedTerms: ['confidential'] }))('All good here')).toEqual(
      [],
    );
  });
});

describe('createGuidelineChecker: disclosure', () => {
  const required = guidelines({ disclosure: { text: '#AcmeEmployee', required: true } });
  const optional = guidelines({ disclosure: { text: '#AcmeEmployee', required: false } });

  it.each<[string, Guidelines, string, Partial<GuidelineFinding>[]]>([
    ['required and present', required, 'Proud of this #AcmeEmployee', []],
    ['required, present in another case', required, 'Proud #acmeemployee', []],
    ['present as part of a longer tag (a substring, per the format)', required, '#AcmeEmployees rock', []],
    [
      'required and missing',
      required,
      'Proud of this',
      [
        {
          kind: 'disclosure',
          severity: 'error',
          term: '#AcmeEmployee',
          message: 'Add #AcmeEmployee — your organization asks employees to disclose they work there',
          ranges: [],
        },
      ],
    ],
    ['optional and missing', optional, 'Proud', [{ kind: 'disclosure', severity: 'warning', ranges: [] }]],
    ['optional and present', optional, 'Proud #AcmeEmployee', []],
    ['no disclosure text', guidelines({ disclosure: { text: ' ', required: true } }), 'Proud', []],
  ])('%s', (_name, g, text, expected) => {
    const findings = createGuidelineChecker(g)(text);
    expect(findings).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(findings[i]).toMatchObject(e));
  });
});

describe('addDisclosure', () => {
  it.each([
    ['on a new line', 'Proud of the team.', '#AcmeEmployee', 'Proud of the team.\n#AcmeEmployee'],
    [
      'after closing hashtags',
      'Proud.\n\n#offline #launch',
      '#AcmeEmployee',
      'Proud.\n\n#offline #launch #AcmeEmployee',
    ],
    ['trailing whitespace dropped', 'Proud.  \n\n', '#AcmeEmployee', 'Proud.\n#AcmeEmployee'],
    [
      'a sentence does not join hashtags',
      'Proud.\n#launch',
      'I work at Acme.',
      'Proud.\n#launch\nI work at Acme.',
    ],
    ['an empty post', '', '#AcmeEmployee', '#AcmeEmployee'],
    ['already there, other case', 'Proud #acmeemployee!', '#AcmeEmployee', 'Proud #acmeemployee!'],
    ['blank disclosure', 'Proud', '  ', 'Proud'],
  ])('%s', (_name, text, disclosure, expected) => {
    expect(addDisclosure(text, disclosure)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = addDisclosure('Proud of the team.\n#launch', '#AcmeEmployee');
    expect(addDisclosure(once, '#AcmeEmployee')).toBe(once);
  });

  it('satisfies the checker', () => {
    const check = createGuidelineChecker(
      guidelines({ disclosure: { text: '#AcmeEmployee', required: true } }),
    );
    expect(check(addDisclosure('Proud', '#AcmeEmployee'))).toEqual([]);
  });
});

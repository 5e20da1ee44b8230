import { describe, expect, it } from 'vitest';
import { computeInsights, countByWeek, fullGoalStreak, goalStreak } from '@/shared/history/stats';
import { lastWeekStarts, localeWeekStart, weekStart, type WeekOptions } from '@/shared/history/weeks';

const BERLIN_MON: WeekOptions = { weekStartsOn: 1, timeZone: 'Europe/Berlin' };
const NEW_YORK_SUN: WeekOptions = { weekStartsOn: 0, timeZone: 'America/New_York' };
const TOKYO_MON: WeekOptions = { weekStartsOn: 1, timeZone: 'Asia/Tokyo' };
const iso = (ms: number) => new Date(ms).toISOString();

describe('weekStart, in an explicit time zone', () => {
  it.each([
    // A Thursday evening in Berlin: the week began Monday 00:00 local (23:00 UTC on Sunday, winter).
    ['2026-11-26T19:00:00Z', BERLIN_MON, '2026-11-22T23:00:00.000Z'],
    // Sunday 23:30 in Berlin is still the old week; UTC already says Sunday 22:30.
    ['2026-11-29T22:30:00Z', BERLIN_MON, '2026-11-22T23:00:00.000Z'],
    // Monday 00:30 in Berlin is the new week, though it is Sunday in UTC.
    ['2026-11-29T23:30:00Z', BERLIN_MON, '2026-11-29T23:00:00.000Z'],
    // US weeks start on Sunday, at New York midnight (05:00 UTC in winter).
    ['2026-11-26T19:00:00Z', NEW_YORK_SUN, '2026-11-22T05:00:00.000Z'],
    // The same instant is already Friday in Tokyo; its Monday began 15:00 UTC on Sunday.
    ['2026-11-26T19:00:00Z', TOKYO_MON, '2026-11-22T15:00:00.000Z'],
  ])('%s in %o starts its week at %s', (at, opts, expected) => {
    expect(iso(weekStart(Date.parse(at), opts))).toBe(expected);
  });

  it('puts New Year into the week that began in December (ISO-style, Monday start)', () => {
    // 1 January 2027 is a Friday; its week began Monday 28 December 2026.
    expect(iso(weekStart(Date.parse('2027-01-01T10:00:00Z'), BERLIN_MON))).toBe('2026-12-27T23:00:00.000Z');
  });

  it('keeps weeks on local midnights across the spring-forward DST change', () => {
    // Berlin moves to summer time on Sunday 29 March 2026: that week lasts 167 hours.
    const before = weekStart(Date.parse('2026-03-25T12:00:00Z'), BERLIN_MON);
    const after = weekStart(Date.parse('2026-04-01T12:00:00Z'), BERLIN_MON);
    expect(iso(before)).toBe('2026-03-22T23:00:00.000Z');
    expect(iso(after)).toBe('2026-03-29T22:00:00.000Z');
    expect((after - before) / 3_600_000).toBe(167);
  });

  it('keeps weeks on local midnights across the fall-back DST change', () => {
    // New York returns to standard time on Sunday 1 November 2026, its first day of the week.
    const starts = lastWeekStarts(Date.parse('2026-11-05T12:00:00Z'), 3, NEW_YORK_SUN);
    expect(starts.map(iso)).toEqual([
      '2026-10-18T04:00:00.000Z',
      '2026-10-25T04:00:00.000Z',
      '2026-11-01T04:00:00.000Z',
    ]);
    // The change falls at 02:00 on the week's first day: the week before is a plain 168 hours,
    // the week of 1 November lasts 169.
    expect((starts[2]! - starts[1]!) / 3_600_000).toBe(168);
    const next = lastWeekStarts(Date.parse('2026-11-09T12:00:00Z'), 2, NEW_YORK_SUN);
    expect((next[1]! - next[0]!) / 3_600_000).toBe(169);
  });
});

describe('weekly counts', () => {
  it('counts shares per week across the year boundary, twelve weeks ending with the current one', () => {
    const now = Date.parse('2027-01-06T12:00:00Z'); // a Wednesday
    const starts = lastWeekStarts(now, 12, BERLIN_MON);
    expect(starts).toHaveLength(12);
    expect(iso(starts[0]!)).toBe('2026-10-18T22:00:00.000Z'); // Monday 19 October, summer time
    expect(iso(starts[11]!)).toBe('2027-01-03T23:00:00.000Z');
    const counts = countByWeek(
      [
        Date.parse('2026-12-31T22:59:00Z'), // Thursday 31 Dec, 23:59 Berlin
        Date.parse('2026-12-31T23:01:00Z'), // Friday 1 Jan, 00:01 Berlin: same week
        Date.parse('2027-01-03T22:59:00Z'), // Sunday 3 Jan, 23:59 Berlin: still that week
        Date.parse('2027-01-03T23:00:00Z'), // Monday 4 Jan: the current week
        Date.parse('2026-01-01T00:00:00Z'), // a year earlier: outside the 12 weeks
      ],
      starts,
      BERLIN_MON,
    );
    expect(counts.at(-2)!.count).toBe(3);
    expect(counts.at(-1)!.count).toBe(1);
    expect(counts.reduce((n, w) => n + w.count, 0)).toBe(4);
  });

  it('gives the same instant to different weeks in different time zones', () => {
    const at = Date.parse('2026-11-29T23:30:00Z'); // Monday in Berlin and Tokyo, Sunday in New York
    const now = Date.parse('2026-12-02T12:00:00Z');
    expect(countByWeek([at], lastWeekStarts(now, 2, BERLIN_MON), BERLIN_MON).map((w) => w.count)).toEqual([
      0, 1,
    ]);
    expect(countByWeek([at], lastWeekStarts(now, 2, NEW_YORK_SUN), NEW_YORK_SUN).map((w) => w.count)).toEqual(
      [0, 1],
    );
    // New York: Sunday 18:30 local is the first day of the US week of 29 November.
    expect(iso(weekStart(at, NEW_YORK_SUN))).toBe('2026-11-29T05:00:00.000Z');
  });
});

describe('the locale decides the first day of the week', () => {
  it.each([
    ['de-DE', 1],
    ['en-GB', 1],
    ['en-US', 0],
    ['ar-EG', 6],
  ] as const)('%s → %i', (locale, day) => {
    expect(localeWeekStart(locale)).toBe(day);
  });
});

describe('insights', () => {
  it('tallies tags, feeds and the average own-words share of the last twelve weeks only', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const share = (at: string, tags: string[], feed: string, ownWords: number) => ({
      createdAt: Date.parse(at),
      tags,
      feedUrl: feed,
      feedTitle: feed.toUpperCase(),
      ownWords,
    });
    const insights = computeInsights(
      [
        share('2026-11-24T09:00:00Z', ['launch', 'mobile'], 'a', 0.8),
        share('2026-11-10T09:00:00Z', ['launch'], 'a', 0.6),
        share('2026-10-01T09:00:00Z', ['hiring', 'hiring'], 'b', 0.4),
        share('2025-01-01T09:00:00Z', ['old'], 'c', 0),
      ],
      now,
      BERLIN_MON,
    );
    expect(insights.total).toBe(3);
    expect(insights.topTags.map((t) => [t.key, t.count])).toEqual([
      ['launch', 2],
      ['hiring', 1],
      ['mobile', 1],
    ]);
    expect(insights.topFeeds.map((t) => [t.label, t.count])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    expect(insights.averageOwnWords).toBeCloseTo(0.6);
    expect(insights.weeks.at(-1)!.count).toBe(1);
  });
});

describe('goal streaks', () => {
  const weeks = (...counts: number[]) => counts.map((count, i) => ({ start: i, count }));

  it.each([
    [[2, 2, 2, 0], 2, 3, 'a current week under way does not break the streak'],
    [[2, 2, 2, 3], 2, 4, 'a current week that met the goal adds to it'],
    [[2, 1, 2, 2], 2, 2, 'a week short of the goal ends it'],
    [[0, 0, 0, 0], 2, 0, 'no shares, no streak'],
    [[5, 5, 1, 0], 2, 0, 'a missed last week leaves no streak'],
  ])('%j with goal %i → %i (%s)', (counts, goal, expected) => {
    expect(goalStreak(weeks(...counts), goal).streak).toBe(expected);
  });

  it('has no streak without a goal', () => {
    expect(goalStreak(weeks(3, 3), 0).streak).toBe(0);
  });

  it('counts further back than the twelve weeks shown when the streak is longer', async () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const starts = lastWeekStarts(now, 12, BERLIN_MON);
    const recent = starts.map((start) => ({ start, count: 2 }));
    // Eight more weeks met before the twelve, then a week with one share.
    const asked: string[] = [];
    const streak = await fullGoalStreak(recent, 2, BERLIN_MON, async (start) => {
      asked.push(iso(start));
      return asked.length <= 8 ? 2 : 1;
    });
    expect(streak).toBe(20);
    expect(asked).toHaveLength(9);
    // Counting back goes week by week on local midnights (the twelve weeks span the October DST change).
    expect(asked[0]).toBe('2026-08-30T22:00:00.000Z'); // Monday 31 August, before the twelve weeks
  });
});

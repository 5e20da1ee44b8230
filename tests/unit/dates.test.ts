import { describe, expect, it } from 'vitest';
import { ageOf, relativeTime } from '@/shared/dates';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('relativeTime', () => {
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [-30_000, 'just now'],
    [MIN, '1 minute ago'],
    [5 * MIN + 40_000, '5 minutes ago'],
    [3 * HOUR + 59 * MIN, '3 hours ago'],
    [2 * DAY, '2 days ago'],
    [-2 * DAY, 'in 2 days'],
  ])('%d ms ago → %s', (ago, expected) => {
    expect(relativeTime(NOW - ago, NOW)).toBe(expected);
  });
});

describe('ageOf', () => {
  it.each([
    [10_000, 'less than a minute'],
    [5 * MIN, '5 minutes'],
    [HOUR, '1 hour'],
    [2 * DAY + 3 * HOUR, '2 days'],
  ])('%d ms → %s', (ago, expected) => {
    expect(ageOf(NOW - ago, NOW)).toBe(expected);
  });
});

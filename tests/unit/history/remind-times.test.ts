import { describe, expect, it } from 'vitest';
import { remindAt, type RemindChoice } from '@/shared/history/remind-times';

// Local wall-clock times, so the table holds in any time zone the tests run in.
const at = (month: number, day: number, hours: number, minutes = 0) =>
  new Date(2026, month - 1, day, hours, minutes).getTime();

describe('remindAt', () => {
  it.each<[string, RemindChoice, number, number | undefined]>([
    ['this evening, from noon', 'evening', at(11, 25, 12), at(11, 25, 18)],
    ['this evening, once it has passed', 'evening', at(11, 25, 18), undefined],
    ['tomorrow morning', 'tomorrow', at(11, 25, 12), at(11, 26, 9)],
    ['tomorrow, across a month end', 'tomorrow', at(11, 30, 23, 30), at(12, 1, 9)],
    ['Monday, from a Wednesday', 'monday', at(11, 25, 12), at(11, 30, 9)],
    ['Monday, from a Sunday', 'monday', at(11, 29, 12), at(11, 30, 9)],
    ['Monday, from a Monday: a week later', 'monday', at(11, 30, 8), at(12, 7, 9)],
    ['Monday, from a Saturday', 'monday', at(12, 5, 22), at(12, 7, 9)],
  ])('%s', (_name, choice, now, expected) => {
    expect(remindAt(choice, now)).toBe(expected);
  });
});

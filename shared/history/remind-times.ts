import { t } from '../i18n';

export type RemindChoice = 'evening' | 'tomorrow' | 'monday';

export const REMIND_LABELS: Record<RemindChoice, string> = {
  get evening() {
    return t('remind.evening');
  },
  get tomorrow() {
    return t('remind.tomorrow');
  },
  get monday() {
    return t('remind.monday');
  },
};

const EVENING_HOUR = 18;
const MORNING_HOUR = 9;

/**
 * When a preset reminder fires, in the browser's time zone; undefined when "this evening" has passed.
 * Plain `Date` arithmetic on the wall clock (what date-fns' `set`, `addDays` and `nextMonday` did),
 * because this runs in the LinkedIn overlay, where every byte is loaded into the tab.
 */
export function remindAt(choice: RemindChoice, now: number): number | undefined {
  const date = new Date(now);
  if (choice === 'evening') {
    const evening = date.setHours(EVENING_HOUR, 0, 0, 0);
    return evening > now ? evening : undefined;
  }
  // Tomorrow, or the next Monday: 1–7 days ahead (a Monday's next Monday is a week later).
  date.setDate(date.getDate() + (choice === 'tomorrow' ? 1 : (8 - date.getDay()) % 7 || 7));
  return date.setHours(MORNING_HOUR, 0, 0, 0);
}

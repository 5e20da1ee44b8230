import { addDays, nextMonday, set } from 'date-fns';
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

/** When a preset reminder fires, in the browser's time zone; undefined when "this evening" has passed. */
export function remindAt(choice: RemindChoice, now: number): number | undefined {
  const at = (date: Date | number, hours: number) =>
    set(date, { hours, minutes: 0, seconds: 0, milliseconds: 0 }).getTime();
  switch (choice) {
    case 'evening': {
      const evening = at(now, EVENING_HOUR);
      return evening > now ? evening : undefined;
    }
    case 'tomorrow':
      return at(addDays(now, 1), MORNING_HOUR);
    case 'monday':
      return at(nextMonday(now), MORNING_HOUR);
  }
}

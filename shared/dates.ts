import { formatDistanceStrict, type Locale as DateFnsLocale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { t, uiLocale, type Locale } from './i18n';

const MINUTE = 60_000;

// English is bundled; the other four UI languages' date-fns locales are loaded on demand (their own
// chunks on extension pages), so no page carries the words of languages it is not shown in.
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<DateFnsLocale>> = {
  pl: () => import('date-fns/locale/pl').then((m) => m.pl),
  nb: () => import('date-fns/locale/nb').then((m) => m.nb),
  nl: () => import('date-fns/locale/nl').then((m) => m.nl),
  he: () => import('date-fns/locale/he').then((m) => m.he),
};
let loaded: { locale: Locale; dates: DateFnsLocale } = { locale: 'en', dates: enUS };

/** Loads the date-fns locale of the UI language; pages await it before their first render. */
export async function loadDateLocale(): Promise<void> {
  const locale = uiLocale();
  if (locale === loaded.locale) return;
  loaded = { locale, dates: locale === 'en' ? enUS : await LOADERS[locale]() };
}

/** The date-fns locale matching the language the UI is shown in (English until it has loaded). */
export function dateLocale(): DateFnsLocale {
  return loaded.locale === uiLocale() ? loaded.dates : enUS;
}

/** "3 hours ago", "in 2 days"; "just now" within a minute either way. */
export function relativeTime(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return t('time.justNow');
  return formatDistanceStrict(ms, now, { addSuffix: true, roundingMethod: 'floor', locale: dateLocale() });
}

/** "2 days ago", "less than a minute ago": always in the past tense, for "the copy from …". */
export function timeAgo(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return t('time.lessThanAMinuteAgo');
  return formatDistanceStrict(ms, now, { addSuffix: true, roundingMethod: 'floor', locale: dateLocale() });
}

/** How old something is, for "showing the copy from 2 days ago": "2 days", "5 minutes". */
export function ageOf(ms: number, now: number): string {
  if (Math.abs(now - ms) < MINUTE) return t('time.lessThanAMinute');
  return formatDistanceStrict(ms, now, { roundingMethod: 'floor', locale: dateLocale() });
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** An absolute date in the UI language, for tooltips and the item detail. */
export function formatDateTime(ms: number): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateFormat.format(ms);
}

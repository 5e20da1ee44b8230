import type { ShareStatus } from '@/shared/share/types';
import { t, uiLocale } from '@/shared/i18n';

export const STATUS_LABELS: Record<ShareStatus, string> = {
  get opened() {
    return t('status.opened');
  },
  get copied() {
    return t('status.copied');
  },
  get posted() {
    return t('status.posted');
  },
  get abandoned() {
    return t('status.abandoned');
  },
};

// Created on first use, in the UI language (not the page's default locale).
let formats: { week: Intl.DateTimeFormat; time: Intl.DateTimeFormat; day: Intl.DateTimeFormat } | undefined;
function fmt() {
  const locale = uiLocale();
  formats ??= {
    week: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }),
    time: new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }),
    day: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
  };
  return formats;
}

/** "Week of 3 November 2025", in the browser's locale. */
export function weekLabel(start: number): string {
  return t('history.weekOf', { date: fmt().week.format(start) });
}

/** "Mon 14:05". */
export function shareTime(ms: number): string {
  return fmt().time.format(ms);
}

export function shortDate(ms: number): string {
  return fmt().day.format(ms);
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

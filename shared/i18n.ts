import { i18n, type GeneratedI18nStructure } from '#i18n';

/**
 * The one door to translated text, for every context (pages, overlay, background). Components
 * import `t`/`tn` from here rather than touching `browser.i18n` themselves.
 *
 * Messages live in assets/locales/<lang>.json; @wxt-dev/i18n turns them into _locales and the
 * browser picks the file matching its UI language, falling back to English.
 */
export type MessageKey = keyof GeneratedI18nStructure;
type Subs = Record<string, string | number>;

/** Keys ending in `.other` are plural groups: `<base>.one`, `.few`, `.many`, `.two`, `.other`. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

export const LOCALES = ['en', 'pl', 'nb', 'nl', 'he'] as const;
export type Locale = (typeof LOCALES)[number];
const RTL: ReadonlySet<string> = new Set(['he']);

export function t(key: MessageKey, subs?: Subs): string {
  // The generated types demand the exact substitution shape per key; callers pass named ones.
  const translate = i18n.t as (key: string, subs?: Subs) => string;
  return subs ? translate(key, subs) : translate(key);
}

/**
 * Plurals by CLDR category (Intl.PluralRules), because @wxt-dev/i18n only knows "1 or not" —
 * wrong for Polish (1 / 2–4 / 5+) and Hebrew (1 / 2 / other). A locale's file holds exactly the
 * categories its language uses; `{count}` is the formatted number.
 */
export function tn(base: PluralBase, count: number, subs?: Subs): string {
  const locale = uiLocale();
  const category = pluralRules(locale).select(count);
  const all = { count: formatNumber(count), ...subs };
  const key = `${base}.${category}`;
  const text = lookup(key, all);
  return text || lookup(`${base}.other`, all);
}

function lookup(key: string, subs: Subs): string {
  // Empty for a category the running locale does not define; the caller falls back to "other".
  const translate = i18n.t as (key: string, subs?: Subs) => string;
  try {
    return translate(key, subs);
  } catch {
    return '';
  }
}

const rulesCache = new Map<string, Intl.PluralRules>();
function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number): string {
  const locale = uiLocale();
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(n);
}

/**
 * The locale whose messages the browser actually uses (each file names itself in `locale`),
 * so plural rules, dates and direction always match the text on screen.
 */
export function uiLocale(): Locale {
  const named = lookup('locale', {});
  return (LOCALES as readonly string[]).includes(named) ? (named as Locale) : 'en';
}

export function textDirection(locale: string = uiLocale()): 'rtl' | 'ltr' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** Sets `lang` and `dir` on a page's <html> (or the overlay's container) from the UI language. */
export function applyLocale(el: HTMLElement): void {
  const locale = uiLocale();
  el.lang = locale;
  el.dir = textDirection(locale);
}

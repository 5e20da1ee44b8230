/**
 * Dates in RSS (RFC 822, with four-digit years as RFC 1123 asks: `Tue, 10 Jun 2025 04:00:00 GMT`)
 * and Atom (RFC 3339: `2025-06-10T04:00:00Z`). Parsed by hand rather than with `Date.parse`, whose
 * leniency differs between browsers. Either format is accepted in either kind of feed, because
 * real generators mix them up (`dc:date` in RSS is ISO 8601).
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 zone names, in minutes east of UTC. */
// prettier-ignore
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
  ms = 0,
): number | undefined {
  const outOfRange = year < 1000 || year > 9999 || month < 0 || month > 11 || day < 1 || day > 31;
  if (outOfRange || hour > 23 || minute > 59 || second > 60) return undefined;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms);
  // 31 February rolls over into March: a date that does not exist is not a date.
  if (new Date(local).getUTCDate() !== day) return undefined;
  return local - offsetMinutes * 60_000;
}

const RFC822 =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[A-Za-z]{1,5}))?$/;

/** RFC 822 / RFC 1123 date-time to epoch ms; a missing zone is read as UTC. */
export function parseRfc822(value: string): number | undefined {
  const m = RFC822.exec(value.trim());
  if (!m) return undefined;
  const [, d, mon, y, h, min, s, zone] = m;
  const month = MONTHS.indexOf((mon ?? '').slice(0, 3).toLowerCase());
  let year = Number(y);
  if (y?.length === 2) year += year < 50 ? 2000 : 1900;
  let offset = 0;
  if (zone && /^[+-]\d{4}$/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  } else if (zone) {
    const named = ZONES[zone.toUpperCase()];
    if (named === undefined) return undefined;
    offset = named;
  }
  return utc(year, month, Number(d), Number(h), Number(min), Number(s ?? 0), offset);
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/;

/** RFC 3339 (and the W3C-DTF forms `dc:date` uses, date only included) to epoch ms. */
export function parseRfc3339(value: string): number | undefined {
  const m = RFC3339.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, min, s, frac, zone] = m;
  let offset = 0;
  if (zone && !/^[Zz]$/.test(zone)) {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
  return utc(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(min ?? 0),
    Number(s ?? 0),
    offset,
    ms,
  );
}

/** Either format; undefined when the text is not a date this reader understands. */
export function parseFeedDate(value: string): number | undefined {
  return parseRfc3339(value) ?? parseRfc822(value);
}

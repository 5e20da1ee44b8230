/**
 * The wire format: JSON Feed 1.1 plus Ownvoice's `_ownvoice` extension objects, as zod schemas.
 *
 * These schemas describe the *ideal* document (strict types, http(s) links, RFC 3339 dates,
 * length limits), so the same definitions can be exported as a JSON Schema for editors.
 * Leniency (dropping a bad link, cutting an over-long text, skipping one bad item) is decided
 * by the parser from the issues these schemas report, not by loosening them here.
 *
 * Every `error` below is a rule ("a whole number from 15 to 1440") as a token (problems.ts): the
 * parser builds the problem "`path` is <value>; it must be <rule>" around it, and each page says it
 * in its own language.
 *
 * Objects use zod's default "strip" mode: unknown keys are ignored and never copied, so
 * `__proto__`/`constructor` keys in a feed cannot reach the parsed result.
 */
import { z } from 'zod';
import { ruleToken } from './problems';
import { FEED_LIMITS, NETWORKS, ROLES } from './types';

// No compiled validators: zod would first probe `Function('')`, which MV3's CSP refuses (and logs).
z.config({ jitless: true });

/** Lengths beyond FEED_LIMITS that the format leaves open (documented in README.md). */
export const TEXT_LIMITS = {
  id: 1000,
  itemTitle: 1000,
  summary: 5000,
  content: 100_000,
  /** Raw HTML is longer than its text; the text is capped at `content` afterwards. */
  contentHtml: 200_000,
  description: 5000,
  notes: 5000,
  shortText: 200,
  prompt: 1000,
  language: 35,
  url: 2000,
} as const;

/** Trimmed plain text with a length rule in its error phrase. */
function text(max: number, min = 0) {
  const rule = ruleToken(min > 0 ? 'rule.textRange' : 'rule.textMax', { max });
  const base = z.string({ error: rule }).trim();
  const bounded = min > 0 ? base.min(min, { error: rule }) : base;
  return bounded.max(max, { error: rule });
}

function textList(max: number) {
  return z.array(text(max), { error: ruleToken('rule.textList', { max }) });
}

const BOOLEAN = ruleToken('rule.boolean');
const FRACTION = ruleToken('rule.fraction');
const OBJECT = ruleToken('rule.object');

const httpUrl = z.url({
  protocol: /^https?$/,
  error: ruleToken('rule.httpLink'),
});
const httpsUrl = z.url({ protocol: /^https$/, error: ruleToken('rule.httpsLink') });
const rfc3339 = z.iso.datetime({
  offset: true,
  error: ruleToken('rule.dateTime'),
});
const language = text(TEXT_LIMITS.language);

const networkEnum = z.enum(NETWORKS, { error: ruleToken('rule.oneOf', { values: NETWORKS.join(', ') }) });
const suggestionNetworkEnum = z.enum([...NETWORKS, 'any'], {
  error: ruleToken('rule.oneOf', { values: [...NETWORKS, 'any'].join(', ') }),
});
const roleEnum = z.enum(ROLES, { error: ruleToken('rule.oneOf', { values: ROLES.join(', ') }) });

export const disclosureSchema = z
  .object(
    {
      text: text(FEED_LIMITS.maxTitleLength, 1).meta({
        description: 'Text every post must contain, e.g. "#AcmeEmployee" (case-insensitive).',
      }),
      required: z.boolean({ error: BOOLEAN }).default(true).meta({
        description: 'false turns the rule into a reminder. Default: true.',
      }),
    },
    { error: ruleToken('rule.disclosure') },
  )
  .meta({ description: 'A disclosure every post must carry.' });

export const guidelinesSchema = z
  .object(
    {
      url: httpUrl.optional().meta({ description: "Link to the organization's social media policy." }),
      // Organizers write their do's and don'ts as a list as often as one text: both are read.
      notes: z
        .union([text(TEXT_LIMITS.notes), textList(TEXT_LIMITS.notes)], {
          error: ruleToken('rule.notes', { max: TEXT_LIMITS.notes }),
        })
        .optional()
        .meta({
          description:
            "Short do's and don'ts shown beside the editor: one text, or a list with one note per entry.",
        }),
      disclosure: disclosureSchema.optional(),
      blocked_terms: textList(TEXT_LIMITS.shortText).optional().meta({
        description:
          'Words or phrases a post must not contain (case-insensitive; a single word matches whole words only).',
      }),
      caution_terms: textList(TEXT_LIMITS.shortText).optional().meta({
        description: 'Like blocked_terms, but only a warning.',
      }),
      min_own_words: z
        .number({ error: FRACTION })
        .min(0, { error: FRACTION })
        .max(1, { error: FRACTION })
        .optional()
        .meta({ description: "Share (0–1) of a post's words that must be the employee's own. Default 0." }),
    },
    { error: OBJECT },
  )
  .meta({ description: "The organization's posting rules." });

export const utmSchema = z
  .object(
    {
      source: text(TEXT_LIMITS.shortText)
        .optional()
        .meta({ description: 'utm_source; default: the network.' }),
      medium: text(TEXT_LIMITS.shortText)
        .optional()
        .meta({ description: 'utm_medium; default: employee_share.' }),
      campaign: text(TEXT_LIMITS.shortText).optional().meta({ description: 'utm_campaign.' }),
    },
    { error: OBJECT },
  )
  .meta({
    description:
      "Added to an item's link when the employee keeps link tagging on. Never a personal identifier.",
  });

// Minutes, written as numbers are in the feed ("1440"), not as a count ("1,440").
const refreshRule = ruleToken('rule.wholeNumber', {
  min: String(FEED_LIMITS.minRefreshMinutes),
  max: String(FEED_LIMITS.maxRefreshMinutes),
});

export const feedOwnvoiceSchema = z
  .object(
    {
      schema: z
        .literal(1, {
          error: (issue) =>
            typeof issue.input === 'number' && Number.isInteger(issue.input) && issue.input > 1
              ? ruleToken('rule.schemaNewer')
              : ruleToken('rule.schema'),
        })
        .optional()
        .meta({ description: 'Version of the Ownvoice extension format. Only 1 exists.' }),
      organization: text(TEXT_LIMITS.shortText)
        .optional()
        .meta({ description: 'Shown as the source of the feed.' }),
      // Optional, never required: without it the employee's mail opens with no recipient.
      contact: z
        .email({ error: ruleToken('rule.email') })
        .max(TEXT_LIMITS.shortText, { error: ruleToken('rule.email') })
        .optional()
        .meta({
          description:
            "The organizer's email address: an employee's “Email it to your organizer” (My report) writes to it.",
        }),
      refresh_minutes: z
        .int({ error: refreshRule })
        .min(FEED_LIMITS.minRefreshMinutes, { error: refreshRule })
        .max(FEED_LIMITS.maxRefreshMinutes, { error: refreshRule })
        .optional()
        .meta({ description: 'How often the extension checks the feed, in minutes. Default 60.' }),
      guidelines: guidelinesSchema.optional(),
      utm: utmSchema.optional(),
    },
    { error: OBJECT },
  )
  .meta({ description: 'Ownvoice extension at feed level.' });

export const suggestionSchema = z.object(
  {
    text: text(FEED_LIMITS.maxSuggestionLength, 1).meta({
      description: 'A ready-made post the employee can start from.',
    }),
    network: suggestionNetworkEnum.default('any'),
    language: language.optional(),
  },
  { error: ruleToken('rule.suggestion') },
);

export const itemOwnvoiceSchema = z
  .object(
    {
      suggestions: z.array(suggestionSchema, { error: ruleToken('rule.suggestionList') }).optional(),
      prompts: textList(TEXT_LIMITS.prompt).optional().meta({
        description: 'Questions that help the employee say it in their own words.',
      }),
      roles: z
        .array(roleEnum, { error: ruleToken('rule.roleList') })
        .optional()
        .meta({ description: 'Who the item is for.' }),
      hashtags: textList(TEXT_LIMITS.shortText).optional().meta({ description: 'Offered, never forced.' }),
      campaign: text(TEXT_LIMITS.shortText).optional().meta({ description: 'Used as utm_campaign.' }),
      networks: z
        .array(networkEnum, { error: ruleToken('rule.networkList') })
        .optional()
        .meta({
          description: 'Networks the item is meant for. Default: all.',
        }),
      pinned: z
        .boolean({ error: BOOLEAN })
        .optional()
        .meta({ description: 'Pinned items are listed first.' }),
      expires_at: rfc3339.optional().meta({ description: 'The item is hidden after this moment.' }),
    },
    { error: OBJECT },
  )
  .meta({ description: 'Ownvoice extension at item level.' });

export const itemSchema = z.object(
  {
    id: z.union([z.string(), z.number()], { error: ruleToken('rule.textOrNumber') }).meta({
      description: 'Unique within the feed. A number is read as text.',
    }),
    url: httpUrl.optional(),
    external_url: httpUrl.optional(),
    title: text(TEXT_LIMITS.itemTitle).optional(),
    summary: text(TEXT_LIMITS.summary).optional(),
    content_text: text(TEXT_LIMITS.content).optional(),
    content_html: text(TEXT_LIMITS.contentHtml).optional().meta({
      description: 'Used only as plain text (tags removed); never shown as HTML.',
    }),
    image: httpsUrl.optional(),
    date_published: rfc3339.optional(),
    date_modified: rfc3339.optional(),
    tags: textList(TEXT_LIMITS.shortText).optional(),
    language: language.optional(),
    _ownvoice: itemOwnvoiceSchema.optional(),
  },
  { error: OBJECT },
);

/**
 * JSON Feed 1.0 (`…/version/1`, often still with `http://`, as many generators publish it) and 1.1
 * differ only in fields this reader ignores (1.0's `author`, 1.1's `authors`), so both are read.
 */
export const JSON_FEED_VERSION_PATTERN = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/1/;
const versionRule = ruleToken('rule.version');

const feedFields = {
  version: z
    .string({ error: versionRule })
    .trim()
    .regex(JSON_FEED_VERSION_PATTERN, { error: versionRule })
    .meta({ description: 'https://jsonfeed.org/version/1.1; JSON Feed 1.0 (…/version/1) is read too.' }),
  title: text(FEED_LIMITS.maxTitleLength, 1),
  home_page_url: httpUrl.optional(),
  feed_url: httpUrl.optional(),
  description: text(TEXT_LIMITS.description).optional(),
  icon: httpUrl.optional(),
  favicon: httpUrl.optional(),
  language: language.optional(),
  _ownvoice: feedOwnvoiceSchema.optional(),
};

const itemsRule = ruleToken('rule.items', { max: FEED_LIMITS.maxItems });

/** The whole document, items included: the source of the published JSON Schema. */
export const feedSchema = z.object(
  {
    ...feedFields,
    items: z.array(itemSchema, { error: itemsRule }).max(FEED_LIMITS.maxItems, { error: itemsRule }),
  },
  { error: ruleToken('rule.jsonObject') },
);

/** The top level only: items stay `unknown` so that one bad item never rejects the feed. */
export const feedEnvelopeSchema = z.object(
  {
    ...feedFields,
    items: z.array(z.unknown(), { error: itemsRule }).max(FEED_LIMITS.maxItems, { error: itemsRule }),
  },
  { error: ruleToken('rule.jsonObject') },
);

export type WireFeed = z.output<typeof feedEnvelopeSchema>;
export type WireItem = z.output<typeof itemSchema>;

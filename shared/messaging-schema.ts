import { z } from 'zod';
import { NETWORKS } from './feed/types';
import type { AnyRequest } from './messaging';
import { LINKEDIN_LAYOUTS } from './linkedin/layouts';
import { LINKEDIN_SHARE_PREFIX } from './linkedin/panel-protocol';
import { SHARE_STATUSES } from './share/types';

/**
 * Every request the background accepts, validated before anything runs. Lives apart from
 * messaging.ts so that pages which only send don't bundle zod for it.
 */
const url = z.string().min(1).max(2048);

const share = z.object({
  feedUrl: url,
  itemId: z.string().min(1).max(1000),
  itemTitle: z.string().max(1000).optional(),
  itemUrl: z.string().max(2048).optional(),
  feedTitle: z.string().max(1000).optional(),
  tags: z.array(z.string().max(200)).max(100),
  channel: z.enum([...NETWORKS, 'clipboard']),
  text: z.string().max(70_000),
  ownWords: z.number().min(0).max(1),
  status: z.enum(SHARE_STATUSES),
});

const itemKey = { feedUrl: url, itemId: z.string().min(1).max(1000) };

const draft = z.object({
  text: z.string().max(70_000),
  appendLink: z.boolean(),
  tagLink: z.boolean(),
  sharedTo: z
    .array(z.enum([...NETWORKS, 'clipboard']))
    .max(10)
    .optional(),
  updatedAt: z.number(),
});

/** The panel only ever opens LinkedIn's own composer (`/feed/?shareActive=true&text=…`). */
const linkedInUrl = url.refine((value) => value.startsWith(LINKEDIN_SHARE_PREFIX));

const shareRequest = z.object({
  channel: z.literal('linkedin'),
  text: z.string().max(70_000),
  ownWords: z.number().min(0).max(1),
  intent: z.object({ url: linkedInUrl, copyFirst: z.boolean() }).optional(),
});

const panelMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('panel/put'),
    request: shareRequest,
    about: share.pick({
      feedUrl: true,
      itemId: true,
      itemTitle: true,
      itemUrl: true,
      feedTitle: true,
      tags: true,
    }),
  }),
  z.object({ type: z.literal('panel/close') }),
]);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('feeds/add'), url }),
  z.object({ type: z.literal('feeds/remove'), url }),
  z.object({ type: z.literal('feeds/refresh'), url: url.optional() }),
  z.object({ type: z.literal('feeds/fetch-text'), url }),
  z.object({ type: z.literal('shares/record'), share }),
  z.object({
    type: z.literal('shares/update-status'),
    id: z.string().min(1).max(200),
    status: z.enum(SHARE_STATUSES),
  }),
  z.object({ type: z.literal('overlay/data') }),
  z.object({ type: z.literal('panel/relay'), message: panelMessage }),
  z.object({ type: z.literal('overlay/open'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('launcher/set'), enabled: z.boolean() }),
  z.object({ type: z.literal('linkedin/layout'), layout: z.enum(LINKEDIN_LAYOUTS) }),
  z.object({ type: z.literal('drafts/get'), ...itemKey }),
  z.object({ type: z.literal('drafts/save'), ...itemKey, draft }),
  z.object({ type: z.literal('drafts/clear'), ...itemKey }),
]);

export function parseRequest(message: unknown): AnyRequest | undefined {
  const parsed = requestSchema.safeParse(message);
  return parsed.success ? (parsed.data as AnyRequest) : undefined;
}

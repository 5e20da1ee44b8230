import { z } from 'zod';
import type { AnyRequest } from './messaging';

/**
 * Every request the background accepts, validated before anything runs. Lives apart from
 * messaging.ts so that pages which only send don't bundle zod for it.
 */
const url = z.string().min(1).max(2048);

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('feeds/add'), url }),
  z.object({ type: z.literal('feeds/remove'), url }),
  z.object({ type: z.literal('feeds/refresh'), url: url.optional() }),
]);

export function parseRequest(message: unknown): AnyRequest | undefined {
  const parsed = requestSchema.safeParse(message);
  return parsed.success ? (parsed.data as AnyRequest) : undefined;
}

/**
 * The feed format as a JSON Schema, generated from the zod schemas so the two cannot drift.
 * Organizers point `"$schema"` at the published copy (public/feed.schema.json) and their editor
 * checks and completes the feed as they type.
 */
import { z } from 'zod';
import { feedSchema } from './schema';

export const FEED_SCHEMA_ID = 'https://ownvoice.app/feed.schema.json';

export function feedJsonSchema(): Record<string, unknown> {
  // io 'input': what an organizer writes (defaults make fields optional), not what the parser returns.
  const generated = z.toJSONSchema(feedSchema, {
    io: 'input',
    target: 'draft-2020-12',
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: FEED_SCHEMA_ID,
    title: 'Ownvoice feed',
    description:
      'A JSON Feed 1.1 (or 1.0) document with Ownvoice extensions (`_ownvoice`) for employee advocacy. Unknown fields are allowed and ignored.',
    ...rest,
  };
}

/** The exact text committed as public/feed.schema.json. */
export function feedJsonSchemaText(): string {
  return `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
}

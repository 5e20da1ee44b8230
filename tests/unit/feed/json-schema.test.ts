// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedJsonSchema, feedJsonSchemaText } from '@/shared/feed/json-schema';

describe('public/feed.schema.json', () => {
  it('matches the zod schemas', () => {
    const committed = readFileSync(resolve('public/feed.schema.json'), 'utf8');
    expect(
      committed === feedJsonSchemaText(),
      'public/feed.schema.json is out of date: run `npm run feed:schema`',
    ).toBe(true);
  });

  it('describes the format for editors', () => {
    const schema = feedJsonSchema();
    expect(schema).toMatchObject({
      $id: expect.stringMatching(/feed\.schema\.json$/),
      title: 'Ownvoice feed',
      required: ['version', 'title', 'items'],
    });
    // Extra keys such as "$schema" or JSON Feed's "authors" must stay allowed.
    expect(schema).not.toHaveProperty('additionalProperties');
    const text = JSON.stringify(schema);
    expect(text).toContain('"maxItems":5000');
    expect(text).toContain('"enum":["expert","promoter","organizer"]');
  });
});

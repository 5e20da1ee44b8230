/** Regenerates public/feed.schema.json from the zod schemas: `npm run feed:schema`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchemaText } from '../feed/json-schema';

const target = fileURLToPath(new URL('../../public/feed.schema.json', import.meta.url));
writeFileSync(target, feedJsonSchemaText());
console.log(`Wrote ${target}`);

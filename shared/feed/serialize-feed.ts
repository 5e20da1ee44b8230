/**
 * A feed document as a file: pretty-printed, keys in the format's own order (schema.ts), so the
 * same content always gives the same bytes and a diff of two builds shows only what changed.
 */
import { z } from 'zod';
import { feedSchema } from './schema';

/** Optional, default and the like wrap the shape that gives the key order. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Known keys in the schema's order; `$schema` first, as editors expect; keys the format does
 * not know (an organization's own `_acme` data) after them, alphabetically.
 */
function ordered(value: unknown, schema: z.ZodType | undefined): unknown {
  const shape = schema === undefined ? undefined : unwrap(schema);
  if (Array.isArray(value)) {
    const element = shape instanceof z.ZodArray ? (shape.element as z.ZodType) : undefined;
    return value.map((entry) => ordered(entry, element));
  }
  if (!isRecord(value)) return value;
  const fields: Record<string, z.ZodType> = shape instanceof z.ZodObject ? shape.shape : {};
  const known = Object.keys(fields).filter((key) => Object.hasOwn(value, key));
  const others = Object.keys(value)
    .filter((key) => !Object.hasOwn(fields, key) && key !== '$schema')
    .sort();
  const keys = [...(Object.hasOwn(value, '$schema') ? ['$schema'] : []), ...known, ...others];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    // defineProperty, not assignment: a `__proto__` key in a base file stays a plain key.
    Object.defineProperty(out, key, {
      value: ordered(value[key], fields[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

export function serializeFeed(document: unknown): string {
  return `${JSON.stringify(ordered(document, feedSchema), null, 2)}\n`;
}

/**
 * Walks a value along a zod schema: known keys only, in the schema's order, and only leaves of
 * the kind the schema expects (a text where a text goes). Import uses it so a hand-written file
 * becomes a document the form can hold, while wrong *contents* (a `javascript:` link, a bad date)
 * are kept and shown as errors to fix.
 */
import { z } from 'zod';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** undefined: the value does not fit and is left out. */
export function shapeBySchema(schema: z.ZodType, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return shapeBySchema(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodObject) {
    if (!isRecord(value)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (!Object.hasOwn(value, key)) continue;
      const shaped = shapeBySchema(child, value[key]);
      if (shaped !== undefined) out[key] = shaped;
    }
    return out;
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return undefined;
    const element = schema.element as z.ZodType;
    return value.map((entry) => shapeBySchema(element, entry)).filter((entry) => entry !== undefined);
  }
  if (schema instanceof z.ZodUnion) {
    // `id` (text or number) and guideline `notes` (text or list) are unions; the studio keeps
    // both as text, notes one per line as its form and the reader do.
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (Array.isArray(value)) {
      const lines = value.filter(
        (entry): entry is string => typeof entry === 'string' && entry.trim() !== '',
      );
      return lines.length > 0 ? lines.join('\n') : undefined;
    }
    return typeof value === 'string' ? value : undefined;
  }
  if (schema instanceof z.ZodNumber)
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  if (schema instanceof z.ZodBoolean) return typeof value === 'boolean' ? value : undefined;
  // A wrong `schema` number is kept, so the form can say this studio does not write it.
  if (schema instanceof z.ZodLiteral) return typeof value === 'number' ? value : undefined;
  return typeof value === 'string' ? value : undefined;
}

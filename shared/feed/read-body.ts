/**
 * Reading a feed's body within the transport's limits (fetch-feed.ts): abort-aware, capped in
 * bytes, and decoded in the encoding an XML declaration names.
 */
import { problem, type Problem } from './problems';

/** A reason to stop that is the transport's own, not the network's: returned as the outcome's reason. */
export class Stop extends Error {
  constructor(readonly reason: Problem) {
    super(reason.code);
  }
}

/** Rejects as soon as `signal` aborts, even if `promise` (an injected fetch or stream) ignores it. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Stop(problem('fetch.cancelled')));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Stop(problem('fetch.cancelled')));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function readBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await raceAbort(reader.read(), signal);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw new Stop(problem('fetch.tooLarge', { size: formatBytes(maxBytes) }));
      chunks.push(value);
    }
  } catch (error) {
    // Cancelling tells the server to stop sending; its own failure does not matter any more.
    reader.cancel().catch(() => undefined);
    throw error;
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`, still seen
 * in older newsroom feeds) when the browser knows it; UTF-8 otherwise.
 */
export function xmlEncoding(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head)?.[1];
  if (!label) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (Number.isInteger(mb)) return `${mb} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024).toLocaleString('en-US')} KB` : `${bytes} bytes`;
}

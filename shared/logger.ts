/**
 * The one logger. "Extension context invalidated" happens whenever the extension is updated or
 * reloaded under a page that still runs old code: expected, so it is not reported as an error.
 */
const EXPECTED = /Extension context invalidated|Receiving end does not exist/i;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const logger = {
  error(context: string, error: unknown): void {
    if (EXPECTED.test(message(error))) {
      console.debug(`[Ownvoice] ${context}: ${message(error)}`);
      return;
    }
    console.error(`[Ownvoice] ${context}:`, error);
  },
  warn(context: string, detail?: unknown): void {
    console.warn(`[Ownvoice] ${context}`, detail ?? '');
  },
};

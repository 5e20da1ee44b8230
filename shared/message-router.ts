import type { Browser } from 'wxt/browser';
import { logger } from './logger';
import {
  CONTENT_SCRIPT_MESSAGES,
  type AnyRequest,
  type MessageType,
  type Request,
  type Response,
} from './messaging';
import { parseRequest } from './messaging-schema';

/** A handler gets the request, and who sent it where it needs that (the panel's relay needs its tab). */
export type Handlers = {
  [K in MessageType]: (request: Request<K>, sender: Browser.runtime.MessageSender) => Promise<Response<K>>;
};

/**
 * The extension's own pages (popup, options in a tab, history) have URLs under its origin; a
 * content script's sender URL is the web page's. Firefox's origin is a per-install UUID, not the id.
 */
function fromOwnPage(sender: Browser.runtime.MessageSender, extensionOrigin: string): boolean {
  return sender.url === undefined || sender.url.startsWith(extensionOrigin);
}

/**
 * The background's one onMessage listener. It answers only this extension (its pages, and its
 * overlay for the few requests the overlay needs), validates each request, and turns thrown
 * errors into `{ ok: false }` values. Chrome keeps the channel open for an async answer only
 * when the listener returns true and calls sendResponse.
 */
export function createMessageListener(
  handlers: Handlers,
  extensionId: string,
  extensionOrigin = `chrome-extension://${extensionId}/`,
  /** Whether a content script's tab may be answered (shared/platform/injected-tabs.ts); default: any. */
  contentScriptAllowed: (sender: Browser.runtime.MessageSender) => Promise<boolean> = async () => true,
) {
  let warnedMalformed = false;
  let warnedSender = false;
  return (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (answer: unknown) => void,
  ) => {
    if (sender.id !== extensionId) return false;
    const request = parseRequest(message);
    if (!request) {
      if (!warnedMalformed) logger.warn('ignored a malformed message', message);
      warnedMalformed = true;
      sendResponse({ ok: false, reason: 'Malformed request' });
      return false;
    }
    if (!fromOwnPage(sender, extensionOrigin) && !CONTENT_SCRIPT_MESSAGES.has(request.type)) {
      sendResponse({ ok: false, reason: 'Not allowed from a web page' });
      return false;
    }
    const handler = handlers[request.type] as (
      r: AnyRequest,
      s: Browser.runtime.MessageSender,
    ) => Promise<unknown>;
    const allowed = fromOwnPage(sender, extensionOrigin)
      ? Promise.resolve(true)
      : contentScriptAllowed(sender).catch(() => false);
    const answer = allowed.then((ok) => {
      if (ok) return handler(request, sender);
      if (!warnedSender) logger.warn('ignored a message from a tab Ownvoice did not enter', sender.url);
      warnedSender = true;
      return { ok: false, reason: 'Not allowed from this tab' };
    });
    answer.then(sendResponse, (error: unknown) => {
      logger.error(`handling ${request.type}`, error);
      sendResponse({ ok: false, reason: error instanceof Error ? error.message : String(error) });
    });
    return true;
  };
}

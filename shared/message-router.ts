import type { Browser } from 'wxt/browser';
import { logger } from './logger';
import type { AnyRequest, MessageType, Request, Response } from './messaging';
import { parseRequest } from './messaging-schema';

export type Handlers = { [K in MessageType]: (request: Request<K>) => Promise<Response<K>> };

/**
 * The background's one onMessage listener. It answers only this extension's own pages,
 * validates each request, and turns thrown errors into `{ ok: false }` values. Chrome keeps the
 * channel open for an async answer only when the listener returns true and calls sendResponse.
 */
export function createMessageListener(handlers: Handlers, extensionId: string) {
  let warnedMalformed = false;
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
    const handler = handlers[request.type] as (r: AnyRequest) => Promise<unknown>;
    handler(request).then(sendResponse, (error: unknown) => {
      logger.error(`handling ${request.type}`, error);
      sendResponse({ ok: false, reason: error instanceof Error ? error.message : String(error) });
    });
    return true;
  };
}

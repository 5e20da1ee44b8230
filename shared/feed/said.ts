/**
 * What a person reads when something failed: what happened and what to do, in their language,
 * with the engineer's words (HTTP status, the browser's error) kept apart as `detail`, which a
 * page shows behind a "Details" disclosure (components/said-text.tsx). Feed problems stay codes;
 * this only chooses, per code, a sentence for people over the technical one in problem-text.ts.
 */
import { t, type MessageKey } from '@/shared/i18n';
import { problemText } from './problem-text';
import type { Problem } from './problems';

export interface Said {
  text: string;
  /** The technical account, for the organizer or IT; absent when the text already is all of it. */
  detail?: string;
}

/** A plain sentence for `found`, or undefined where the technical text is already plain words. */
function plainKey(found: Problem): { key: MessageKey; subs?: Record<string, string> } | undefined {
  const param = (name: string) => {
    const value = found.params?.[name];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  };
  switch (found.code) {
    case 'text':
      return { key: 'said.unexpected' };
    case 'fetch.unreachable':
      return { key: 'said.unreachable', subs: { host: param('host') } };
    case 'fetch.broken':
      return { key: 'said.broken', subs: { host: param('host') } };
    case 'fetch.timeout':
      return { key: 'said.timeout' };
    case 'fetch.http':
      return { key: httpKey(Number(param('status'))) };
    case 'doc.notJson':
    case 'doc.html':
    case 'doc.notObject':
    case 'doc.empty':
      return { key: 'said.notFeed' };
    default:
      return undefined;
  }
}

function httpKey(status: number): MessageKey {
  if (status === 404 || status === 410) return 'said.notFound';
  if (status === 401 || status === 403) return 'said.refused';
  if (status === 429 || status >= 500) return 'said.serverTrouble';
  return 'said.httpOther';
}

export function saidProblem(found: Problem): Said {
  // "Couldn't add this feed" wraps the reason: say the reason plainly, keep its detail.
  if (found.code === 'subscribe.failed' && typeof found.params?.reason === 'object') {
    const inner = saidProblem(found.params.reason);
    return {
      text: t('said.addFailed', { reason: inner.text }),
      ...(inner.detail ? { detail: inner.detail } : {}),
    };
  }
  const plain = plainKey(found);
  return plain
    ? { text: t(plain.key, plain.subs), detail: problemText(found) }
    : { text: problemText(found) };
}

/** A failed answer from the background, said for people (see failureText for the technical one). */
export function saidFailure(result: { reason: string; problem?: Problem }): Said {
  return result.problem ? saidProblem(result.problem) : { text: result.reason };
}

/** A sentence with nothing behind it: a page's own message. */
export function said(text: string): Said {
  return { text };
}

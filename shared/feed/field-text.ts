/**
 * Feed problems said with the studio's field labels instead of JSON paths: "Feed title is empty"
 * for "`title` is ""; it must be text of 1 to 200 characters". For the organizer's pages (studio,
 * check page); the same codes, so nothing about a problem is decided twice. The CLI keeps paths.
 */
import { t, type MessageKey } from '@/shared/i18n';
import { fieldLabel } from './field-labels';
import { problemCatalog } from './problem-text';
import { renderProblem, withPath, type Problem, type ProblemCatalog } from './problems';

/** Codes whose sentence quotes a path: each has a `feedField.<code>` sentence with `{label}`. */
const LABELLED: ReadonlySet<string> = new Set([
  'field.invalid',
  'field.dropped',
  'field.droppedPart',
  'field.cut',
  'field.contentCut',
  'doc.atPath',
  'item.skipped',
  'item.nothingToShare',
  'item.idEmpty',
]);

const PREFIX = 'feedProblem.';

/** The sentences for a field left empty, which need no value or rule. */
const EMPTY: Record<string, MessageKey> = {
  'field.invalid': 'feedField.empty',
  'field.dropped': 'feedField.emptyDropped',
  'field.droppedPart': 'feedField.emptyDroppedPart',
};

function labelCatalog(inItem: boolean): ProblemCatalog {
  const base = problemCatalog();
  const label = (path: string | undefined) => (path === undefined ? undefined : fieldLabel(path, { inItem }));
  return {
    ...base,
    text(key, subs) {
      const code = key.slice(PREFIX.length);
      if (!LABELLED.has(code)) return base.text(key, subs);
      const named = label(subs.path);
      if (subs.path !== undefined && named === undefined) return base.text(key, subs);
      const dropped = label(subs.dropped) ?? subs.dropped ?? '';
      const all = { ...subs, label: named ?? '', dropped };
      // "Disclosure is …, so Disclosure was left out": the part left out is the field itself.
      const said = code === 'field.droppedPart' && dropped === named ? 'field.dropped' : code;
      // An empty or missing field is just that: "Feed title is empty".
      const empty = subs.value === '""' || subs.value === t('feedProblem.value.missing');
      if (empty && EMPTY[said]) return t(EMPTY[said], all);
      return t(`feedField.${said}` as MessageKey, all);
    },
  };
}

/** A located problem with its field's label ("Item 2 — Link is …"), for a list of problems. */
export function labelledText(found: Problem & { path: string }): string {
  // A problem of the whole document has no field to name.
  const located = found.path === '(root)' ? found : withPath(found);
  return renderProblem(located, labelCatalog(false));
}

/** The same beside the field itself, in a form already open on its item ("Link is …"). */
export function fieldProblemText(found: Problem & { path: string }): string {
  return renderProblem(found, labelCatalog(true));
}

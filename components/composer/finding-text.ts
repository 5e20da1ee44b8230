import type { GuidelineFinding } from '@/shared/compose/guidelines';
import { t } from '@/shared/i18n';

/** A guideline finding in the UI language (the English `message` stays for logs and the CLI). */
export function findingText(finding: GuidelineFinding): string {
  const subs = { term: finding.term };
  if (finding.kind === 'blocked') return t('finding.blocked', subs);
  if (finding.kind === 'caution') return t('finding.caution', subs);
  return finding.severity === 'error'
    ? t('finding.disclosureRequired', subs)
    : t('finding.disclosureSuggested', subs);
}

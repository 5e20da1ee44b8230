import { formatDateTime } from '@/shared/dates';
import type { LayoutSeen } from '@/shared/linkedin/layouts';
import { t } from '@/shared/i18n';

const LAYOUT_TEXT = {
  'shadow-quill': () => t('layout.shadowQuill'),
  'light-quill': () => t('layout.lightQuill'),
  prosemirror: () => t('layout.prosemirror'),
  'dialog-textbox': () => t('layout.dialogTextbox'),
  'share-box': () => t('layout.shareBox'),
  unknown: () => t('layout.unknown'),
  'share-url': () => t('layout.shareUrl'),
} satisfies Record<LayoutSeen['layout'], () => string>;

export interface LinkedInLayoutSeenProps {
  /** Undefined while it is being read; null before the first "Put in LinkedIn post". */
  seen: LayoutSeen | null | undefined;
}

/**
 * Which of LinkedIn's composer layouts "Put in LinkedIn post" met last time. Only shown here, on
 * the employee's own machine: when LinkedIn changes its page again, this says what happened.
 */
export function LinkedInLayoutSeen({ seen }: LinkedInLayoutSeenProps) {
  if (seen === undefined) return null;
  return (
    <div className="layout-seen">
      <h3>{t('layout.title')}</h3>
      <p role="status">
        {seen === null
          ? t('layout.never')
          : t('layout.seen', { when: formatDateTime(seen.at), layout: LAYOUT_TEXT[seen.layout]() })}
      </p>
      <p className="hint">{t('layout.hint')}</p>
    </div>
  );
}

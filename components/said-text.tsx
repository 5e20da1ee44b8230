import type { Said } from '@/shared/feed/said';
import { t } from '@/shared/i18n';

export interface SaidTextProps {
  said: Said;
  /** The element around the sentence; a <details> cannot sit inside a <p>, so this is a <div>. */
  className?: string;
  role?: 'alert' | 'status';
  id?: string;
}

/** What happened and what to do, with the technical account folded away under "Details". */
export function SaidText({ said, className, role, id }: SaidTextProps) {
  return (
    <div className={className} role={role} id={id}>
      <span dir="auto">{said.text}</span>
      {said.detail && (
        <details className="said-details">
          <summary>{t('said.details')}</summary>
          <code dir="auto">{said.detail}</code>
        </details>
      )}
    </div>
  );
}

import type { Suggestion } from '@/shared/feed/types';
import { languageLabel } from '../feed-view';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { t } from '@/shared/i18n';

export interface WritingHelpProps {
  sourceName: string;
  prompts: string[];
  suggestions: Suggestion[];
  /** Copies a suggestion into the editor, for the employee to rewrite. */
  onStartFrom: (text: string) => void;
}

/** The organizer's questions and example posts: help to write, never a caption to paste. */
export function WritingHelp({ sourceName, prompts, suggestions, onStartFrom }: WritingHelpProps) {
  return (
    <>
      {prompts.length > 0 && (
        <section className="detail-section" aria-labelledby="prompts-heading">
          <h3 id="prompts-heading">{t('help.promptsHeading')}</h3>
          <ul className="prompts">
            {prompts.map((prompt, i) => (
              <li key={i} dir="auto">
                {prompt}
              </li>
            ))}
          </ul>
        </section>
      )}
      {suggestions.length > 0 && (
        <section className="detail-section" aria-labelledby="suggestions-heading">
          <h3 id="suggestions-heading">{t('help.suggestionsHeading', { source: sourceName })}</h3>
          <p className="hint">{t('help.suggestionsHint')}</p>
          <ul className="suggestions">
            {suggestions.map((s, i) => (
              <li key={i}>
                <span className="suggestion-label">
                  {NETWORK_LABELS[s.network]}
                  {s.language && ` · ${languageLabel(s.language)}`}
                </span>
                <span className="suggestion-text" dir="auto">
                  {s.text}
                </span>
                <button type="button" className="link-button" onClick={() => onStartFrom(s.text)}>
                  {t('help.startFrom')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

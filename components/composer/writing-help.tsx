import type { Suggestion } from '@/shared/feed/types';
import { languageLabel } from '../feed-view';
import { NETWORK_LABELS } from '@/shared/share/network-labels';

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
          <h3 id="prompts-heading">Questions to get you started</h3>
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
          <h3 id="suggestions-heading">Example posts from {sourceName}</h3>
          <p className="hint">For reference. Start from one if it helps, then make it yours.</p>
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
                  Start from this
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

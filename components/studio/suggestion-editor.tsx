import { useId } from 'react';
import { createSuggestionChecker } from '@/shared/feed/suggestion-checks';
import {
  NETWORKS,
  type Guidelines,
  type Network,
  type Suggestion,
  type SuggestionNetwork,
} from '@/shared/feed/types';
import { NETWORK_LABELS } from '@/shared/share/network-labels';
import { findingText } from '../composer/finding-text';
import { TextField, useStudioFields } from './studio-fields';
import { formatNumber, t, tn } from '@/shared/i18n';

export interface SuggestionEditorProps {
  itemIndex: number;
  /** The feed's guidelines as the extension reads them, to check each suggestion as it is typed. */
  guidelines: Guidelines;
}

function asSuggestions(value: unknown): Suggestion[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry: unknown) => {
    const s = (typeof entry === 'object' && entry !== null ? entry : {}) as Partial<Suggestion>;
    const network = typeof s.network === 'string' ? s.network : 'any';
    return { text: typeof s.text === 'string' ? s.text : '', network };
  });
}

/** The item's ready-made posts, each checked the way the employee's composer will check it. */
export function SuggestionEditor({ itemIndex, guidelines }: SuggestionEditorProps) {
  const id = useId();
  const fields = useStudioFields();
  const base = ['items', itemIndex, '_ownvoice', 'suggestions'] as const;
  const raw = fields.get(base);
  const suggestions = asSuggestions(raw);
  const networks = fields.get(['items', itemIndex, '_ownvoice', 'networks']);
  const itemNetworks = (Array.isArray(networks) ? networks : []).filter((n): n is Network =>
    (NETWORKS as readonly unknown[]).includes(n),
  );
  const checks = createSuggestionChecker(guidelines)({ suggestions, networks: itemNetworks });
  const list = Array.isArray(raw) ? (raw as unknown[]) : [];

  return (
    <fieldset className="studio-suggestions">
      <legend>{t('studio.suggestions')}</legend>
      <p className="hint">{t('studio.suggestionsHint')}</p>
      {suggestions.map((suggestion, index) => {
        const check = checks[index];
        const path = [...base, index];
        const problems = [
          ...(check?.findings ?? []).map((f) => ({
            key: `${f.kind}:${f.term}`,
            severity: f.severity,
            text: findingText(f),
          })),
          ...(check?.tooLong ?? []).map((long) => ({
            key: `length:${long.network}`,
            severity: 'error' as const,
            text: tn('check.tooLong', long.limit, { network: long.label, used: formatNumber(long.used) }),
          })),
        ];
        const label = t('studio.suggestionN', { n: index + 1 });
        return (
          <div key={index} className="studio-suggestion" role="group" aria-label={label}>
            <div className="studio-field">
              <label htmlFor={`${id}-${index}-network`}>{t('studio.suggestionNetwork')}</label>
              <select
                id={`${id}-${index}-network`}
                value={suggestion.network}
                onChange={(e) =>
                  fields.set(
                    [...path, 'network'],
                    e.target.value === 'any' ? undefined : (e.target.value as SuggestionNetwork),
                  )
                }
              >
                <option value="any">{t('check.anyNetwork')}</option>
                {NETWORKS.map((network) => (
                  <option key={network} value={network}>
                    {NETWORK_LABELS[network]}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              path={[...path, 'text']}
              label={t('studio.suggestionText', { n: index + 1 })}
              multiline
            />
            <TextField
              path={[...path, 'language']}
              label={t('studio.suggestionLanguage', { n: index + 1 })}
            />
            <p className="studio-length">
              {t('studio.characters', { count: formatNumber([...suggestion.text].length) })}
            </p>
            {problems.length > 0 && (
              <ul className="check-problems" aria-label={t('check.suggestionProblems')}>
                {problems.map((p) => (
                  <li key={p.key} className={`check-${p.severity}`}>
                    {p.severity === 'error' ? t('check.error') : t('check.warning')} {p.text}
                  </li>
                ))}
              </ul>
            )}
            <button
              type="button"
              onClick={() =>
                fields.set(
                  base,
                  list.filter((_, i) => i !== index),
                )
              }
            >
              {t('studio.removeSuggestion', { n: index + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => fields.set(base, [...list, { text: '', network: 'any' }])}>
        {t('studio.addSuggestion')}
      </button>
    </fieldset>
  );
}

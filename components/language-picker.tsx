import { useId, useState, type FormEvent } from 'react';
import { languageLabel } from './feed-view';

export interface LanguagePickerProps {
  /** Languages seen in the cached items. */
  available: readonly string[];
  /** The employee's languages; empty means every language shows. */
  value: readonly string[];
  onChange: (languages: string[]) => void;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** Checkboxes for known languages plus a field to add another language code. */
export function LanguagePicker({ available, value, onChange }: LanguagePickerProps) {
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const lower = (s: string) => s.toLowerCase();
  const picked = new Set(value.map(lower));
  const choices = [...available];
  for (const l of value) if (!choices.some((c) => lower(c) === lower(l))) choices.push(l);

  function toggle(code: string, on: boolean) {
    onChange(on ? [...value, code] : value.filter((l) => lower(l) !== lower(code)));
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const code = draft.trim();
    if (!LANGUAGE_TAG.test(code)) {
      setError('Use a language code such as "en", "pl" or "pt-BR".');
      return;
    }
    setError(null);
    setDraft('');
    if (!picked.has(lower(code))) onChange([...value, code]);
  }

  return (
    <fieldset className="picker">
      <legend>Show items in these languages</legend>
      <p className="hint">
        {value.length === 0
          ? 'None picked: every language shows.'
          : 'Items that name no language always show.'}
      </p>
      {choices.length === 0 && <p className="hint">No languages seen in your feeds yet.</p>}
      {choices.map((code) => (
        <label key={code} className="check">
          <input
            type="checkbox"
            checked={picked.has(lower(code))}
            onChange={(e) => toggle(code, e.target.checked)}
          />
          <span>{languageLabel(code)}</span>
        </label>
      ))}
      <form className="language-add" onSubmit={add} noValidate>
        <label htmlFor={inputId}>Add a language code</label>
        <input
          id={inputId}
          value={draft}
          placeholder="e.g. de"
          aria-invalid={error !== null}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
        />
        <button type="submit">Add</button>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { languageLabel } from './feed-view';
import { t } from '@/shared/i18n';

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
      setError(t('languages.invalid'));
      return;
    }
    setError(null);
    setDraft('');
    if (!picked.has(lower(code))) onChange([...value, code]);
  }

  return (
    <fieldset className="picker">
      <legend>{t('languages.legend')}</legend>
      <p className="hint">{value.length === 0 ? t('languages.nonePicked') : t('languages.unnamedShow')}</p>
      {choices.length === 0 && <p className="hint">{t('languages.noneSeen')}</p>}
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
        <label htmlFor={inputId}>{t('languages.addLabel')}</label>
        <input
          id={inputId}
          value={draft}
          placeholder={t('languages.placeholder')}
          aria-invalid={error !== null}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
        />
        <button type="submit">{t('languages.add')}</button>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  );
}

import { useState, type FormEvent } from 'react';
import type { VoiceSettings } from '@/shared/share/types';
import { t } from '@/shared/i18n';

export interface VoiceSettingsFormProps {
  value: VoiceSettings;
  onSave: (value: VoiceSettings) => void;
}

/** Splits "#one two, #three" into ["#one", "#two", "#three"]. */
export function parseHashtags(input: string): string[] {
  const tags = input
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#+/, ''))
    .filter(Boolean)
    .map((tag) => `#${tag}`);
  return [...new Set(tags)];
}

/** The employee's own voice: sign-off, favourite hashtags, Mastodon server. Kept on this machine. */
export function VoiceSettingsForm({ value, onSave }: VoiceSettingsFormProps) {
  const [signOff, setSignOff] = useState(value.signOff);
  const [hashtags, setHashtags] = useState(value.favoriteHashtags.join(' '));
  const [instance, setInstance] = useState(value.mastodonInstance);
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({
      signOff: signOff.trim(),
      favoriteHashtags: parseHashtags(hashtags),
      mastodonInstance: instance.trim(),
    });
    setSaved(true);
  }

  return (
    <form className="voice-form" onSubmit={submit} onChange={() => setSaved(false)}>
      <label>
        {t('voice.signOff')}
        <textarea
          rows={2}
          value={signOff}
          onChange={(e) => setSignOff(e.target.value)}
          placeholder={t('voice.signOffPlaceholder')}
        />
      </label>
      <label>
        {t('voice.hashtags')}
        <input
          value={hashtags}
          onChange={(e) => setHashtags(e.target.value)}
          placeholder="#engineering #womenintech"
        />
      </label>
      <label>
        {t('voice.mastodon')}
        <input value={instance} onChange={(e) => setInstance(e.target.value)} placeholder="mastodon.social" />
      </label>
      <div className="voice-form-actions">
        <button type="submit">{t('voice.save')}</button>
        {saved && (
          <span className="hint" role="status">
            {t('voice.saved')}
          </span>
        )}
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import type { VoiceSettings } from '@/shared/share/types';

export interface VoiceSettingsFormProps {
  value: VoiceSettings;
  onSave: (value: VoiceSettings) => void;
}

/** Splits "#one two, #three" into ["#one", "#two", "#three"]. */
export function parseHashtags(input: string): string[] {
  const tags = input
    .split(/[\s,]+/)
    .map((t) => t.replace(/^#+/, ''))
    .filter(Boolean)
    .map((t) => `#${t}`);
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
        Sign-off or signature
        <textarea
          rows={2}
          value={signOff}
          onChange={(e) => setSignOff(e.target.value)}
          placeholder="e.g. — Ana, building the mobile app at Acme"
        />
      </label>
      <label>
        Favourite hashtags
        <input
          value={hashtags}
          onChange={(e) => setHashtags(e.target.value)}
          placeholder="#engineering #womenintech"
        />
      </label>
      <label>
        Your Mastodon server (for sharing to Mastodon)
        <input value={instance} onChange={(e) => setInstance(e.target.value)} placeholder="mastodon.social" />
      </label>
      <div className="voice-form-actions">
        <button type="submit">Save</button>
        {saved && (
          <span className="hint" role="status">
            Saved.
          </span>
        )}
      </div>
    </form>
  );
}

import { useId, useState } from 'react';
import { t } from '@/shared/i18n';

export interface StudioStartProps {
  /** The address being read, while one is. */
  busy: string | null;
  onNew: () => void;
  onDemo: () => void;
  onFile: (file: File) => void;
  onText: (text: string) => void;
  /** Called from the submit event itself, so the page can ask for the host permission in the gesture. */
  onUrl: (url: string) => void;
}

/** Where a feed starts: from nothing, the demo feed, a file, pasted text or a published address. */
export function StudioStart({ busy, onNew, onDemo, onFile, onText, onUrl }: StudioStartProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  return (
    <section className="studio-start" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('studio.start')}</h2>
      <p className="hint">{t('studio.startHint')}</p>
      <div className="studio-actions">
        <button type="button" onClick={onNew}>
          {t('studio.newFeed')}
        </button>
        <button type="button" onClick={onDemo}>
          {t('studio.fromDemo')}
        </button>
      </div>
      <div className="studio-field">
        <label htmlFor={`${id}-file`}>{t('studio.fromFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.xml,.rss,.atom,application/json,application/feed+json,application/xml,application/rss+xml,application/atom+xml"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onFile(file);
            e.target.value = '';
          }}
        />
      </div>
      <form
        className="studio-field"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy && url.trim() !== '') onUrl(url.trim());
        }}
      >
        <label htmlFor={`${id}-url`}>{t('studio.fromUrl')}</label>
        <div className="add-feed-row">
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            spellCheck={false}
            placeholder="https://news.example.com/feed.json"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit" disabled={busy !== null || url.trim() === ''}>
            {t('studio.openUrl')}
          </button>
        </div>
      </form>
      <form
        className="studio-field"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() !== '') onText(text);
        }}
      >
        <label htmlFor={`${id}-text`}>{t('studio.fromText')}</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="studio-actions">
          <button type="submit" disabled={text.trim() === ''}>
            {t('studio.openText')}
          </button>
        </div>
      </form>
    </section>
  );
}

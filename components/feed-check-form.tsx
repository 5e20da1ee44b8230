import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { t } from '@/shared/i18n';

export interface FeedCheckFormProps {
  /** Called from the submit event itself, so the page can ask for the host permission in the gesture. */
  onCheckUrl: (url: string) => void;
  onCheckFile: (file: File) => void;
  busy: boolean;
}

/** A feed URL to fetch, or a file to read: pasted, picked or dropped. */
export function FeedCheckForm({ onCheckUrl, onCheckFile, busy }: FeedCheckFormProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [dragging, setDragging] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy && url.trim() !== '') onCheckUrl(url.trim());
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) onCheckFile(file);
  }

  return (
    <div className="feed-check-form">
      <form className="add-feed" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-url`}>{t('addFeed.label')}</label>
        <div className="add-feed-row">
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            spellCheck={false}
            placeholder="https://news.example.com/ownvoice.json"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
          />
          <button type="submit" disabled={busy || url.trim() === ''}>
            {busy ? t('check.checking') : t('check.check')}
          </button>
        </div>
      </form>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={`${id}-file`}>{t('check.dropLabel')}</label>{' '}
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.xml,.rss,.atom,application/json,application/feed+json,application/xml,application/rss+xml,application/atom+xml"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onCheckFile(file);
            e.target.value = '';
          }}
        />
      </div>
    </div>
  );
}

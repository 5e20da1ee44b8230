import { t } from '@/shared/i18n';

export interface VoiceChipsProps {
  /** The item's hashtags and the employee's favourites: offered, never forced. */
  hashtags: string[];
  signOff: string;
  text: string;
  onInsert: (snippet: string) => void;
}

function asHashtag(tag: string): string {
  return tag.startsWith('#') ? tag : `#${tag.replace(/\s+/g, '')}`;
}

/** One click inserts a hashtag or the sign-off at the caret; ones already in the post are marked. */
export function VoiceChips({ hashtags, signOff, text, onInsert }: VoiceChipsProps) {
  const lower = text.toLowerCase();
  if (hashtags.length === 0 && !signOff) return null;
  return (
    <div className="voice-chips" role="group" aria-label={t('chips.label')}>
      {hashtags.map((tag) => {
        const hashtag = asHashtag(tag);
        const used = lower.includes(hashtag.toLowerCase());
        return (
          <button
            key={hashtag}
            type="button"
            className="chip chip-button"
            aria-pressed={used}
            disabled={used}
            onClick={() => onInsert(hashtag)}
          >
            {hashtag}
          </button>
        );
      })}
      {signOff && (
        <button type="button" className="chip chip-button" onClick={() => onInsert(signOff)}>
          {t('chips.signOff')}
        </button>
      )}
    </div>
  );
}

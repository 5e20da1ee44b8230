import { StrictMode } from 'react';
import { failureText } from '@/shared/feed/problem-text';
import { createRoot } from 'react-dom/client';
import demoText from '@/assets/demo-feed.json?raw';
import { sendToBackground } from '@/shared/messaging';
import { requestFeedOrigin } from '@/shared/platform/permissions';
import { loadFeedImage } from '@/shared/platform/feed-images';
import { loadStudioDraft, saveStudioDraft } from '@/storage/studio-draft';
import { App, type StudioDeps } from './app';
import { applyLocale, t } from '@/shared/i18n';
// One style sheet per page: style.css pulls in the shared sheets with @import.
import './style.css';

// Direction and language before the first paint, so Hebrew never flashes left-to-right.
applyLocale(document.documentElement);
document.title = `${t('extName')} — ${t('page.studioTitle')}`;

const deps: StudioDeps = {
  load: loadStudioDraft,
  save: saveStudioDraft,
  demoText,
  loadImage: loadFeedImage,
  // The same permission prompt and background fetch as the feed check page.
  requestOrigin: requestFeedOrigin,
  async fetchText(url) {
    const answer = await sendToBackground({ type: 'feeds/fetch-text', url });
    return answer.ok ? { ok: true, text: answer.data.text } : { ok: false, reason: failureText(answer) };
  },
  download(fileName, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/feed+json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // The download has its own copy once it started; the object URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  },
  copy: (text) => navigator.clipboard.writeText(text).then(() => true),
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App deps={deps} />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyLocale, t } from '@/shared/i18n';
import { sendToBackground } from '@/shared/messaging';
import { PanelApp } from './app';
import { createPageLink } from './page-link';
import { createPanelStore } from './store';
import { watchVisibility } from './visibility';
import './style.css';

// The panel follows the extension's UI language and direction, not LinkedIn's page.
applyLocale(document.documentElement);
document.title = t('extName');

// Asked for before React starts, so the answer is on its way meanwhile. The panel cannot read
// IndexedDB itself: on linkedin.com it is a third-party frame, whose storage Chromium denies
// ("The user denied permission to access the database"), so the background reads it.
const firstData = sendToBackground({ type: 'overlay/data' });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PanelApp
      store={createPanelStore()}
      page={createPageLink(sendToBackground, watchVisibility(document.documentElement))}
      firstData={firstData}
    />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { applyLocale, t } from '@/shared/i18n';
// One style sheet per page: style.css pulls in the shared sheets with @import.
import './style.css';

// Direction and language before the first paint, so Hebrew never flashes left-to-right.
applyLocale(document.documentElement);
document.title = `${t('extName')} — ${t('page.historyTitle')}`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

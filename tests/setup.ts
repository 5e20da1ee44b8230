import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage } from './support/locale-messages';

// findBy* and waitFor give up after 1 s by default; IndexedDB answers (fake-indexeddb) can take
// longer than that when the suite shares a busy two-core machine. Waiting longer only delays failures.
configure({ asyncUtilTimeout: 5_000 });

// The fake browser leaves i18n unimplemented; answer as Chromium does with an English UI.
const englishMessage = fakeGetMessage('en');

beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = englishMessage as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en';
  globalThis.localStorage?.clear();
});

afterEach(() => {
  cleanup();
});

import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeGetMessage } from './support/locale-messages';

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

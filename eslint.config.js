import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

// The walls from ../shared/STYLE.md: IndexedDB belongs to the extension origin, so views and the
// LinkedIn overlay never import Dexie or storage/; they get data through props, hooks or messages.
const noStorage = {
  patterns: [
    {
      group: ['dexie', 'dexie-react-hooks'],
      message: 'Views and the overlay get data by props or messages, never from Dexie.',
    },
    {
      group: ['@/storage', '@/storage/*', '~/storage', '~/storage/*', '**/storage/*'],
      message: 'Only extension pages and the background use storage/.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Nothing from a feed is HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Nothing from a feed is HTML.',
        },
      ],
    },
  },
  {
    // The panel is an extension page, but framed in linkedin.com its IndexedDB is third-party
    // storage, which the browser denies: it asks the background, like the page script.
    files: [
      'components/**/*.{ts,tsx}',
      'entrypoints/linkedin-page/**/*.{ts,tsx}',
      'entrypoints/panel/**/*.{ts,tsx}',
    ],
    rules: { 'no-restricted-imports': ['error', noStorage] },
  },
  {
    // Extension code logs through shared/logger.ts only: a stray console line in the overlay would
    // print into LinkedIn's own console.
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'storage/**/*.ts', 'shared/**/*.ts'],
    ignores: ['shared/logger.ts', 'shared/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // ReDoS (issue 23): a regular expression whose time grows faster than its input lets one
    // feed, policy or pasted post freeze the popup or the LinkedIn tab. Nearly every expression
    // here sees such text, so the whole source is checked, at the rules' strictest: "potential"
    // reports too, and expressions built from parts (`new RegExp(…)`) or sticky ones are not
    // skipped. Tests and tools too, so a pattern copied from them into the product is already safe.
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': [
        'error',
        { report: 'potential', ignorePartial: false, ignoreSticky: false },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-empty-function': 'off' },
  },
);

import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Tests build deliberately malformed documents, which have no type.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The domain core runs the same in the browser, in Node and in the CLI: no UI, DOM or storage.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'svelte',
                'svelte/*',
                '@xyflow/*',
                'dexie',
                'dexie/*',
                'd3-selection',
                'd3-zoom',
                'yjs',
              ],
              message: 'The core imports no UI, storage or document library.',
            },
            {
              group: ['**/state/**', '**/ui/**', '**/persistence/**', '**/document/**', '*.svelte'],
              message:
                'The core never imports from state, ui, persistence or the document adapter.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'indexedDB',
        'localStorage',
        'navigator',
      ],
    },
  },
  {
    // The document adapter turns the shared document into the core's data and back; it knows
    // nothing of the interface or of where the document is stored.
    files: ['src/document/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', '@xyflow/*', 'dexie', 'dexie/*'],
              message: 'The document adapter imports no UI or storage library.',
            },
            {
              group: ['**/state/**', '**/ui/**', '**/persistence/**', '*.svelte'],
              message: 'The document adapter never imports from state, ui or persistence.',
            },
          ],
        },
      ],
    },
  },
);

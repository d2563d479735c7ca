// ESLint: typescript-eslint's recommended type-aware rules for all TypeScript, plus the
// project's boundaries (src/ is platform-free; only extension/browser.ts imports the polyfill).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-firefox/',
      'node_modules/',
      'test-results/',
      '.cache/',
      'test/fixtures/sites/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'indexedDB', 'window', 'document'],
      'no-restricted-imports': ['error', { patterns: ['webextension-polyfill', '**/extension/**'] }],
    },
  },
  {
    files: ['extension/**/*.{ts,tsx}'],
    ignores: ['extension/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['webextension-polyfill'] }] },
  },
  {
    // Tests use asymmetric matchers (typed any) and stub async functions without awaits.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);

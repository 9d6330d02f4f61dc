import tseslint from 'typescript-eslint';

// Browser globals that would tie the analyzer to a page; it must run in Node too.
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'browser', 'chrome', 'location', 'HTMLElement', 'Node', 'CSS', 'localStorage', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'tests/e2e/fixtures/vendor/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/analyzer/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-console': 'error',
    },
  },
);

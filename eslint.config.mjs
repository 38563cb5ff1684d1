import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'var/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      // Every CSV goes through csvStringifier (libs/common), which neutralises formula-like cells.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'csv-stringify', message: 'Write CSV with csvStringifier from @app/common (CSV injection).' }],
          patterns: [{ group: ['csv-stringify/*'], message: 'Write CSV with csvStringifier from @app/common (CSV injection).' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env'] ", message: 'Read configuration through AppConfig (libs/config), not process.env.' },
      ],
    },
  },
  {
    // Entry points, tooling and tests may read the environment directly.
    files: ['apps/*/src/main.ts', 'apps/api/src/bootstrap.ts', 'libs/config/**', 'libs/testing/**', 'scripts/**', 'test/**', 'bench/**', 'libs/db/src/data-source.ts', '**/*.spec.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['libs/common/src/csv/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The web app runs in the browser: its globals, and no server configuration to read
    // (build-time settings come through import.meta.env). Its tooling (Vite, Playwright) may read the environment.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx', 'apps/web/**/*.mts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/web/vite.config.mts', 'apps/web/playwright.config.ts', 'apps/web/e2e/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);

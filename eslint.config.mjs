import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Libraries under libs/ talk to each other through their barrels only (`@app/<lib>`): its module,
// services, ports and the types they return. Never another library's files by deep or relative path,
// and never its repositories (ask the owning module's service).
const LIBRARIES = ['appeals', 'applications', 'audit', 'auth', 'certificates', 'committee', 'common', 'config', 'db', 'identity', 'notice', 'notifications', 'organisations', 'outbox', 'queue', 'review', 'testing'];
const CSV_PATH = { name: 'csv-stringify', message: 'Write CSV with csvStringifier from @app/common (CSV injection).' };
const CSV_PATTERN = { group: ['csv-stringify/*'], message: 'Write CSV with csvStringifier from @app/common (CSV injection).' };
const ACROSS_LIBRARIES = [
  { regex: '^(@app/|(\\.\\./)+[a-z-]+/src/).*\\.repository$', message: "A repository is its module's own: ask that module's service (import it from @app/<lib>)." },
  { regex: '^@app/[a-z-]+/', message: "Import another library through its barrel only: @app/<lib>, not @app/<lib>/<file>." },
];
/** Within libs/<own>/, relative paths that climb out into another library (../../<other>/src/...). */
const relativeIntoOtherLibraries = (own) => ({
  regex: `^(\\.\\./)+(${LIBRARIES.filter((lib) => lib !== own).join('|')})/`,
  message: "Import another library through its barrel only (@app/<lib>), not by a relative path into its files.",
});
const importRules = (patterns) => ['error', { paths: [CSV_PATH], patterns: [CSV_PATTERN, ...patterns] }];

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
      'no-restricted-imports': importRules([]),
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
  // The API and the worker, like every library, reach a library through its barrel.
  {
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    rules: { 'no-restricted-imports': importRules(ACROSS_LIBRARIES) },
  },
  ...LIBRARIES.map((lib) => ({
    files: [`libs/${lib}/**/*.ts`],
    rules: { 'no-restricted-imports': importRules([...ACROSS_LIBRARIES, relativeIntoOtherLibraries(lib)]) },
  })),
  {
    // Tests are white-box (they may check a repository's SQL), and Jest's globalSetup files load before the
    // `@app/*` paths are mapped, so they reach libs/db by relative path.
    files: ['**/*.spec.ts', 'libs/testing/src/global-setup.ts', 'libs/testing/src/global-teardown.ts', 'libs/testing/src/database-owner.ts'],
    rules: { 'no-restricted-imports': importRules([]) },
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

// Three projects: unit specs live beside the code; service specs (a service on a real database,
// no HTTP: rule matrices) in test/service/; end-to-end specs (journeys over HTTP) in test/.
// Both run TypeScript through SWC (fast, keeps decorator metadata for Nest/TypeORM).
const fs = require('fs');
const swcrc = JSON.parse(fs.readFileSync(__dirname + '/.swcrc', 'utf8'));
const libs = ['config', 'db', 'common', 'queue', 'auth', 'identity', 'notifications', 'applications', 'audit', 'outbox', 'review', 'committee', 'notice', 'certificates', 'appeals', 'organisations', 'testing'];
// file-type's exports map offers only `import`/`module-sync` under `node`, which Jest's
// CommonJS resolver never picks; point it at the entry file (SWC transpiles it, see below).
const moduleNameMapper = { '^file-type$': '<rootDir>/node_modules/file-type/index.js' };
for (const lib of libs) {
  moduleNameMapper[`^@app/${lib}$`] = `<rootDir>/libs/${lib}/src`;
  moduleNameMapper[`^@app/${lib}/(.*)$`] = `<rootDir>/libs/${lib}/src/$1`;
}
// Packages that ship only ES modules: Node 20 can require() them, Jest's runtime cannot,
// so SWC turns them into CommonJS for the tests.
const esmPackages = ['content-disposition', '@x0k', 'file-type', 'strtok3', 'token-types', 'peek-readable', 'uint8array-extras', '@tokenizer', '@borewit'];
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }],
    '^.+\\.m?js$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  testEnvironment: 'node',
};
module.exports = {
  // Jest reads testTimeout only at the top level, not per project; e2e tests start real servers.
  testTimeout: 60000,
  // Jest's default is one worker per core minus one: a single worker on a two-core machine.
  // The e2e files spend most of their time waiting on their own API, worker, PostgreSQL and
  // Redis (each file has its own database and queue prefix), so two at once use both cores:
  // the whole suite took 4.7 minutes instead of about 7 on two cores.
  maxWorkers: Math.max(2, require('os').availableParallelism() - 1),
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/apps/**/*.spec.ts', '<rootDir>/libs/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
      // The web app's browser tests are Playwright's (npm run test:web); its plain unit specs
      // (apps/web/src, no DOM: e.g. the translation files' keys) run here.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/e2e/'],
    },
    {
      ...common,
      displayName: 'service',
      testMatch: ['<rootDir>/test/service/**/*.service-spec.ts'],
      // The same template database as e2e (global-setup makes it once per run, whichever project asks first).
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/global-teardown.ts',
    },
  ],
};

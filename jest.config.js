// Unit specs live beside the code. Jest runs in native-ESM mode because NestJS 12 is ESM-only
// and Jest cannot require() ESM on Node 20 (see ../shared/DEPENDENCIES.md).
import vm from 'node:vm';

// Some CommonJS dependencies require() packages that now ship as ESM only (@fastify/static requires
// content-disposition 3). Node loads those through require(esm); Jest can too from Node 24.9 (it checks
// SourceTextModule#hasAsyncGraph, as here) and then loads them as ESM, so compiling them to CommonJS would
// break them. Before 24.9 Jest's CJS loader cannot, so there they are compiled to CommonJS for the tests.
const JEST_REQUIRES_ESM = typeof vm.SourceTextModule?.prototype.hasAsyncGraph === 'function';
const ESM_ONLY_REQUIRED_BY_CJS = JEST_REQUIRES_ESM ? [] : ['content-disposition'];
const esmOnlyTransform = ESM_ONLY_REQUIRED_BY_CJS.length === 0 ? {} : {
  [`/node_modules/(${ESM_ONLY_REQUIRED_BY_CJS.join('|')})/.+\\.js$`]: [
    'ts-jest',
    { useESM: false, tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
  ],
};

export default {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  // Jest crawls only its roots: ./data (the app's DATA_DIR by default), client/ and dist/ stay out, so a store
  // or any other file a run of the app leaves there is never taken for a test or a snapshot.
  roots: ['<rootDir>/src', '<rootDir>/tools'],
  testEnvironment: 'node',
  // Build tools (tools/) have their specs beside them too.
  testRegex: '(src|tools)/.*\\.spec\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transformIgnorePatterns: ESM_ONLY_REQUIRED_BY_CJS.length === 0 ? ['/node_modules/'] : [`/node_modules/(?!(${ESM_ONLY_REQUIRED_BY_CJS.join('|')})/)`],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
    ...esmOnlyTransform,
  },
};

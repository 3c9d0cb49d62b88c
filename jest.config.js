// Unit specs live beside the code. Jest runs in native-ESM mode because NestJS 12 is ESM-only
// and Jest cannot require() ESM on Node 20 (see ../shared/DEPENDENCIES.md).
// Some CommonJS dependencies require() packages that now ship as ESM only (@fastify/static requires
// content-disposition 3); Node 20 loads those through require(esm), Jest's CJS loader cannot, so they are
// compiled to CommonJS for the tests.
const ESM_ONLY_REQUIRED_BY_CJS = ['content-disposition'];

export default {
  moduleFileExtensions: ['js', 'json', 'ts'],
  rootDir: '.',
  // Jest crawls only its roots: ./data (the app's DATA_DIR by default), client/ and dist/ stay out, so a store
  // or any other file a run of the app leaves there is never taken for a test or a snapshot.
  roots: ['<rootDir>/src'],
  testEnvironment: 'node',
  testRegex: 'src/.*\\.spec\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_REQUIRED_BY_CJS.join('|')})/)`],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json' }],
    [`/node_modules/(${ESM_ONLY_REQUIRED_BY_CJS.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { useESM: false, tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true } },
    ],
  },
};

// Type-aware lint (STYLE.md, NestJS section; modelled on immich server/eslint.config.mjs). The rules that
// matter most here are the ones only type information can check: a promise nobody awaits
// (no-floating-promises), a promise passed where a void callback is expected (no-misused-promises) and a
// switch over a union that forgets a member (switch-exhaustiveness-check).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaryConfigs, featuresIn } from './eslint.boundaries.mjs';

const SERVER_TS = ['src/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'tools/**/*.ts'];
const CLIENT_TS = ['client/src/**/*.{ts,tsx}'];

const typeAwareRules = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
  // A `default:` branch does not excuse a missing case: adding a member to a union must show up here.
  '@typescript-eslint/switch-exhaustiveness-check': [
    'error',
    { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
  ],
  // `_name` marks a parameter kept for its position (Nest hooks, Fastify handlers, Array callbacks).
  '@typescript-eslint/no-unused-vars': [
    'error',
    { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
  ],
};

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'client/dist/',
    'coverage/',
    'test-output/',
    'terraform/',
    'data/',
    'connector/',
  ]),

  // Plain JavaScript (jest configs, bench/, eval/, client e2e and build scripts) runs on Node.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  // Playwright's page.evaluate()/waitForFunction() callbacks run in the browser.
  {
    files: ['client/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  {
    files: SERVER_TS,
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
      // test/ and scripts/ each hold a tsconfig.json extending tsconfig.test.json, so the project
      // service finds the same compiler options ts-jest and tsx use for them.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...typeAwareRules,
      // Nest providers implement interfaces (OnModuleInit, CanActivate...) whose methods may be async
      // without awaiting anything; requiring an await there would only add noise.
      '@typescript-eslint/require-await': 'off',
    },
  },

  // supertest's `res.body` is `any` by design: every e2e assertion reads it, so the no-unsafe-* family
  // reports each `expect(res.body.x)` line without finding anything a failing assertion would not.
  // The rules stay errors for src/, where an `any` is a real hole in the types.
  {
    files: ['test/**/*.ts', 'src/**/*.spec.ts', 'tools/**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // expect(service.method).toHaveBeenCalled() passes methods around unbound on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Features never import each other, and pure parts never import Nest (see eslint.boundaries.mjs).
  ...boundaryConfigs(featuresIn(new URL('./src', import.meta.url))),

  {
    files: CLIENT_TS,
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...typeAwareRules,
      '@typescript-eslint/require-await': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
]);

// The image replay (test/deploy/*.deploy-spec.ts) installs, builds and prunes a scratch copy of the
// repository, which takes minutes: it runs on its own through `npm run test:deploy`, not in test:e2e.
import unit from './jest.config.js';

export default { ...unit, roots: ['<rootDir>/test'], testRegex: 'test/deploy/.*\\.deploy-spec\\.ts$', testTimeout: 20 * 60 * 1000 };

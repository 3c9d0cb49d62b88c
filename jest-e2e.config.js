// e2e specs boot the real Fastify application (see test/support/app.ts).
import unit from './jest.config.js';

export default { ...unit, roots: ['<rootDir>/test'], testRegex: 'test/.*\\.e2e-spec\\.ts$', testTimeout: 60000 };

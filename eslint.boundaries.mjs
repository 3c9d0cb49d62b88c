// Boundaries the linter keeps (DESIGN.md: features never import each other; pure parts stay free of Nest),
// with ESLint's own no-restricted-imports: no plugin, and its `regex` patterns see exactly the specifier.
// Every folder of src/ that is not shared is a feature, so a new src/alerts or src/database is held to the
// same rule the day it appears. Only the composition root (src/app.module.ts, src/app.factory.ts, src/main.ts)
// wires features together.
import { readdirSync } from 'node:fs';

/** What every feature may import; these must not import a feature themselves. */
export const SHARED = ['common', 'config', 'ops', 'openapi', 'static'];

/**
 * The parts of each feature that are plain modules (Nest wrappers live in the feature's root folder).
 * writer/ is listed before it exists: the telemetry writer is moving out of simulator/ into it.
 */
export const PURE_PARTS = {
  telemetry: ['store', 'writer', 'wal', 'listing', 'simulator', 'readings'],
  compliance: ['rag', 'index', 'corpus', 'embeddings'],
};

export function featuresIn(srcDir) {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SHARED.includes(entry.name))
    .map((entry) => entry.name)
    .sort();
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A relative specifier that climbs out of the importing folder into `folder` (`../compliance/x.js`, `../../telemetry`). */
function intoFolder(folder, message) {
  return { regex: `^(\\.\\./)+${escape(folder)}(/|$)`, message };
}

const NEST = { group: ['@nestjs/*', '@nestjs/**'], message: 'A pure part imports no Nest: keep the Nest wrapper (service, module, controller) in the feature root and pass plain values in.' };

/** ESLint flat-config blocks for the TypeScript files of src/, given the feature folders. */
export function boundaryConfigs(features) {
  const patternsFor = (owner) =>
    features
      .filter((feature) => feature !== owner)
      .map((feature) =>
        intoFolder(
          feature,
          owner === undefined
            ? `Shared code (${SHARED.join(', ')}) must not depend on the ${feature} feature.`
            : `The ${owner} feature must not import the ${feature} feature: features never import each other; move what both need to src/common.`,
        ),
      );
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  const blocks = [{ files: SHARED.map((dir) => `src/${dir}/**/*.ts`), rules: rule(patternsFor(undefined)) }];
  for (const feature of features) {
    // A later block replaces an earlier one's options for the same rule: pure parts repeat the feature rule.
    blocks.push({ files: [`src/${feature}/**/*.ts`], rules: rule(patternsFor(feature)) });
    const pure = PURE_PARTS[feature] ?? [];
    if (pure.length > 0) {
      blocks.push({ files: pure.map((part) => `src/${feature}/${part}/**/*.ts`), rules: rule([...patternsFor(feature), NEST]) });
    }
  }
  return blocks;
}

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

interface BoundariesModule {
  boundaryConfigs(features: string[]): Linter.Config[];
  featuresIn(srcDir: string): string[];
}

/**
 * Lints probe sources as if they sat at the given paths under src/, with the boundary blocks eslint.config.mjs
 * uses (without the type-aware rules, which need the files on disk). Nothing is written into src/.
 */
describe('lint boundaries (eslint.boundaries.mjs)', () => {
  let eslint: ESLint;
  let features: string[];

  beforeAll(async () => {
    const boundaries = (await import(pathToFileURL(resolve('eslint.boundaries.mjs')).href)) as BoundariesModule;
    features = boundaries.featuresIn(resolve('src'));
    eslint = new ESLint({
      cwd: process.cwd(),
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...boundaries.boundaryConfigs([...features, 'alerts'])],
    });
  });

  async function problems(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
  }

  it('treats every non-shared folder of src/ as a feature', () => {
    expect(features).toEqual(expect.arrayContaining(['compliance', 'telemetry']));
    expect(features).not.toEqual(expect.arrayContaining(['common']));
  });

  it.each([
    ['src/telemetry/telemetry.service.ts', "import { ComplianceErrors } from '../compliance/compliance.errors.js';", /telemetry feature must not import the compliance feature/],
    ['src/telemetry/store/meter-store.ts', "import type { AskResult } from '../../compliance/rag/rag-types.js';", /telemetry feature must not import the compliance feature/],
    ['src/compliance/rag/compliance-chain.ts', "export { TelemetryErrors } from '../../telemetry/telemetry.errors.js';", /compliance feature must not import the telemetry feature/],
    ['src/alerts/alerts.service.ts', "import { TelemetryService } from '../telemetry/telemetry.service.js';", /alerts feature must not import the telemetry feature/],
    ['src/common/http/helper.ts', "import { ComplianceService } from '../../compliance/compliance.service.js';", /Shared code .* must not depend on the compliance feature/],
    ['src/telemetry/writer/writer.worker.ts', "import { Injectable } from '@nestjs/common';", /pure part imports no Nest/],
    ['src/compliance/index/chunk-index.ts', "import { Logger } from '@nestjs/common';", /pure part imports no Nest/],
    ['src/telemetry/wal/readings-wal.ts', "import { Test } from '@nestjs/testing';", /pure part imports no Nest/],
  ])('refuses %s: %s', async (filePath, code, expected) => {
    const found = await problems(filePath, code);
    expect(found).toEqual([expect.stringMatching(expected)]);
  });

  it.each([
    ['src/telemetry/store/meter-store.ts', "import { TelemetryErrors } from '../telemetry.errors.js';\nimport { AppError } from '../../common/errors/app-error.js';"],
    ['src/telemetry/telemetry.service.ts', "import { Injectable } from '@nestjs/common';\nimport { MeterStore } from './store/meter-store.js';"],
    ['src/compliance/rag/chat-model.ts', "import type { AppConfig } from '../../config/app-config.js';\nimport { initChatModel } from 'langchain/chat_models/universal';"],
    ['src/app.module.ts', "import { ComplianceModule } from './compliance/compliance.module.js';\nimport { TelemetryModule } from './telemetry/telemetry.module.js';"],
  ])('allows %s', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });
});

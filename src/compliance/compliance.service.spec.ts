import { loadConfig } from '../config/load-config.js';
import { HealthRegistry } from '../ops/health-registry.js';
import { MetricsService } from '../ops/metrics.service.js';
import type { ComplianceEngine } from './compliance-engine.js';
import { ComplianceService } from './compliance.service.js';
import type { AskResult } from './rag/rag-types.js';

const ANSWER: AskResult = { answer: 'Audits above 10 TJ. [1]', refused: false, citations: [], mode: 'extractive' };

function slowEngine(): { engine: ComplianceEngine; finishBuild: () => void } {
  let finishBuild = (): void => undefined;
  const opened = new Promise<'built'>((resolve) => {
    finishBuild = () => resolve('built');
  });
  const engine = {
    open: () => opened,
    ask: async () => ANSWER,
    index: { info: { chunkCount: 3, embedder: { name: 'openai' } } },
    embedder: { identity: { name: 'openai' } },
    hasChatModel: false,
  } as unknown as ComplianceEngine;
  return { engine, finishBuild: () => finishBuild() };
}

describe(ComplianceService.name, () => {
  it('answers 503 COMPLIANCE_INDEX_NOT_READY while the index is still building after the boot wait, then serves', async () => {
    const { engine, finishBuild } = slowEngine();
    const health = new HealthRegistry();
    const service = new ComplianceService(engine, health, new MetricsService(), loadConfig({}));
    service.bootWaitMs = 10;
    await service.onModuleInit();
    await expect(service.ask('Which enterprises need audits?')).rejects.toMatchObject({ code: 'COMPLIANCE_INDEX_NOT_READY', status: 503 });
    expect(health.report().components.compliance.status).toBe('degraded');

    finishBuild();
    await new Promise((resolve) => setImmediate(resolve));
    await expect(service.ask('Which enterprises need audits?')).resolves.toEqual(ANSWER);
    expect(health.report().components.compliance.status).toBe('up');
  });
});

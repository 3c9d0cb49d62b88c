import type { MetricsService } from '../../ops/metrics.service.js';
import { METER_STATUSES } from '../telemetry.constants.js';
import { H_GRID_HEAD, STATUS_COUNT, type StoreViews } from '../store/store-layout.js';
import type { GoneKind } from '../../common/workers/worker-supervisor.js';

export interface WriterMetrics {
  tickObserved(durationMs: number): void;
  /** Copies the latest tick's per-status counts into the gauge. */
  statusUpdated(): void;
  workerReplaced(kind: GoneKind): void;
}

/** The writer's Prometheus series; names are kept from when the writer was called the simulator. */
export function writerMetrics(metrics: MetricsService, views: StoreViews): WriterMetrics {
  const tickHistogram = metrics.histogram('powergrid_simulator_tick_duration_seconds', 'Worker time to compute and publish one tick.', [], [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1]);
  const byStatus = metrics.gauge('powergrid_meters_by_status', 'Meters in each status at the latest tick.', ['status']);
  const restarts = metrics.counter('powergrid_simulator_restarts_total', 'Simulator workers replaced after a crash or a hang.', ['reason']);
  return {
    tickObserved: (durationMs) => tickHistogram.observe(durationMs / 1000),
    statusUpdated: () => {
      const base = views.header[H_GRID_HEAD] * STATUS_COUNT;
      METER_STATUSES.forEach((status, i) => byStatus.set({ status }, views.gridStatus[base + i]));
    },
    workerReplaced: (kind) => restarts.inc({ reason: kind }),
  };
}

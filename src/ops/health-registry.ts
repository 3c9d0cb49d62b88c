import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { redactPaths } from '../common/storage/redact-paths.js';

export type ComponentStatus = 'up' | 'degraded' | 'down';

export interface ComponentHealth {
  status: ComponentStatus;
  detail?: string;
  /** Whether it can serve now; when absent, anything but down can. */
  ready?: boolean;
}

export interface ComponentReport extends ComponentHealth {
  /** An optional component (the copilot) never makes the instance unready: telemetry serves without it. */
  optional: boolean;
  /** This component can serve its requests now. */
  ready: boolean;
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'unavailable';
  live: boolean;
  ready: boolean;
  uptimeSeconds: number;
  components: Record<string, ComponentReport>;
}

export interface ProbeOptions {
  optional?: boolean;
}

/** Features register a probe here; ops only aggregates, so features never import each other for health. */
@Injectable()
export class HealthRegistry {
  private readonly probes = new Map<string, { probe: () => ComponentHealth; optional: boolean }>();

  constructor(@Inject(APP_CONFIG) private readonly config?: Pick<AppConfig, 'dataDir'>) {}

  register(name: string, probe: () => ComponentHealth, options: ProbeOptions = {}): void {
    this.probes.set(name, { probe, optional: options.optional === true });
  }

  /**
   * Ready unless a required component is down; an optional one that is down or degraded only lowers the
   * status to degraded. Details never carry the data directory's path (the report is unauthenticated).
   */
  report(): HealthReport {
    const components: Record<string, ComponentReport> = {};
    for (const [name, { probe, optional }] of this.probes) {
      const health = safeProbe(probe);
      const detail = health.detail === undefined ? undefined : redactPaths(health.detail, this.config?.dataDir);
      components[name] = { status: health.status, ...(detail === undefined ? {} : { detail }), optional, ready: health.ready ?? health.status !== 'down' };
    }
    const all = Object.values(components);
    const ready = all.every((c) => c.ready || c.optional);
    const status = !ready ? 'unavailable' : all.some((c) => c.status !== 'up') ? 'degraded' : 'ok';
    return { status, live: true, ready, uptimeSeconds: Math.round(process.uptime()), components };
  }
}

function safeProbe(probe: () => ComponentHealth): ComponentHealth {
  try {
    return probe();
  } catch (error) {
    return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
  }
}

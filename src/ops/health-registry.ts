import { Injectable } from '@nestjs/common';

export type ComponentStatus = 'up' | 'degraded' | 'down';

export interface ComponentHealth {
  status: ComponentStatus;
  detail?: string;
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'unavailable';
  live: boolean;
  ready: boolean;
  uptimeSeconds: number;
  components: Record<string, ComponentHealth>;
}

/** Features register a probe here; ops only aggregates, so features never import each other for health. */
@Injectable()
export class HealthRegistry {
  private readonly probes = new Map<string, () => ComponentHealth>();

  register(name: string, probe: () => ComponentHealth): void {
    this.probes.set(name, probe);
  }

  report(): HealthReport {
    const components: Record<string, ComponentHealth> = {};
    for (const [name, probe] of this.probes) components[name] = safeProbe(probe);
    const statuses = Object.values(components).map((component) => component.status);
    const ready = !statuses.includes('down');
    const status = !ready ? 'unavailable' : statuses.includes('degraded') ? 'degraded' : 'ok';
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

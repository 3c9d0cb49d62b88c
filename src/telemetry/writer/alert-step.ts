import { H_GRID_COUNT, H_GRID_HEAD } from '../store/store-layout.js';
import { simulatedMeterId, simulatedSlotOf } from '../store/meter-ids.js';
import type { AlertEvent, AlertRecord } from '../alerts/alert-types.js';
import { AlertRules, type AlertRulesOptions } from './alert-rules.js';
import type { StoreWriter } from './store-writer.js';
import type { TickContext, TickStep } from './tick-steps.js';

/** What the host hands the writer about alerts: the rules' settings and the alerts active before a (re)start. */
export interface WriterAlertData {
  options: AlertRulesOptions;
  active: AlertRecord[];
}

/** The tick's alert events and what the rules cost, carried back to the host with the tick. */
export interface TickAlerts {
  alerts: AlertEvent[];
  alertsMs: number;
}

/**
 * The alert rules as a tick step: after the tick's values are written, one pass over the meters plus the
 * feeder, storm and region checks; the events wait here until the worker sends them with the tick.
 */
export class AlertStep implements TickStep {
  readonly name = 'alerts';
  private events: AlertEvent[] = [];
  private durationMs = 0;

  constructor(private readonly rules: AlertRules) {}

  afterValues(context: TickContext): void {
    const started = performance.now();
    const { views, latest, now } = context;
    this.rules.begin(latest, now);
    this.rules.scan(latest, 0, context.highWater, now);
    const history = { regionLoad: views.gridRegionLoad, head: views.header[H_GRID_HEAD], count: views.header[H_GRID_COUNT], length: views.dims.gridLength };
    for (const event of this.rules.finish(now, context.regionLoad, history)) this.events.push(event);
    this.durationMs = performance.now() - started;
  }

  /** The events since the last call, and the last tick's rule time. */
  drain(): TickAlerts {
    const alerts = this.events;
    this.events = [];
    return { alerts, alertsMs: this.durationMs };
  }
}

/** Plugs the alert rules into a writer, naming meters the way the API does and taking back the active alerts. */
export function attachAlerts(writer: StoreWriter, data: WriterAlertData): AlertStep {
  const { engine, registry } = writer;
  const simulated = engine.simulate ? engine.meterCount : 0;
  const rules = new AlertRules(writer.views, data.options, (slot) => registry.idOf(slot) ?? simulatedMeterId(slot));
  rules.restore(data.active, (meterId) => {
    const real = registry.slots.get(meterId);
    if (real !== undefined) return real;
    const slot = simulatedSlotOf(meterId);
    return slot >= 0 && slot < simulated ? slot : -1;
  });
  const step = new AlertStep(rules);
  engine.addStep(step);
  return step;
}

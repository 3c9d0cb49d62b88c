import { FLAG_USED, H_TICK } from '../store/store-layout.js';
import { storeWith } from './store.fixture.js';
import type { TickContext } from './tick-steps.js';
import { WriterEngine } from './writer-engine.js';

const T0 = Date.UTC(2026, 10, 25, 18);

describe(WriterEngine.name, () => {
  it('keeps 60 history points per meter, oldest first, one per tick', () => {
    const { store, engine } = storeWith(100, 0);
    for (let i = 0; i < 70; i++) engine.tick(T0 + i * 1000);
    const { latest, history } = store.meter(5);
    expect(history.time.length).toBe(60);
    expect(history.time[0]).toBe(T0 + 10_000);
    expect(history.time[59]).toBe(T0 + 69_000);
    expect(history.power[59]).toBe(latest.power[0]);
  });

  it('runs tick steps after the values are written and before they are published, in the order added', () => {
    const { engine, views, store } = storeWith(50, 0);
    engine.tick(T0);
    const calls: string[] = [];
    let seen: { tick: number; publishedTick: number; latestPower: number; previousPower: number; used: number } | undefined;
    engine.addStep({
      name: 'first',
      afterValues: (context: TickContext) => {
        calls.push('first.afterValues');
        let used = 0;
        for (let slot = 0; slot < context.highWater; slot++) if (views.flags[slot] & FLAG_USED) used++;
        seen = { tick: context.tick, publishedTick: views.header[H_TICK], latestPower: context.latest.power[7], previousPower: context.previous.power[7], used };
      },
      publish: () => calls.push('first.publish'),
    });
    engine.addStep({ name: 'second', afterValues: () => calls.push('second.afterValues') });
    const before = store.meter(7).latest.power[0];
    engine.tick(T0 + 1000);
    expect(calls).toEqual(['first.afterValues', 'second.afterValues', 'first.publish']);
    expect(seen).toEqual({ tick: 2, publishedTick: 1, latestPower: store.meter(7).latest.power[0], previousPower: before, used: 50 });
    expect(views.header[H_TICK]).toBe(2);
  });
});

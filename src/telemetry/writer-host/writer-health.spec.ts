import { writerHealth, type WriterState } from './writer-health.js';
import { hangLimitMs, restartDelayMs } from '../writer/worker-entry.js';

const healthy: WriterState = { running: true, simulating: true, lastTickAt: 10_000, tickMs: 1000, now: 10_500 };

describe('simulator health and supervision policy', () => {
  it('is up while ticks arrive, degraded when they stop, and up without a simulator', () => {
    expect(writerHealth(healthy).status).toBe('up');
    expect(writerHealth({ ...healthy, now: 13_500 })).toMatchObject({ status: 'degraded', detail: expect.stringMatching(/no tick for 3500 ms/) });
    expect(writerHealth({ ...healthy, simulating: false, now: 99_999 }).status).toBe('up');
  });

  it('is degraded while a worker is replaced or the disk refuses writes, down when no worker runs', () => {
    expect(writerHealth({ ...healthy, running: false, restartAttempt: 2, workerError: 'exited with code 70' })).toEqual({
      status: 'degraded',
      detail: 'restarting the simulator worker (attempt 2): exited with code 70',
    });
    expect(writerHealth({ ...healthy, storageError: 'the readings log cannot be written: EROFS' })).toMatchObject({ status: 'degraded' });
    expect(writerHealth({ ...healthy, running: false, workerError: 'the application is shutting down' })).toMatchObject({ status: 'down' });
  });

  it('calls a worker hung after max(5 s, 5 ticks) and backs restarts off from 100 ms to 10 s', () => {
    expect(hangLimitMs(100)).toBe(5000);
    expect(hangLimitMs(2000)).toBe(10_000);
    expect([1, 2, 3, 8, 20].map(restartDelayMs)).toEqual([100, 200, 400, 10_000, 10_000]);
  });
});

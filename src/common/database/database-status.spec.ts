import { DatabaseStatus } from './database-status.js';

describe(DatabaseStatus.name, () => {
  it('reports degraded with how long and why while down, keeping the first loss time', () => {
    let now = 0;
    const status = new DatabaseStatus('postgres://db/x', () => now);
    expect(status.health()).toEqual({ status: 'up' });
    status.markDown('ECONNREFUSED');
    now = 4000;
    status.markDown('another error');
    expect(status.health()).toEqual({ status: 'degraded', detail: expect.stringMatching(/unreachable for 4 s \(ECONNREFUSED\)/) });
    status.markUp();
    expect(status.up).toBe(true);
  });
});

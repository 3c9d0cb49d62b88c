import { PendingRequests } from './pending-requests.js';

describe(PendingRequests.name, () => {
  it('settles each request with the reply that carries its id, in any order', async () => {
    const pending = new PendingRequests<string>();
    const sent: number[] = [];
    const a = pending.open((id) => sent.push(id));
    const b = pending.open((id) => sent.push(id));
    expect(sent).toHaveLength(2);
    expect(sent[0]).not.toBe(sent[1]);
    expect(pending.settle(sent[1], 'second')).toBe(true);
    expect(pending.settle(sent[0], 'first')).toBe(true);
    await expect(a).resolves.toBe('first');
    await expect(b).resolves.toBe('second');
    expect(pending.size).toBe(0);
  });

  it('drops a late or unknown reply without touching other requests', async () => {
    const pending = new PendingRequests<string>();
    let id = 0;
    const waiting = pending.open((sent) => (id = sent));
    expect(pending.settle(id + 100, 'stray')).toBe(false);
    expect(pending.size).toBe(1);
    pending.settle(id, 'ok');
    expect(pending.settle(id, 'again')).toBe(false);
    await expect(waiting).resolves.toBe('ok');
  });

  it('rejects a request left unanswered past its timeout, and ignores its reply afterwards', async () => {
    const pending = new PendingRequests<string>();
    let id = 0;
    const waiting = pending.open((sent) => (id = sent), { timeoutMs: 20 });
    await expect(waiting).rejects.toThrow('no reply within 20 ms');
    expect(pending.settle(id, 'too late')).toBe(false);
    expect(pending.size).toBe(0);
  });

  it('rejects every pending request when the worker is gone', async () => {
    const pending = new PendingRequests<string>();
    const all = [pending.open(() => undefined), pending.open(() => undefined, { timeoutMs: 60_000 })];
    pending.rejectAll(new Error('worker exited with code 1'));
    for (const request of all) await expect(request).rejects.toThrow('worker exited with code 1');
    expect(pending.size).toBe(0);
  });

  it('fails a request whose send throws (a closed port), instead of leaving it pending', async () => {
    const pending = new PendingRequests<string>();
    await expect(pending.open(() => {
      throw new Error('port closed');
    })).rejects.toThrow('port closed');
    expect(pending.size).toBe(0);
  });

  it('reports the oldest watched request, for a watchdog', () => {
    let now = 1000;
    const pending = new PendingRequests<string>(() => now);
    void pending.open(() => undefined);
    expect(pending.oldestWatched()).toBeUndefined();
    void pending.open(() => undefined, { watched: true });
    now = 2000;
    void pending.open(() => undefined, { watched: true });
    expect(pending.oldestWatched()).toBe(1000);
  });
});

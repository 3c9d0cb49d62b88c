import type { Client, Notification } from 'pg';
import { backoffDelayMs } from './backoff.js';

export interface ListenerEvents {
  /** The connection is up and listening; `resumed` is true after a loss, when notifications may have been missed. */
  connected(resumed: boolean): void;
  disconnected(reason: string): void;
}

type Handler = (payload: string) => void;

/**
 * One LISTEN connection per process for every channel. When the connection drops (database restart, failover,
 * network) it reconnects with jittered exponential backoff and reports `connected(true)`, because notifications
 * sent while it was away are gone: subscribers catch up from the tables, never from the notifications.
 */
export class NotifyListener {
  private readonly handlers = new Map<string, Set<Handler>>();
  private client: Client | undefined;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;
  private pinger: NodeJS.Timeout | undefined;
  private stopped = false;
  private everConnected = false;

  constructor(
    private readonly connect: () => Promise<Client>,
    private readonly events: ListenerEvents,
    private readonly options: { pingMs?: number; delay?: (attempt: number) => number } = {},
  ) {}

  get connected(): boolean {
    return this.client !== undefined;
  }

  /** Registers a handler; the channel is listened to from the next (re)connection, or at once when connected. */
  async subscribe(channel: string, handler: Handler): Promise<void> {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      if (this.client) await this.client.query(`LISTEN ${channel}`);
    }
    set.add(handler);
  }

  /** Resolves after the first successful connection; later losses are retried in the background. */
  async start(): Promise<void> {
    await this.open();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.pinger);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async open(): Promise<void> {
    const client = await this.connect();
    client.on('notification', (message: Notification) => this.dispatch(message));
    client.on('error', (error: Error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'the connection ended'));
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    // A dead peer behind a silent network drop sends no FIN; a periodic round trip notices it.
    this.pinger = setInterval(() => void client.query('SELECT 1').catch((error: Error) => this.lost(client, error.message)), this.options.pingMs ?? 5000);
    this.pinger.unref();
    const resumed = this.everConnected;
    this.everConnected = true;
    this.events.connected(resumed);
  }

  private lost(client: Client, reason: string): void {
    if (this.client !== client) return;
    this.client = undefined;
    clearInterval(this.pinger);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.events.disconnected(reason);
    this.retry();
  }

  private retry(): void {
    this.attempt += 1;
    const delay = (this.options.delay ?? backoffDelayMs)(this.attempt);
    this.timer = setTimeout(() => {
      this.open().catch((error: Error) => {
        if (this.stopped) return;
        this.events.disconnected(error.message);
        this.retry();
      });
    }, delay);
    this.timer.unref();
  }

  private dispatch(message: Notification): void {
    for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
  }
}

import type { FastifyReply } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { CommonErrors } from '../errors/common-errors.js';

export interface EventStreamOptions {
  /** The client's reconnection delay, sent as `retry:` first. */
  retryMs?: number;
  /** A comment line this often keeps idle proxies from closing the connection. */
  heartbeatMs?: number;
}

/** One open server-sent-events response. Writes after the client left are dropped, never thrown. */
export class EventStream {
  private readonly closeListeners: (() => void)[] = [];
  private heartbeat?: NodeJS.Timeout;
  private finished = false;

  constructor(
    private readonly reply: FastifyReply,
    options: EventStreamOptions,
    onFinish: () => void,
  ) {
    reply.hijack();
    // Headers set by hooks (CORS, security headers) are kept: hijacking bypasses Fastify's own writing of them.
    const headers: Record<string, string | number | string[]> = {};
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) headers[name] = value;
    reply.raw.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Proxies such as nginx buffer responses unless told not to, which would delay every event.
      'x-accel-buffering': 'no',
    });
    if (options.retryMs !== undefined) this.write(`retry: ${options.retryMs}\n\n`);
    if (options.heartbeatMs) this.heartbeat = setInterval(() => this.write(': heartbeat\n\n'), options.heartbeatMs);
    const finish = (): void => {
      if (this.finished) return;
      this.finished = true;
      clearInterval(this.heartbeat);
      onFinish();
      for (const listener of this.closeListeners.splice(0)) listener();
    };
    reply.raw.on('close', finish);
    reply.raw.on('error', finish);
    reply.raw.on('finish', finish);
  }

  get closed(): boolean {
    return this.finished || this.reply.raw.destroyed || this.reply.raw.writableEnded;
  }

  /** An `event:` frame whose data is the JSON of `data`. */
  send(event: string, data: unknown): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** A frame already in wire format (the summary stream renders its frames once for every client). */
  write(frame: string): void {
    if (!this.closed) this.reply.raw.write(frame);
  }

  onClose(listener: () => void): void {
    if (this.finished) listener();
    else this.closeListeners.push(listener);
  }

  end(): void {
    if (!this.reply.raw.writableEnded) this.reply.raw.end();
  }
}

/**
 * Opens event streams and counts them per client address: a stream holds a socket and a timer for as long
 * as the client wants, so one address could otherwise hold thousands (5,000 were accepted in the audit).
 */
export class EventStreams {
  private readonly perAddress = new Map<string, number>();

  constructor(readonly maxPerAddress: number) {}

  /** Throws 429 EVENT_STREAM_LIMIT (as a plain JSON error, the stream not yet open) when the address is at its cap. */
  open(reply: FastifyReply, address: string, options: EventStreamOptions = {}): EventStream {
    const open = this.perAddress.get(address) ?? 0;
    if (open >= this.maxPerAddress) {
      throw new AppError(CommonErrors.EVENT_STREAM_LIMIT, `At most ${this.maxPerAddress} event streams may be open from one address; close one first.`);
    }
    this.perAddress.set(address, open + 1);
    return new EventStream(reply, options, () => this.release(address));
  }

  openCount(address: string): number {
    return this.perAddress.get(address) ?? 0;
  }

  private release(address: string): void {
    const left = (this.perAddress.get(address) ?? 1) - 1;
    if (left > 0) this.perAddress.set(address, left);
    else this.perAddress.delete(address);
  }
}

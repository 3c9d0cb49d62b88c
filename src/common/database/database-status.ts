import type { ComponentHealth } from '../../ops/health-registry.js';

/**
 * What the instance knows of its database link. Down is 'degraded', not 'down': the instance still serves
 * every read from memory, and a load balancer that pulled all instances at once would turn a write outage
 * into a full one.
 */
export class DatabaseStatus {
  private lost: { since: number; reason: string } | undefined;

  constructor(private readonly target: string, private readonly now: () => number = Date.now) {}

  get up(): boolean {
    return this.lost === undefined;
  }

  markDown(reason: string): void {
    if (!this.lost) this.lost = { since: this.now(), reason };
  }

  markUp(): void {
    this.lost = undefined;
  }

  health(): ComponentHealth {
    if (!this.lost) return { status: 'up' };
    const seconds = Math.round((this.now() - this.lost.since) / 1000);
    return {
      status: 'degraded',
      detail: `PostgreSQL at ${this.target} unreachable for ${seconds} s (${this.lost.reason}); reads are served from memory, writes are refused until it returns`,
    };
  }
}

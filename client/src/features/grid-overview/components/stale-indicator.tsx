import { env } from '@/config/env';
import { Badge } from '@/components/ui/badge';
import type { StreamStatus } from '@/lib/use-event-stream';
import { useNow } from '@/lib/use-now';

export interface StaleIndicatorProps {
  streamStatus: StreamStatus;
  lastEventAt: number | undefined;
  tickMs: number;
}

export function isStale(lastEventAt: number | undefined, tickMs: number, now: number): boolean {
  return lastEventAt === undefined || now - lastEventAt > env.staleAfterTicks * tickMs;
}

export function StaleIndicator({ streamStatus, lastEventAt, tickMs }: StaleIndicatorProps) {
  const now = useNow(Math.max(250, Math.min(tickMs, 1000)));
  if (streamStatus === 'unauthorized') return <Badge tone="bad">Not authorised</Badge>;
  if (lastEventAt === undefined) return <Badge tone="info">Connecting…</Badge>;
  if (isStale(lastEventAt, tickMs, now)) {
    const seconds = Math.round((now - lastEventAt) / 1000);
    const reconnecting = streamStatus === 'reconnecting' ? ', reconnecting' : '';
    return (
      <Badge tone="warn" title="No update for more than three ticks">
        Stale: last update {seconds} s ago{reconnecting}
      </Badge>
    );
  }
  return <Badge tone="good">Live</Badge>;
}

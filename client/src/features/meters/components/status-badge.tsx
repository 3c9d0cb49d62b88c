import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { MeterStatus } from '@/lib/api-types';

const TONES: Record<MeterStatus, BadgeTone> = { normal: 'good', peak: 'info', outage: 'bad', fault: 'bad', offline: 'neutral' };

export function StatusBadge({ status }: { status: MeterStatus }) {
  return <Badge tone={TONES[status]}>{status}</Badge>;
}

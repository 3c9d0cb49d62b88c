import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { AlertKind, AlertSeverity } from '@/lib/api-types';

const SEVERITY_TONES: Record<AlertSeverity, BadgeTone> = { critical: 'bad', warning: 'warn', info: 'info' };

export const KIND_LABELS: Record<AlertKind, string> = {
  'feeder-outage': 'Feeder outage',
  'meter-fault': 'Meter fault',
  'meter-silent': 'Silent meter',
  'region-load': 'Region load',
};

export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  return <Badge tone={SEVERITY_TONES[severity]}>{severity}</Badge>;
}

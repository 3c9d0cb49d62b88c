import type { MeterDetail } from '@/lib/api-types';
import { formatEnergy, formatMeterPower, formatOptional, formatTime } from '@/lib/format';
import { StatusBadge } from './status-badge';

export function MeterAttributes({ meter }: { meter: MeterDetail }) {
  const { latest } = meter;
  return (
    <dl className="attributes" data-testid="meter-attributes">
      <dt>Status</dt>
      <dd><StatusBadge status={latest.status} /></dd>
      <dt>Kind</dt>
      <dd>{meter.kind}</dd>
      <dt>Region</dt>
      <dd>{meter.region}</dd>
      <dt>Feeder</dt>
      <dd>{meter.feeder}</dd>
      <dt>Source</dt>
      <dd>{meter.source}</dd>
      <dt>Power</dt>
      <dd>{formatMeterPower(latest.powerKw)}</dd>
      <dt>Voltage</dt>
      <dd>{formatOptional(latest.voltageV, 'V')}</dd>
      <dt>Energy</dt>
      <dd>{formatEnergy(latest.energyKwh)}</dd>
      <dt>Last reading</dt>
      <dd><time dateTime={latest.timestamp}>{formatTime(latest.timestamp)}</time></dd>
    </dl>
  );
}

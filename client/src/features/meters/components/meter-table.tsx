import { ScrollTable } from '@/components/ui/scroll-table';
import { Link } from '@/components/ui/link';
import type { MeterReading } from '@/lib/api-types';
import { formatEnergy, formatMeterPower, formatOptional } from '@/lib/format';
import { StatusBadge } from './status-badge';

export function MeterTable({ readings, busy }: { readings: readonly MeterReading[]; busy: boolean }) {
  return (
    <ScrollTable label="Meter readings table">
      <table aria-busy={busy} data-testid="meter-table">
        <thead>
          <tr>
            <th scope="col">Meter</th>
            <th scope="col">Status</th>
            <th scope="col">Kind</th>
            <th scope="col">Region</th>
            <th scope="col">Feeder</th>
            <th scope="col" className="num">Power</th>
            <th scope="col" className="num">Voltage</th>
            <th scope="col" className="num">Energy</th>
          </tr>
        </thead>
        <tbody>
          {readings.map((reading) => (
            <tr key={reading.meterId}>
              <th scope="row">
                <Link href={`/meters/${encodeURIComponent(reading.meterId)}`}>{reading.meterId}</Link>
              </th>
              <td><StatusBadge status={reading.status} /></td>
              <td>{reading.kind}</td>
              <td>{reading.region}</td>
              <td>{reading.feeder}</td>
              <td className="num">{formatMeterPower(reading.powerKw)}</td>
              <td className="num">{formatOptional(reading.voltageV, 'V')}</td>
              <td className="num">{formatEnergy(reading.energyKwh)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

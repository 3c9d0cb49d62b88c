import { ScrollTable } from '@/components/ui/scroll-table';
import type { MeterHistoryPoint } from '@/lib/api-types';
import { formatMeterPower, formatOptional, formatTime } from '@/lib/format';
import { StatusBadge } from './status-badge';

const SHOWN = 10;

/** The newest readings as text, the accessible counterpart of the chart. */
export function RecentReadingsTable({ history }: { history: readonly MeterHistoryPoint[] }) {
  const newestFirst = history.slice(-SHOWN).reverse();
  return (
    <ScrollTable label="Latest readings table">
      <table>
        <caption>Latest {newestFirst.length} readings, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">Power</th>
            <th scope="col" className="num">Voltage</th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((point, index) => (
            // Readings share a timestamp when the tick is shorter than a second: the position keeps keys unique.
            <tr key={`${point.timestamp}-${index}`}>
              <td><time dateTime={point.timestamp}>{formatTime(point.timestamp)}</time></td>
              <td><StatusBadge status={point.status} /></td>
              <td className="num">{formatMeterPower(point.powerKw)}</td>
              <td className="num">{formatOptional(point.voltageV, 'V')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

import type { MeterHistoryPoint } from '@/lib/api-types';
import { formatNumber, formatOptional, formatTime } from '@/lib/format';
import { StatusBadge } from './status-badge';

const SHOWN = 10;

/** The newest readings as text, the accessible counterpart of the chart. */
export function RecentReadingsTable({ history }: { history: readonly MeterHistoryPoint[] }) {
  const newestFirst = history.slice(-SHOWN).reverse();
  return (
    <div className="table-scroll">
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
          {newestFirst.map((point) => (
            <tr key={point.timestamp}>
              <td><time dateTime={point.timestamp}>{formatTime(point.timestamp)}</time></td>
              <td><StatusBadge status={point.status} /></td>
              <td className="num">{formatNumber(point.powerKw, 'kW')}</td>
              <td className="num">{formatOptional(point.voltageV, 'V')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

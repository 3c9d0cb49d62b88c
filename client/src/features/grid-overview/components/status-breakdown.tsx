import { METER_STATUSES, type StatusCounts } from '@/lib/api-types';
import { formatCount } from '@/lib/format';

export function StatusBreakdown({ byStatus, meterCount }: { byStatus: StatusCounts; meterCount: number }) {
  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading">Meters by status</h2>
      <ul className="status-list">
        {METER_STATUSES.map((status) => {
          const count = byStatus[status];
          const share = meterCount > 0 ? (count / meterCount) * 100 : 0;
          return (
            <li key={status} className={`status-row status-${status}`}>
              <span className="status-name">{status}</span>
              <span className="status-bar" aria-hidden="true">
                <span style={{ width: `${share}%` }} />
              </span>
              <span className="status-count" data-testid={`status-${status}`}>
                {formatCount(count)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

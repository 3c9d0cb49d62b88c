import { ScrollTable } from '@/components/ui/scroll-table';
import type { Alert } from '@/lib/api-types';
import { formatTime } from '@/lib/format';
import { KIND_LABELS, SeverityBadge } from './alert-badges';
import { AlertSubjectLink } from './alert-subject-link';

export function AlertTable({ alerts, busy }: { alerts: readonly Alert[]; busy: boolean }) {
  return (
    <ScrollTable label="Alerts table">
      <table aria-busy={busy} data-testid="alert-table">
        <thead>
          <tr>
            <th scope="col">Raised</th>
            <th scope="col">Severity</th>
            <th scope="col">Kind</th>
            <th scope="col">Subject</th>
            <th scope="col">Region</th>
            <th scope="col">What happened</th>
            <th scope="col">Resolved</th>
          </tr>
        </thead>
        <tbody>
          {alerts.map((alert) => (
            <tr key={alert.alertId} data-testid="alert-row">
              <td><time dateTime={alert.raisedAt}>{formatTime(alert.raisedAt)}</time></td>
              <td><SeverityBadge severity={alert.severity} /></td>
              <td>{KIND_LABELS[alert.kind]}</td>
              <th scope="row"><AlertSubjectLink alert={alert} /></th>
              <td>{alert.region}</td>
              <td className="wrap">{alert.summary}</td>
              <td>{alert.resolvedAt ? <time dateTime={alert.resolvedAt}>{formatTime(alert.resolvedAt)}</time> : <span className="badge badge-bad">active</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

import { Link } from '@/components/ui/link';
import { ALERT_KINDS, ALERT_SEVERITIES } from '@/lib/api-types';
import { formatTime } from '@/lib/format';
import { countAlerts } from '../hooks/active-alerts';
import { useActiveAlerts } from '../hooks/use-active-alerts';
import { KIND_LABELS, SeverityBadge } from './alert-badges';
import { AlertSubjectLink } from './alert-subject-link';

const SHOWN = 5;

/** The overview's alerts card: active alerts by kind and severity and the newest few, live from the stream. */
export function AlertsPanel() {
  const { alerts, loaded, streamStatus } = useActiveAlerts();
  const counts = countAlerts(alerts);
  return (
    <section className="card alerts-panel" aria-labelledby="alerts-heading" data-testid="alerts-panel">
      <h2 id="alerts-heading">
        Active alerts <span className="metric-inline" data-testid="active-alert-count">{loaded ? alerts.length : '…'}</span>
      </h2>
      {streamStatus === 'reconnecting' && <p className="muted">Reconnecting to the alert stream…</p>}
      <div className="alert-counts">
        <p className="badges" aria-label="By severity">
          {ALERT_SEVERITIES.map((severity) => (
            <span key={severity} className="count-chip">
              <SeverityBadge severity={severity} /> {counts.bySeverity[severity] ?? 0}
            </span>
          ))}
        </p>
        <ul className="kind-counts" aria-label="By kind">
          {ALERT_KINDS.map((kind) => (
            <li key={kind}>
              {KIND_LABELS[kind]} <strong>{counts.byKind[kind] ?? 0}</strong>
            </li>
          ))}
        </ul>
      </div>
      {loaded && alerts.length === 0 ? (
        <p className="muted">No active alerts: every feeder is up and every meter healthy.</p>
      ) : (
        <ol className="alert-list" aria-label="Newest active alerts">
          {alerts.slice(0, SHOWN).map((alert) => (
            <li key={alert.alertId} data-testid="alert-item">
              <SeverityBadge severity={alert.severity} /> <strong>{KIND_LABELS[alert.kind]}</strong>: <AlertSubjectLink alert={alert} />{' '}
              <time className="muted" dateTime={alert.raisedAt}>
                {formatTime(alert.raisedAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
      <p className="card-footer">
        <Link href="/alerts">All alerts{alerts.length > SHOWN ? ` (${alerts.length - SHOWN} more active)` : ''}</Link>
      </p>
    </section>
  );
}

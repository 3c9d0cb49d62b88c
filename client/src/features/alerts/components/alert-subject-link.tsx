import { Link } from '@/components/ui/link';
import type { Alert } from '@/lib/api-types';

/** Where an alert's subject lives in the dashboard: the meter's page, or the meter table filtered to it. */
export function subjectHref(alert: Alert): string {
  if (alert.meterId) return `/meters/${encodeURIComponent(alert.meterId)}`;
  const params = new URLSearchParams({ region: alert.region });
  if (alert.kind === 'feeder-outage') params.set('status', 'outage');
  if (alert.kind === 'meter-fault') params.set('status', 'fault');
  return `/meters?${params.toString()}`;
}

export function AlertSubjectLink({ alert }: { alert: Alert }) {
  const label = alert.subjectType === 'meter' ? `meter ${alert.subject}` : `${alert.subjectType} ${alert.subject}`;
  return <Link href={subjectHref(alert)}>{label}</Link>;
}

import { useCallback, useMemo, useState } from 'react';
import { navigate, useLocation } from '@/lib/router';
import type { AlertFilters } from '../api/get-alerts';
import { useRegions } from '../api/get-regions';
import { useActiveAlerts } from '../hooks/use-active-alerts';
import { alertFiltersFromSearch, searchFromAlertFilters } from './alert-filters-url';
import { AlertFiltersForm } from './alert-filters-form';
import { AlertResults } from './alert-results';

export function AlertsPage() {
  const { search } = useLocation();
  const filters = useMemo(() => alertFiltersFromSearch(search), [search]);
  const query = searchFromAlertFilters(filters);
  const regions = useRegions();
  const [changes, setChanges] = useState(0);
  const onStreamEvent = useCallback(() => setChanges((value) => value + 1), []);
  const live = useActiveAlerts(onStreamEvent);
  const onChange = useCallback((next: AlertFilters) => navigate(`/alerts${searchFromAlertFilters(next)}`, { replace: true }), []);
  return (
    <>
      <div className="page-heading">
        <h1>Alerts</h1>
        <p className="muted" aria-live="polite">{live.streamStatus === 'open' ? 'Live' : 'Connecting to the alert stream…'}</p>
      </div>
      <AlertFiltersForm filters={filters} regions={regions.data ?? []} onChange={onChange} />
      <AlertResults key={query} filters={filters} changes={changes} />
    </>
  );
}

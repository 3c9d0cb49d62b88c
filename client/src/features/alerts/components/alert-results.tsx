import { useCallback, useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { formatCount } from '@/lib/format';
import { ALERT_PAGE_SIZE, useAlerts, type AlertFilters } from '../api/get-alerts';
import { AlertTable } from './alert-table';

/** At most one reload of the first page per second, however many alerts a tick raises. */
const REFRESH_MIN_MS = 1000;

export function AlertResults({ filters, changes }: { filters: AlertFilters; changes: number }) {
  const [links, setLinks] = useState<(string | undefined)[]>([undefined]);
  const link = links.at(-1);
  const [refresh, setRefresh] = useState(0);
  const last = useRef(0);
  const onFirstPage = links.length === 1;

  useEffect(() => {
    if (!onFirstPage || changes === 0) return undefined;
    const wait = Math.max(0, last.current + REFRESH_MIN_MS - Date.now());
    const timer = setTimeout(() => {
      last.current = Date.now();
      setRefresh((value) => value + 1);
    }, wait);
    return () => clearTimeout(timer);
  }, [changes, onFirstPage]);

  const page = useAlerts(filters, link, onFirstPage ? refresh : 0);
  const previous = useCallback(() => setLinks((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack)), []);

  if (page.error) return <ErrorState title="The alerts could not be loaded." error={page.error} onRetry={page.refetch} />;
  if (!page.data) return <LoadingState label="Loading alerts…" />;
  const { value, nextLink, activeCount } = page.data;
  return (
    <>
      <p className="muted" data-testid="alert-active-total">{formatCount(activeCount)} active now across the grid.</p>
      {value.length === 0 ? <EmptyState>No alerts match these filters.</EmptyState> : <AlertTable alerts={value} busy={page.isLoading} />}
      <nav className="pager" aria-label="Alert pages">
        <button type="button" onClick={previous} disabled={onFirstPage || page.isLoading}>
          Newer
        </button>
        <p aria-live="polite">
          Page {links.length} · {value.length} of up to {ALERT_PAGE_SIZE} alerts, newest first
        </p>
        <button type="button" onClick={() => nextLink && setLinks((stack) => [...stack, nextLink])} disabled={!nextLink || page.isLoading}>
          Older
        </button>
      </nav>
    </>
  );
}

import type { ReactNode } from 'react';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useLiveGrid } from '../hooks/use-live-grid';
import { LoadHistoryChart } from './load-history-chart';
import { RegionLoadTable } from './region-load-table';
import { StaleIndicator } from './stale-indicator';
import { StatusBreakdown } from './status-breakdown';
import { TotalLoadCard } from './total-load-card';

/** `alertsPanel` comes from the app layer (features do not import each other); it fills the top row's third cell. */
export function GridOverviewPage({ alertsPanel }: { alertsPanel?: ReactNode }) {
  const grid = useLiveGrid();
  return (
    <>
      <div className="page-heading">
        <h1>Grid overview</h1>
        <div aria-live="polite" data-testid="stream-state">
          <StaleIndicator streamStatus={grid.streamStatus} lastEventAt={grid.lastEventAt} tickMs={grid.tickMs} />
        </div>
      </div>
      {grid.summary ? (
        <div className="grid-cards">
          <TotalLoadCard summary={grid.summary} />
          <StatusBreakdown byStatus={grid.summary.byStatus} meterCount={grid.summary.meterCount} />
          {alertsPanel}
          <LoadHistoryChart history={grid.history} />
          <RegionLoadTable regions={grid.summary.regions} />
        </div>
      ) : grid.loadError ? (
        <ErrorState title="The grid summary could not be loaded." error={grid.loadError} onRetry={grid.retry} />
      ) : (
        <LoadingState label="Loading the grid summary…" />
      )}
    </>
  );
}

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Link } from '@/components/ui/link';
import { LoadingState } from '@/components/ui/loading-state';
import { ApiError } from '@/lib/api-error';
import { useMeter } from '../api/get-meter';
import { MeterAttributes } from './meter-attributes';
import { MeterReadingsChart } from './meter-readings-chart';
import { RecentReadingsTable } from './recent-readings-table';

export function MeterDetailPage({ meterId }: { meterId: string }) {
  const meter = useMeter(meterId);
  const notFound = meter.error instanceof ApiError && meter.error.status === 404;
  return (
    <>
      <p><Link href="/meters">← All meters</Link></p>
      <div className="page-heading">
        <h1>Meter {meterId}</h1>
      </div>
      {notFound ? (
        <EmptyState>No meter has the id “{meterId}”.</EmptyState>
      ) : meter.error ? (
        <ErrorState title="The meter could not be loaded." error={meter.error} onRetry={meter.refetch} />
      ) : !meter.data ? (
        <LoadingState label="Loading the meter…" />
      ) : (
        <div className="grid-cards">
          <section className="card" aria-labelledby="attributes-heading">
            <h2 id="attributes-heading">Attributes</h2>
            <MeterAttributes meter={meter.data} />
          </section>
          <section className="card card-wide" aria-labelledby="readings-heading">
            <h2 id="readings-heading">Recent readings</h2>
            {meter.data.history.length === 0 ? (
              <EmptyState>This meter has not reported any readings yet.</EmptyState>
            ) : (
              <>
                <MeterReadingsChart meterId={meterId} history={meter.data.history} />
                <RecentReadingsTable history={meter.data.history} />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}

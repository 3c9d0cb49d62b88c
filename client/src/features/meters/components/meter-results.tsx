import { env } from '@/config/env';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useTelemetryPage, type MeterFilters } from '../api/get-telemetry-page';
import { MeterPager } from './meter-pager';
import { MeterTable } from './meter-table';
import { useMeterPaging } from './use-meter-paging';

export function MeterResults({ filters }: { filters: MeterFilters }) {
  const paging = useMeterPaging();
  const page = useTelemetryPage(filters, paging.link);

  if (page.error) return <ErrorState title="The meter list could not be loaded." error={page.error} onRetry={page.refetch} />;
  if (!page.data) return <LoadingState label="Loading meters…" />;
  const { value, nextLink, count } = page.data;
  return (
    <>
      {value.length === 0 ? (
        <EmptyState>No meters match these filters.</EmptyState>
      ) : (
        <MeterTable readings={value} busy={page.isLoading} />
      )}
      <MeterPager
        pageIndex={paging.pageIndex}
        pageSize={env.meterPageSize}
        rowCount={value.length}
        total={count}
        hasNext={Boolean(nextLink)}
        busy={page.isLoading}
        pending={page.stale}
        onPrevious={paging.previous}
        onNext={() => nextLink && paging.next(nextLink)}
      />
    </>
  );
}

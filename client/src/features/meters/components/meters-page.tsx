import { useCallback, useMemo } from 'react';
import { navigate, useLocation } from '@/lib/router';
import type { MeterFilters } from '../api/get-telemetry-page';
import { filtersFromSearch, searchFromFilters } from './meter-filters-url';
import { MeterFiltersForm } from './meter-filters-form';
import { MeterResults } from './meter-results';

export function MetersPage() {
  const { search } = useLocation();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const query = searchFromFilters(filters);
  const onChange = useCallback((next: MeterFilters) => navigate(`/meters${searchFromFilters(next)}`, { replace: true }), []);
  return (
    <>
      <div className="page-heading">
        <h1>Meters</h1>
      </div>
      <MeterFiltersForm filters={filters} onChange={onChange} />
      {/* A new filter starts again from the first page: the old paging links belong to the old query. */}
      <MeterResults key={query} filters={filters} />
    </>
  );
}

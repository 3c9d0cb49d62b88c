import { useEffect, useId, useState } from 'react';
import { METER_KINDS, METER_STATUSES, type MeterKind, type MeterStatus } from '@/lib/api-types';
import type { MeterFilters } from '../api/get-telemetry-page';
import { useRegions } from '../api/get-regions';

export interface MeterFiltersFormProps {
  filters: MeterFilters;
  onChange: (filters: MeterFilters) => void;
}

const SEARCH_DEBOUNCE_MS = 300;

export function MeterFiltersForm({ filters, onChange }: MeterFiltersFormProps) {
  const id = useId();
  const regions = useRegions();
  const [search, setSearch] = useState(filters.search ?? '');

  useEffect(() => {
    const wanted = search.trim() || undefined;
    if (wanted === filters.search) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, search: wanted }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  const regionOptions = regions.data ?? (filters.region ? [filters.region] : []);
  return (
    <form className="filters" role="search" aria-label="Filter meters" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-search`}>Meter id contains</label>
        <input id={`${id}-search`} type="search" value={search} autoComplete="off" onChange={(event) => setSearch(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ''}
          onChange={(event) => onChange({ ...filters, status: (event.target.value || undefined) as MeterStatus | undefined })}
        >
          <option value="">All statuses</option>
          {METER_STATUSES.map((status) => (
            <option key={status} value={status}>{status}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-region`}>Region</label>
        <select
          id={`${id}-region`}
          value={filters.region ?? ''}
          aria-describedby={regions.error ? `${id}-region-error` : undefined}
          onChange={(event) => onChange({ ...filters, region: event.target.value || undefined })}
        >
          <option value="">All regions</option>
          {regionOptions.map((region) => (
            <option key={region} value={region}>{region}</option>
          ))}
        </select>
        {regions.error ? <span id={`${id}-region-error`} className="field-error">Regions could not be loaded.</span> : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ''}
          onChange={(event) => onChange({ ...filters, kind: (event.target.value || undefined) as MeterKind | undefined })}
        >
          <option value="">All kinds</option>
          {METER_KINDS.map((kind) => (
            <option key={kind} value={kind}>{kind}</option>
          ))}
        </select>
      </div>
    </form>
  );
}

import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES } from '@/lib/api-types';
import type { AlertFilters } from '../api/get-alerts';
import { KIND_LABELS } from './alert-badges';

interface Props {
  filters: AlertFilters;
  regions: readonly string[];
  onChange: (filters: AlertFilters) => void;
}

function Select({ id, label, value, options, onChange }: { id: string; label: string; value: string | undefined; options: readonly { value: string; label: string }[]; onChange: (value: string | undefined) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function AlertFiltersForm({ filters, regions, onChange }: Props) {
  const set = (patch: Partial<AlertFilters>) => onChange({ ...filters, ...patch });
  return (
    <form className="filters" aria-label="Alert filters" onSubmit={(event) => event.preventDefault()}>
      <Select id="alert-state" label="State" value={filters.state} options={ALERT_STATES.map((value) => ({ value, label: value }))} onChange={(state) => set({ state: state as AlertFilters['state'] })} />
      <Select id="alert-kind" label="Kind" value={filters.kind} options={ALERT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))} onChange={(kind) => set({ kind: kind as AlertFilters['kind'] })} />
      <Select id="alert-severity" label="Severity" value={filters.severity} options={ALERT_SEVERITIES.map((value) => ({ value, label: value }))} onChange={(severity) => set({ severity: severity as AlertFilters['severity'] })} />
      <Select id="alert-region" label="Region" value={filters.region} options={regions.map((value) => ({ value, label: value }))} onChange={(region) => set({ region })} />
    </form>
  );
}

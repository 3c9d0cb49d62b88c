import type { GridSummary } from '@/lib/api-types';
import { formatCount, formatNumber, formatPower, formatTime } from '@/lib/format';

export function TotalLoadCard({ summary }: { summary: GridSummary }) {
  return (
    <section className="card" aria-labelledby="total-load-heading">
      <h2 id="total-load-heading">Total load now</h2>
      <p className="metric" data-testid="total-load">
        {formatPower(summary.totalLoadKw)}
      </p>
      <p className="muted">
        <span data-testid="total-load-kw">{formatNumber(summary.totalLoadKw, 'kW')}</span> from {formatCount(summary.meterCount)} meters · tick <span data-testid="tick">{summary.tick}</span> at{' '}
        <time dateTime={summary.timestamp}>{formatTime(summary.timestamp)}</time>
      </p>
    </section>
  );
}

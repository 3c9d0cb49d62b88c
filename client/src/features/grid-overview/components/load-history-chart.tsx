import { useMemo } from 'react';
import { LineChart } from '@/components/ui/line-chart';
import type { LoadPoint } from '@/lib/api-types';
import { formatPower, toEpochSeconds } from '@/lib/format';

export function LoadHistoryChart({ history }: { history: readonly LoadPoint[] }) {
  const { xs, ys } = useMemo(
    () => ({ xs: history.map((point) => toEpochSeconds(point.timestamp)), ys: history.map((point) => point.totalLoadKw / 1000) }),
    [history],
  );
  const last = history.at(-1);
  const minutes = history.length > 1 ? Math.round((xs[xs.length - 1]! - xs[0]!) / 60) : 0;
  const label = last
    ? `Total load over the last ${minutes} minutes, ${history.length} points, now ${formatPower(last.totalLoadKw)}`
    : 'Total load history, no points yet';
  return (
    <section className="card card-wide" aria-labelledby="history-heading">
      <h2 id="history-heading">Total load, last hour</h2>
      <LineChart label={label} xs={xs} ys={ys} seriesLabel="Total load" unit="MW" />
    </section>
  );
}

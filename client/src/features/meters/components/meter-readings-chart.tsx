import { useMemo } from 'react';
import { LineChart } from '@/components/ui/line-chart';
import type { MeterHistoryPoint } from '@/lib/api-types';
import { toEpochSeconds } from '@/lib/format';

export function MeterReadingsChart({ meterId, history }: { meterId: string; history: readonly MeterHistoryPoint[] }) {
  const { xs, ys } = useMemo(
    () => ({ xs: history.map((point) => toEpochSeconds(point.timestamp)), ys: history.map((point) => point.powerKw) }),
    [history],
  );
  return (
    <LineChart
      label={`Power of meter ${meterId} over its last ${history.length} readings`}
      xs={xs}
      ys={ys}
      seriesLabel="Power"
      unit="kW"
      height={200}
      color="#047857"
    />
  );
}

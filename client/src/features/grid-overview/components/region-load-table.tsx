import { ScrollTable } from '@/components/ui/scroll-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { RegionLoad } from '@/lib/api-types';
import { formatCount, formatPower } from '@/lib/format';

export function RegionLoadTable({ regions }: { regions: readonly RegionLoad[] }) {
  const peak = Math.max(1, ...regions.map((region) => region.loadKw));
  return (
    <section className="card card-wide" aria-labelledby="regions-heading">
      <h2 id="regions-heading">Load per region</h2>
      {regions.length === 0 ? (
        <EmptyState>No regions reported yet.</EmptyState>
      ) : (
        <ScrollTable label="Load per region table">
          <table>
            <caption className="visually-hidden">Current load and meter count per region</caption>
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col" className="num">Load</th>
                <th scope="col" className="num">Meters</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((region) => (
                <tr key={region.region}>
                  <th scope="row">{region.region}</th>
                  <td className="num">
                    <span className="inline-bar" aria-hidden="true" style={{ width: `${(region.loadKw / peak) * 12}em` }} />
                    {formatPower(region.loadKw)}
                  </td>
                  <td className="num">{formatCount(region.meterCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}

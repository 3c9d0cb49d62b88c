import { formatCount } from '@/lib/format';

export interface MeterPagerProps {
  pageIndex: number;
  pageSize: number;
  rowCount: number;
  total: number;
  hasNext: boolean;
  busy: boolean;
  /** The rows shown are still the previous page's while this one loads: the status says so rather than claim a range. */
  pending: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function MeterPager({ pageIndex, pageSize, rowCount, total, hasNext, busy, pending, onPrevious, onNext }: MeterPagerProps) {
  const first = rowCount === 0 ? 0 : pageIndex * pageSize + 1;
  const last = pageIndex * pageSize + rowCount;
  return (
    <nav className="pager" aria-label="Meter table pages">
      <button type="button" onClick={onPrevious} disabled={pageIndex === 0 || busy}>
        Previous
      </button>
      <p aria-live="polite" data-testid="page-status">
        {pending ? `Loading page ${pageIndex + 1}…` : `Page ${pageIndex + 1}: meters ${formatCount(first)}–${formatCount(last)} of ${formatCount(total)}`}
      </p>
      <button type="button" onClick={onNext} disabled={!hasNext || busy}>
        Next
      </button>
    </nav>
  );
}

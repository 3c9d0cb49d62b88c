import { formatCount } from '@/lib/format';

export interface MeterPagerProps {
  pageIndex: number;
  pageSize: number;
  rowCount: number;
  total: number;
  hasNext: boolean;
  busy: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

export function MeterPager({ pageIndex, pageSize, rowCount, total, hasNext, busy, onPrevious, onNext }: MeterPagerProps) {
  const first = rowCount === 0 ? 0 : pageIndex * pageSize + 1;
  const last = pageIndex * pageSize + rowCount;
  return (
    <nav className="pager" aria-label="Meter table pages">
      <button type="button" onClick={onPrevious} disabled={pageIndex === 0 || busy}>
        Previous
      </button>
      <p aria-live="polite" data-testid="page-status">
        Page {pageIndex + 1}: meters {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
      </p>
      <button type="button" onClick={onNext} disabled={!hasNext || busy}>
        Next
      </button>
    </nav>
  );
}

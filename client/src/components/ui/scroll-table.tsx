import type { ReactNode } from 'react';

/**
 * A horizontally scrollable table holder. It is focusable and named so keyboard users can scroll it
 * (axe: scrollable-region-focusable) when a narrow screen or long names make the table overflow.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen scrolls sideways inside this region, which keyboard users
 * can focus and scroll with the arrow keys (axe: scrollable-region-focusable), even when the
 * table itself holds nothing focusable.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';

/**
 * A wide table's box: it scrolls sideways at phone width instead of widening the page, and takes
 * the keyboard focus so that scrolling works without a mouse (axe's scrollable-region-focusable),
 * as a named region for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

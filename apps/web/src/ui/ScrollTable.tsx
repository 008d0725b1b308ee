import type { ReactNode } from "react";

/**
 * A table that may scroll sideways on a small screen. Keyboard users must be able to scroll it too, so the wrapper
 * takes focus when the table itself holds nothing focusable (WCAG 2.1.1), and it is named by the table's caption.
 */
export function ScrollTable({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a sideways-scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table--responsive-scroll ju-scroll-table" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </section>
  );
}

import { type ReactNode, useEffect, useRef } from "react";
import { Alert } from "./page.tsx";

/**
 * A success receipt that takes the focus when it appears (or when `focus` turns true), so keyboard and screen reader
 * users hear what happened. Give it a `key` that changes with what it reports, so a new receipt takes the focus again.
 */
export function Receipt({
  heading,
  headingLevel = 3,
  testId,
  focus = true,
  children,
}: {
  heading: string;
  headingLevel?: 2 | 3;
  testId?: string;
  focus?: boolean;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} className="ju-receipt" tabIndex={-1}>
      <Alert kind="success" heading={heading} testId={testId} headingLevel={headingLevel}>
        {children}
      </Alert>
    </div>
  );
}

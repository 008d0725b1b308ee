import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Icon } from "./Icon.tsx";

let firstPage = true;

/**
 * The page's one h1. It also names the browser tab, and after a navigation inside the app it takes the focus, so a
 * screen reader announces the new page and the keyboard starts from its top (WCAG 2.4.3).
 */
export function PageHeading({ children, title, testId }: { children: ReactNode; title?: string; testId?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const text = title ?? (typeof children === "string" ? children : undefined);
  useEffect(() => {
    if (text) document.title = `${text} – ${t("app.name")}`;
  }, [text, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="ju-page-heading" data-testid={testId}>
      {children}
    </h1>
  );
}

/** The way back above a page's heading: a DKFDS back link in its paragraph. */
export function BackLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  return (
    <p className="ju-back">
      <Link className="back-link" to={to} data-testid={testId}>
        <Icon name="chevron-left" />
        {children}
      </Link>
    </p>
  );
}

/** A spinner with a text for screen readers, shown while a page fetches its data. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="ju-loading" role="status">
      <div className="spinner" aria-hidden="true" />
      <span className="spinner-status">{label ?? t("common.loading")}</span>
    </div>
  );
}

type AlertKind = "success" | "info" | "warning" | "error";

/** A DKFDS alert: a heading and, optionally, more text. */
export function Alert({
  kind,
  heading,
  children,
  testId,
  headingLevel = 2,
}: {
  kind: AlertKind;
  heading: string;
  children?: ReactNode;
  testId?: string;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`alert alert-${kind}`} data-testid={testId} role={kind === "error" ? "alert" : "status"}>
      <Icon name={kind} className="alert-icon" />
      <div className="alert-body">
        <H className="alert-heading">{heading}</H>
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}

/** One fact in a card's inline list of facts (`<dl className="ju-inline-facts">`): its label and value. */
export function InlineFact({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** A list of facts (label and value), e.g. a person's details. Empty values are shown as "Ikke oplyst". */
export function Facts({ items, testId }: { items: [label: string, value: ReactNode][]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <dl className="ju-facts" data-testid={testId}>
      {items.map(([label, value]) => (
        <div className="ju-fact" key={label}>
          <dt>{label}</dt>
          <dd>
            {value === null || value === undefined || value === "" ? (
              <span className="ju-muted">{t("common.notGiven")}</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

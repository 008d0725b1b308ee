import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "./Icon.tsx";

/**
 * The DKFDS error summary: the problem's title (already in the user's language) and a link to each field in error.
 * It takes the focus when it appears, so a screen reader reads it at once (WCAG 3.3.1).
 * `fieldIds` maps the server's error paths (e.g. "body.cpr") to the id of the input they concern.
 */
export function ErrorSummary({
  problem,
  fieldIds = {},
  focus = true,
}: {
  problem: Problem;
  fieldIds?: Record<string, string>;
  focus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const fieldErrors = (problem.errors ?? []).filter((e) => e.message);
  return (
    <div
      ref={ref}
      className="alert alert-error ju-error-summary"
      role="alert"
      aria-labelledby="error-summary-heading"
      tabIndex={-1}
      data-testid={testIds.problem.summary}
    >
      <Icon name="error" className="alert-icon" />
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-heading">
          {problem.title}
        </h2>
        {fieldErrors.length > 0 ? (
          <ul className="alert-text nobullet-list">
            {fieldErrors.map((e) => {
              const id = fieldIds[e.path];
              return (
                <li key={`${e.path}:${e.message}`}>
                  {id ? (
                    <a className="function-link" href={`#${id}`}>
                      {e.message}
                    </a>
                  ) : (
                    e.message
                  )}
                </li>
              );
            })}
          </ul>
        ) : problem.status >= 500 ? (
          <p className="alert-text">{t("common.tryAgainLater")}</p>
        ) : null}
      </div>
    </div>
  );
}

/** The messages for one field from a problem's errors, by the paths that belong to the field. */
export function fieldMessage(problem: Problem | undefined, paths: string[]): string | undefined {
  const found = problem?.errors?.filter((e) => paths.includes(e.path)).map((e) => e.message);
  return found?.length ? found.join(" ") : undefined;
}

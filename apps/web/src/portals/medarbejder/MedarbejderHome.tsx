import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { localProblem, ProblemError } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { Loading, PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { CitizenTable } from "./CitizenTable.tsx";
import { useCaseload, useSearchCitizens } from "./queries.ts";

const SEARCH_INPUT_ID = "citizen-search";
const SEARCH_PATHS = ["body.cpr", "body.navn", "body"];

/** "Looks like a CPR number": digits, optionally with a dash or space after the sixth. */
const looksLikeCpr = (q: string) => /^\d[\d\s-]*$/.test(q.trim());

/** The caseworker's home: their own citizens (caseload) and a search by CPR number or name in the municipality. */
export function MedarbejderHome() {
  const { t } = useTranslation();
  const session = useSession();
  const caseload = useCaseload();
  const search = useSearchCitizens();
  const [query, setQuery] = useState("");
  const [localError, setLocalError] = useState<ReturnType<typeof localProblem>>();

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) {
      setLocalError({
        ...localProblem("VALIDATION_FAILED"),
        errors: [{ path: "body", message: t("medarbejder.searchRequired") }],
      });
      return;
    }
    setLocalError(undefined);
    search.mutate(looksLikeCpr(q) ? { cpr: q } : { navn: q });
  };

  const problem = localError ?? (search.error instanceof ProblemError ? search.error.problem : undefined);
  const message = fieldMessage(problem, SEARCH_PATHS);

  return (
    <div data-testid={testIds.medarbejder.home}>
      <PageHeading>{t("medarbejder.heading")}</PageHeading>
      <p className="font-lead">{t("medarbejder.lead", { name: session.data?.user.name.split(" ")[0] ?? "" })}</p>

      <section aria-labelledby="search-heading">
        <h2 id="search-heading">{t("medarbejder.searchHeading")}</h2>
        {problem ? (
          <ErrorSummary
            problem={problem}
            fieldIds={Object.fromEntries(SEARCH_PATHS.map((p) => [p, SEARCH_INPUT_ID]))}
          />
        ) : null}
        <form onSubmit={onSearch} noValidate className="ju-search-form">
          <div className={`form-group${message ? " form-error" : ""}`}>
            <label className="form-label" htmlFor={SEARCH_INPUT_ID}>
              {t("medarbejder.searchLabel")}
            </label>
            <span className="form-hint" id={`${SEARCH_INPUT_ID}-hint`}>
              {t("medarbejder.searchHint")}
            </span>
            {message ? (
              <span className="form-error-message" id={`${SEARCH_INPUT_ID}-error`}>
                <span className="sr-only">{t("common.error")}: </span>
                {message}
              </span>
            ) : null}
            <input
              id={SEARCH_INPUT_ID}
              className="form-input input-width-l"
              type="search"
              autoComplete="off"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              aria-describedby={`${SEARCH_INPUT_ID}-hint${message ? ` ${SEARCH_INPUT_ID}-error` : ""}`}
              aria-invalid={message ? true : undefined}
              data-testid={testIds.medarbejder.searchInput}
            />
          </div>
          <button
            type="submit"
            className="button button-primary"
            disabled={search.isPending}
            data-testid={testIds.medarbejder.searchSubmit}
          >
            {t("medarbejder.searchButton")}
          </button>
        </form>
        {search.isPending ? <Loading /> : null}
        {search.isSuccess ? (
          search.data.length === 0 ? (
            <p className="ju-empty" role="status" data-testid={testIds.medarbejder.searchEmpty}>
              {t("medarbejder.searchEmpty")}
            </p>
          ) : (
            <CitizenTable
              rows={search.data}
              caption={t("medarbejder.searchResults", { count: search.data.length })}
              testId={testIds.medarbejder.searchResults}
            />
          )
        ) : null}
      </section>

      <section aria-labelledby="caseload-heading">
        <h2 id="caseload-heading">{t("medarbejder.caseloadHeading")}</h2>
        <QueryView query={caseload}>
          {(rows) =>
            rows.length === 0 ? (
              <p className="ju-empty" data-testid={testIds.medarbejder.caseloadEmpty}>
                {t("medarbejder.caseloadEmpty")}
              </p>
            ) : (
              <CitizenTable
                rows={rows}
                caption={t("medarbejder.caseloadCaption", { count: rows.length })}
                testId={testIds.medarbejder.caseload}
              />
            )
          }
        </QueryView>
        <p className="ju-muted-note">{t("medarbejder.listLogged")}</p>
      </section>
    </div>
  );
}

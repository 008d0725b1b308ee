import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { samtaleMedarbejderIds } from "#contracts/testids-samtale-medarbejder.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf, validationProblem } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { TextInput } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Loading, PageHeading } from "../../ui/page.tsx";
import { CitizenTable } from "./CitizenTable.tsx";
import { useSearchCitizens } from "./queries.ts";
import { Sagsstamme } from "./Sagsstamme.tsx";
import { IndbakkeLink } from "../dialog/medarbejder/IndbakkeLink.tsx";
import { jobordreIds } from "#contracts/testids-jobordre.ts";

const SEARCH_INPUT_ID = "citizen-search";
const SEARCH_PATHS = ["body.cpr", "body.navn", "body"];

/** "Looks like a CPR number": digits, optionally with a dash or space after the sixth. */
const looksLikeCpr = (q: string) => /^\d[\d\s-]*$/.test(q.trim());

/**
 * The caseworker's home: Min sagsstamme (their citizens by the law's deadlines), a search for any citizen of the
 * municipality by CPR number or name, and the way to the full-text search in the cases. A manager sees the caseload of
 * the caseworker they choose.
 */
export function MedarbejderHome() {
  const { t } = useTranslation();
  const session = useSession();
  const leder = session.data?.user.role === "leder";
  const name = session.data?.user.name.split(" ")[0] ?? "";
  return (
    <div data-testid={testIds.medarbejder.home}>
      <PageHeading>{leder ? t("medarbejder.headingLeder") : t("medarbejder.heading")}</PageHeading>
      <p className="font-lead">{leder ? t("medarbejder.leadLeder", { name }) : t("medarbejder.lead", { name })}</p>
      <p>
        <Link className="function-link" to="/medarbejder/kalender" data-testid={samtaleMedarbejderIds.homeLink}>
          <Icon name="calendar-month" />
          {t("samtaleMedarbejder.calendar.homeLink")}
        </Link>
      </p>
      {leder ? null : <IndbakkeLink />}
      {leder ? null : (
        <p>
          <Link className="function-link" to="/medarbejder/jobordrer" data-testid={jobordreIds.hjemLink}>
            <Icon name="work" />
            {t("jobordre.hjemLink")}
          </Link>
        </p>
      )}
      <Sagsstamme leder={leder} />
      <div className="row">
        {leder ? null : (
          <div className="col-12 col-lg-7">
            <CitizenSearch />
          </div>
        )}
        <section className="col-12 col-lg-5" aria-labelledby="search-page-heading">
          <h2 id="search-page-heading">{t("medarbejder.searchPageHeading")}</h2>
          <p>{t("medarbejder.searchPageText")}</p>
          <p>
            <Link className="function-link" to="/medarbejder/soeg" data-testid={testIds.medarbejder.searchPageLink}>
              <Icon name="search" />
              {t("medarbejder.searchPageLink")}
            </Link>
          </p>
        </section>
      </div>
    </div>
  );
}

/** Find any citizen of the municipality by CPR number or name (the names shown are logged). */
function CitizenSearch() {
  const { t } = useTranslation();
  const search = useSearchCitizens();
  const [query, setQuery] = useState("");
  const [localError, setLocalError] = useState<Problem>();

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) {
      setLocalError(validationProblem([{ path: "body", message: t("medarbejder.searchRequired") }]));
      return;
    }
    setLocalError(undefined);
    search.mutate(looksLikeCpr(q) ? { cpr: q } : { navn: q });
  };

  const problem = localError ?? problemOf(search.error);
  const message = fieldMessage(problem, SEARCH_PATHS);

  return (
    <section aria-labelledby="search-heading">
      <h2 id="search-heading">{t("medarbejder.searchHeading")}</h2>
      {problem ? (
        <ErrorSummary problem={problem} fieldIds={Object.fromEntries(SEARCH_PATHS.map((p) => [p, SEARCH_INPUT_ID]))} />
      ) : null}
      <form onSubmit={onSearch} noValidate className="ju-search-form">
        <TextInput
          id={SEARCH_INPUT_ID}
          label={t("medarbejder.searchLabel")}
          hint={t("medarbejder.searchHint")}
          error={message}
          type="search"
          width="l"
          autoComplete="off"
          value={query}
          onChange={setQuery}
          testId={testIds.medarbejder.searchInput}
        />
        <SubmitButton disabled={search.isPending} testId={testIds.medarbejder.searchSubmit}>
          {t("medarbejder.searchButton")}
        </SubmitButton>
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
      <p className="ju-muted-note">{t("medarbejder.listLogged")}</p>
    </section>
  );
}

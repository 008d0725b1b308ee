import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { TextInput } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { Loading } from "../../ui/page.tsx";
import { useSoegISag } from "./queries.ts";
import { SoegeHits } from "./SoegeHits.tsx";

const INPUT_ID = "sag-search";
const PATHS = ["body.q", "body"];

/** "Søg i sagen": Danish full-text search in this case's notes and documents (logged in the citizen's log). */
export function SagSoeg({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [local, setLocal] = useState<Problem>();
  const soeg = useSoegISag();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!q.trim()) {
      setLocal(validationProblem([{ path: "body.q", message: t("soeg.required") }]));
      return;
    }
    setLocal(undefined);
    soeg.mutate({ q: q.trim(), borgerId });
  };
  const server = problemOf(soeg.error);
  const problem = local ?? (server ? withFieldMessage(server) : undefined);
  return (
    <section aria-labelledby="sag-search-heading" className="ju-case-search">
      <h2 id="sag-search-heading">{t("sag.searchHeading")}</h2>
      {problem ? (
        <ErrorSummary problem={problem} fieldIds={Object.fromEntries(PATHS.map((p) => [p, INPUT_ID]))} />
      ) : null}
      <form onSubmit={onSubmit} noValidate className="ju-inline-form">
        <TextInput
          id={INPUT_ID}
          label={t("sag.searchLabel")}
          hint={t("sag.searchHint")}
          error={fieldMessage(problem, PATHS)}
          type="search"
          width="xl"
          autoComplete="off"
          value={q}
          onChange={setQ}
          testId={testIds.sag.searchInput}
        />
        <SubmitButton variant="secondary" disabled={soeg.isPending} testId={testIds.sag.searchSubmit}>
          {t("sag.searchButton")}
        </SubmitButton>
      </form>
      <p className="ju-muted-note">{t("sag.searchLogged")}</p>
      {soeg.isPending ? <Loading /> : null}
      {soeg.isSuccess ? (
        <div className="ju-case-search-results">
          <p role="status" className="weight-semibold">
            {soeg.data.antal === 0 ? t("soeg.empty") : t("soeg.results", { count: soeg.data.antal })}
          </p>
          {soeg.data.hits.length ? <SoegeHits hits={soeg.data.hits} formaal={formaal} /> : null}
        </div>
      ) : null}
    </section>
  );
}

/** The server marks the search field without a message (e.g. SEARCH_EMPTY); use the problem's own text there. */
export function withFieldMessage<P extends { title: string; errors?: { path: string; message: string }[] }>(p: P): P {
  return p.errors?.length ? { ...p, errors: p.errors.map((e) => ({ ...e, message: e.message || p.title })) } : p;
}

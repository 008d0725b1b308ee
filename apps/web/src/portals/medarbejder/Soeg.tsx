import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { localProblem, ProblemError, validationProblem } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import type { SoegeAnmodning } from "../../api/types.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { SelectField, TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Loading, PageHeading } from "../../ui/page.tsx";
import { Pagination } from "../../ui/Pagination.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { useSoegning } from "./queries.ts";
import { withFieldMessage } from "./SagSoeg.tsx";
import { SoegeHits } from "./SoegeHits.tsx";

const TYPER = ["alle", "notat", "dokument"] as const;
const IDS = { q: "search-q", type: "search-type", fra: "search-from", til: "search-to" };
const FIELD_IDS = { "body.q": IDS.q, "body.type": IDS.type, "body.fra": IDS.fra, "body.til": IDS.til };
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The search in the address (so going back from a hit shows the same results without searching again). */
function readSearch(p: URLSearchParams): SoegeAnmodning | null {
  const q = p.get("q")?.trim() ?? "";
  if (!q) return null;
  const type = p.get("type");
  const fra = p.get("fra") ?? "";
  const til = p.get("til") ?? "";
  const side = Number(p.get("side"));
  return {
    q,
    ...(type === "notat" || type === "dokument" ? { type } : {}),
    ...(ISO.test(fra) ? { fra } : {}),
    ...(ISO.test(til) ? { til } : {}),
    side: Number.isInteger(side) && side > 1 && side <= 40 ? side : 1,
  };
}

/**
 * Søg i sager: Danish full-text search in the notes and documents of all the municipality's cases, with the
 * highlighted excerpt of each hit and the citizens whose names resemble the query. Searches and opened hits are logged.
 */
export function Soeg() {
  const { t } = useTranslation();
  const codes = useCodeTexts();
  const leder = useSession().data?.user.role === "leder";
  const [params, setParams] = useSearchParams();
  const current = readSearch(params);
  const query = useSoegning(current);
  const [q, setQ] = useState(current?.q ?? "");
  const [type, setType] = useState<string>(current?.type ?? "alle");
  const [fra, setFra] = useState(current?.fra ?? "");
  const [til, setTil] = useState(current?.til ?? "");
  const [local, setLocal] = useState<Problem>();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const errors = [
      ...(q.trim() ? [] : [{ path: "body.q", message: t("soeg.required") }]),
      ...(fra && til && fra > til ? [{ path: "body.fra", message: t("soeg.datesOrder") }] : []),
    ];
    if (errors.length) {
      setLocal(validationProblem(errors));
      return;
    }
    setLocal(undefined);
    const p = new URLSearchParams({ q: q.trim() });
    if (type !== "alle") p.set("type", type);
    if (fra) p.set("fra", fra);
    if (til) p.set("til", til);
    setParams(p);
  };

  const page = (side: number) =>
    setParams((p) => {
      p.set("side", String(side));
      return p;
    });

  const server = query.error instanceof ProblemError ? withFieldMessage(query.error.problem) : undefined;
  const problem = local ?? (query.isError ? (server ?? localProblem("INTERNAL")) : undefined);
  const svar = current && query.isSuccess ? query.data : undefined;

  return (
    <div data-testid={testIds.soeg.page}>
      <p className="ju-back">
        <Link className="back-link" to="/medarbejder">
          <Icon name="chevron-left" />
          {leder ? t("medarbejder.backToListLeder") : t("medarbejder.backToList")}
        </Link>
      </p>
      <PageHeading>{t("soeg.heading")}</PageHeading>
      <div className="ju-prose">
        <p className="font-lead">{t("soeg.lead")}</p>
        <p>{t("soeg.logged")}</p>
      </div>
      {problem ? <ErrorSummary problem={problem} fieldIds={FIELD_IDS} /> : null}
      <form onSubmit={onSubmit} noValidate className="ju-search-form">
        <TextInput
          id={IDS.q}
          label={t("soeg.label")}
          hint={t("soeg.hint")}
          error={fieldMessage(problem, ["body.q"])}
          type="search"
          width="xl"
          autoComplete="off"
          maxLength={200}
          value={q}
          onChange={setQ}
          testId={testIds.soeg.input}
        />
        <div className="ju-filter-grid">
          <SelectField
            id={IDS.type}
            label={t("soeg.type")}
            error={fieldMessage(problem, ["body.type"])}
            value={type}
            onChange={setType}
            testId={testIds.soeg.type}
            options={TYPER.map((k) => ({ value: k, label: t(`soeg.types.${k}`) }))}
          />
          <TextInput
            id={IDS.fra}
            label={t("soeg.from")}
            error={fieldMessage(problem, ["body.fra"])}
            type="date"
            value={fra}
            onChange={setFra}
            testId={testIds.soeg.from}
          />
          <TextInput
            id={IDS.til}
            label={t("soeg.to")}
            error={fieldMessage(problem, ["body.til"])}
            type="date"
            value={til}
            onChange={setTil}
            testId={testIds.soeg.to}
          />
        </div>
        <FormButtons
          submit={
            <>
              <Icon name="search" />
              {t("soeg.submit")}
            </>
          }
          submitTestId={testIds.soeg.submit}
        />
      </form>
      {current && query.isFetching ? <Loading /> : null}
      {svar ? (
        <div className="row">
          <section className="col-12 col-lg-8" aria-labelledby="search-results-heading">
            <h2 id="search-results-heading">{t("soeg.resultsHeading")}</h2>
            {svar.hits.length === 0 ? (
              <p className="ju-empty" role="status" data-testid={testIds.soeg.empty}>
                {t("soeg.empty")}
              </p>
            ) : (
              <>
                <p role="status" className="weight-semibold">
                  {t("soeg.results", { count: svar.antal })}
                </p>
                {svar.vindueDage ? (
                  <p className="ju-muted-note" data-testid={testIds.soeg.window}>
                    {t("soeg.window", { count: svar.vindueDage })}
                  </p>
                ) : null}
                <SoegeHits hits={svar.hits} />
              </>
            )}
            <Pagination
              side={current?.side ?? 1}
              sider={Math.min(40, Math.ceil(svar.antal / 20))}
              onPage={page}
              label={t("soeg.paginationLabel")}
              previousTestId={testIds.soeg.previousPage}
              nextTestId={testIds.soeg.nextPage}
            />
          </section>
          {svar.borgere.length ? (
            <section className="col-12 col-lg-4" aria-labelledby="search-names-heading">
              <h2 id="search-names-heading">{t("soeg.namesHeading")}</h2>
              <p className="ju-muted-note">{t("soeg.namesLead")}</p>
              <ul className="nobullet-list" data-testid={testIds.soeg.names}>
                {svar.borgere.map((b) => (
                  <li key={b.id} className="ju-name-hit">
                    <Link to={`/medarbejder/borger/${b.id}`} state={{ navn: b.navn }}>
                      {b.navn}
                    </Link>
                    <span className="d-block ju-small ju-muted">{codes.maalgruppe(b.maalgruppe)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

import type { Problem } from "#contracts/errors.ts";
import { MAALGRUPPE_KODER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { ALDERSGRUPPER, type Aldersgruppe, SAGSSTAMME_FILTRE, type SagsstammeFilter } from "#contracts/sag.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { validationProblem } from "../../api/client.ts";
import type { Medarbejder, SagsstammeRaekke } from "../../api/types.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { SelectField, TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { useFormat } from "../../ui/format.ts";
import { Reference, StatusBadge } from "../../ui/legal.tsx";
import { Pagination } from "../../ui/Pagination.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { useSagsstamme } from "./queries.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The caseload's choices, read from the address (so a view can be bookmarked); anything unknown is left out. */
interface Valg {
  filter: SagsstammeFilter;
  maalgruppe?: Maalgruppe;
  aldersgruppe?: Aldersgruppe;
  postnr?: string;
  sagsbehandler?: string;
  side: number;
}

function readValg(p: URLSearchParams): Valg {
  const filter = p.get("filter") as SagsstammeFilter;
  const maalgruppe = p.get("maalgruppe") as Maalgruppe;
  const aldersgruppe = p.get("aldersgruppe") as Aldersgruppe;
  const postnr = p.get("postnr") ?? "";
  const sagsbehandler = p.get("sagsbehandler") ?? "";
  const side = Number(p.get("side"));
  return {
    filter: SAGSSTAMME_FILTRE.includes(filter) ? filter : "alle",
    maalgruppe: MAALGRUPPE_KODER.includes(maalgruppe) ? maalgruppe : undefined,
    aldersgruppe: ALDERSGRUPPER.includes(aldersgruppe) ? aldersgruppe : undefined,
    postnr: /^\d{4}$/.test(postnr) ? postnr : undefined,
    sagsbehandler: UUID.test(sagsbehandler) ? sagsbehandler : undefined,
    side: Number.isInteger(side) && side > 1 && side <= 1000 ? side : 1,
  };
}

function toSearch(v: Valg): string {
  const p = new URLSearchParams();
  if (v.filter !== "alle") p.set("filter", v.filter);
  if (v.maalgruppe) p.set("maalgruppe", v.maalgruppe);
  if (v.aldersgruppe) p.set("aldersgruppe", v.aldersgruppe);
  if (v.postnr) p.set("postnr", v.postnr);
  if (v.sagsbehandler) p.set("sagsbehandler", v.sagsbehandler);
  if (v.side > 1) p.set("side", String(v.side));
  return p.toString();
}

/**
 * Min sagsstamme: the caseworker's citizens sorted by the law's next deadline, with ready-made filters and their live
 * counts, free filters and pages, all kept in the address. A manager first chooses whose caseload to see.
 */
export function Sagsstamme({ leder }: { leder: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const valg = readValg(params);
  const search = toSearch(valg);
  const query = useSagsstamme(search);
  const go = (next: Partial<Valg>) => setParams(toSearch({ ...valg, side: 1, ...next }));
  const data = query.data;
  const waiting = leder && !valg.sagsbehandler;

  return (
    <section aria-labelledby="caseload-heading" data-testid={testIds.sagsstamme.section}>
      <h2 id="caseload-heading">{leder ? t("medarbejder.caseloadHeadingLeder") : t("medarbejder.caseloadHeading")}</h2>
      {!waiting ? (
        <div className="tab-container ju-filter-buttons">
          <p className="form-label" id="caseload-filters-label">
            {t("sagsstamme.filtersLabel")}
          </p>
          <ul className="tab-list" aria-labelledby="caseload-filters-label" data-testid={testIds.sagsstamme.filters}>
            {SAGSSTAMME_FILTRE.map((f) => (
              <li key={f}>
                <button
                  type="button"
                  className="tab-button"
                  aria-pressed={valg.filter === f}
                  onClick={() => go({ filter: f })}
                  data-testid={testIds.sagsstamme.filter(f)}
                >
                  <span>
                    {t(`sagsstamme.filter.${f}`)}
                    {data ? ` (${data.taelling[f]})` : ""}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <FreeFilters
        key={search}
        valg={valg}
        medarbejdere={leder ? (data?.medarbejdere ?? []) : undefined}
        onApply={(v) => go(v)}
      />
      {waiting ? (
        <p className="ju-empty">{t("sagsstamme.chooseFirst")}</p>
      ) : (
        <QueryView query={query}>
          {(s) =>
            s.raekker.length === 0 ? (
              <p className="ju-empty" data-testid={testIds.medarbejder.caseloadEmpty}>
                {t("medarbejder.caseloadEmpty")}
              </p>
            ) : (
              <>
                {query.isPlaceholderData ? (
                  <p className="ju-muted-note" role="status">
                    {t("sagsstamme.loadingNew")}
                  </p>
                ) : null}
                <CaseloadTable
                  rows={s.raekker}
                  caption={t("sagsstamme.caption", { count: s.total, filter: t(`sagsstamme.filter.${valg.filter}`) })}
                  busy={query.isPlaceholderData}
                />
                <Pagination
                  side={s.side}
                  sider={s.sider}
                  onPage={(side) => go({ side })}
                  label={t("sagsstamme.paginationLabel")}
                  testId={testIds.sagsstamme.pagination}
                  previousTestId={testIds.sagsstamme.previousPage}
                  nextTestId={testIds.sagsstamme.nextPage}
                />
              </>
            )
          }
        </QueryView>
      )}
      <p className="ju-muted-note">{t("medarbejder.listLogged")}</p>
    </section>
  );
}

const IDS = {
  maalgruppe: "filter-maalgruppe",
  aldersgruppe: "filter-aldersgruppe",
  postnr: "filter-postnr",
  sagsbehandler: "filter-sagsbehandler",
};

/** Target group, age group, postcode and, for a manager, the caseworker; applied together with one button. */
function FreeFilters({
  valg,
  medarbejdere,
  onApply,
}: {
  valg: Valg;
  medarbejdere?: Medarbejder[];
  onApply: (v: Partial<Valg>) => void;
}) {
  const { t } = useTranslation();
  const codes = useCodeTexts();
  const [maalgruppe, setMaalgruppe] = useState<string>(valg.maalgruppe ?? "");
  const [aldersgruppe, setAldersgruppe] = useState<string>(valg.aldersgruppe ?? "");
  const [postnr, setPostnr] = useState(valg.postnr ?? "");
  const [sagsbehandler, setSagsbehandler] = useState(valg.sagsbehandler ?? "");
  const [problem, setProblem] = useState<Problem>();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const p = postnr.trim();
    if (p && !/^\d{4}$/.test(p)) {
      setProblem(validationProblem([{ path: "postnr", message: t("sagsstamme.postnrInvalid") }]));
      return;
    }
    setProblem(undefined);
    onApply({
      maalgruppe: (maalgruppe || undefined) as Maalgruppe | undefined,
      aldersgruppe: (aldersgruppe || undefined) as Aldersgruppe | undefined,
      postnr: p || undefined,
      ...(medarbejdere ? { sagsbehandler: sagsbehandler || undefined } : {}),
    });
  };

  const reset = () => onApply({ maalgruppe: undefined, aldersgruppe: undefined, postnr: undefined });

  return (
    <form onSubmit={onSubmit} noValidate className="ju-free-filters" data-testid={testIds.sagsstamme.freeFilters}>
      <fieldset>
        <legend className="h3">{t("sagsstamme.freeFilters")}</legend>
        {problem ? <ErrorSummary problem={problem} fieldIds={{ postnr: IDS.postnr }} /> : null}
        <div className="ju-filter-grid">
          {medarbejdere ? (
            <SelectField
              id={IDS.sagsbehandler}
              label={t("sagsstamme.sagsbehandler")}
              value={sagsbehandler}
              onChange={setSagsbehandler}
              testId={testIds.sagsstamme.sagsbehandler}
              placeholder={t("sagsstamme.chooseSagsbehandler")}
              options={medarbejdere.map((m) => ({ value: m.id, label: `${m.navn}${m.team ? `, ${m.team}` : ""}` }))}
            />
          ) : null}
          <SelectField
            id={IDS.maalgruppe}
            label={t("sagsstamme.maalgruppe")}
            value={maalgruppe}
            onChange={setMaalgruppe}
            testId={testIds.sagsstamme.maalgruppe}
            placeholder={t("sagsstamme.allMaalgrupper")}
            options={MAALGRUPPE_KODER.map((k) => ({ value: k, label: codes.maalgruppe({ kode: k, tekst: k }) }))}
          />
          <SelectField
            id={IDS.aldersgruppe}
            label={t("sagsstamme.aldersgruppe")}
            value={aldersgruppe}
            onChange={setAldersgruppe}
            testId={testIds.sagsstamme.aldersgruppe}
            placeholder={t("sagsstamme.allAldersgrupper")}
            options={ALDERSGRUPPER.map((a) => ({ value: a, label: t(`sagsstamme.alder.${a}`) }))}
          />
          <TextInput
            id={IDS.postnr}
            label={t("sagsstamme.postnr")}
            hint={t("sagsstamme.postnrHint")}
            error={fieldMessage(problem, ["postnr"])}
            width="xs"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={postnr}
            onChange={setPostnr}
            testId={testIds.sagsstamme.postnr}
          />
        </div>
        <FormButtons
          submit={t("sagsstamme.apply")}
          submitTestId={testIds.sagsstamme.apply}
          cancel={
            valg.maalgruppe || valg.aldersgruppe || valg.postnr
              ? { label: t("sagsstamme.reset"), testId: testIds.sagsstamme.reset, onClick: reset }
              : undefined
          }
        />
      </fieldset>
    </form>
  );
}

function CaseloadTable({ rows, caption, busy }: { rows: SagsstammeRaekke[]; caption: string; busy: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const tid = (dage: number | null) =>
    dage === null
      ? t("sagsstamme.noBenefit")
      : dage < 14
        ? t("common.days", { count: dage })
        : t("common.weeks", { count: Math.floor(dage / 7) });
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra" data-testid={testIds.medarbejder.caseload} aria-busy={busy || undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("fields.navn")}</th>
            <th scope="col">{t("fields.alder")}</th>
            <th scope="col">{t("fields.maalgruppe")}</th>
            <th scope="col">{t("sagsstamme.ydelse")}</th>
            <th scope="col">{t("sagsstamme.naesteFrist")}</th>
            <th scope="col">{t("sagsstamme.naesteSamtale")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={testIds.sagsstamme.row(r.id)}>
              <th scope="row" className="weight-normal">
                <Link
                  to={`/medarbejder/borger/${r.id}`}
                  state={{ navn: r.navn }}
                  data-testid={testIds.medarbejder.citizenLink(r.id)}
                >
                  {r.navn}
                </Link>
                {r.postnr ? (
                  <span className="ju-small ju-muted d-block">
                    {r.postnr} {r.bynavn ?? ""}
                  </span>
                ) : null}
              </th>
              <td>{t("common.years", { count: r.alder })}</td>
              <td>{codes.maalgruppe(r.maalgruppe)}</td>
              <td className="ju-nowrap">{tid(r.dageMedYdelse)}</td>
              <td>
                {r.naesteFrist ? (
                  <>
                    <span className="d-block">{r.naesteFrist.titel}</span>
                    <span className="d-block">
                      {t("sagsstamme.dueOn", { date: f.date(r.naesteFrist.frist) })}{" "}
                      <StatusBadge status={r.naesteFrist.status} />
                    </span>
                    <span className="ju-small ju-muted d-block">
                      <Reference henvisning={{ ...r.naesteFrist.henvisning, url: undefined }} />
                      {r.naesteFrist.status === "forfalden" && r.forfaldne > 1
                        ? ` · ${t("sagsstamme.moreOverdue", { count: r.forfaldne - 1 })}`
                        : ""}
                    </span>
                  </>
                ) : (
                  <span className="ju-muted">{t("sagsstamme.noObligation")}</span>
                )}
              </td>
              <td className="ju-nowrap">
                {r.naesteSamtale ? (
                  f.date(r.naesteSamtale)
                ) : (
                  <span className="ju-muted">{t("sagsstamme.noMeeting")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

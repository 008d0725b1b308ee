import type { Problem } from "#contracts/errors.ts";
import { indsigtIds as ids } from "#contracts/testids-indsigt.ts";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { localProblem, ProblemError, validationProblem } from "../../../api/client.ts";
import { DataTable } from "../../../ui/DataTable.tsx";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, FieldError, SelectField, TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Facts } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { tilstandBadge, useTilstandTekst } from "../borger/Aktindsigt.tsx";
import { sagsPdfUrl, useBesvar, useOphaev, useSagsIndsigt, useUdsaet, useUndtag } from "../queries.ts";
import { type Anmodning, artSomVisning, type Hjemmel, henvisningTekst, type Punkt, punktNoegle } from "../types.ts";

const fejlFra = (e: unknown): Problem => (e instanceof ProblemError ? e.problem : localProblem("INTERNAL"));

/**
 * The caseworker's view of the citizen's access (tab "Selvbetjening"): aktindsigt requests with their deadline (overdue
 * ones marked) to answer or to delay by a letter; the case's items as the citizen sees them, each with "Undtag fra
 * borgerens indsigt" (a decision with a reason and a legal basis from the list); and the decisions, lifted ones too.
 */
export function AktindsigtSektion({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const query = useSagsIndsigt(borgerId, formaal);
  const [kvittering, setKvittering] = useState<string | null>(null);
  return (
    <section aria-labelledby="caseworker-insight-heading" className="mt-7" data-testid={ids.sektion.section}>
      <h2 id="caseworker-insight-heading">{t("indsigt.section.heading")}</h2>
      <p>{t("indsigt.section.intro")}</p>
      {kvittering ? <Receipt key={kvittering} heading={kvittering} testId={ids.sektion.kvittering} /> : null}
      <QueryView query={query}>
        {(d) => (
          <>
            <h3>{t("indsigt.section.requests")}</h3>
            {d.anmodninger.length === 0 ? (
              <p>{t("indsigt.section.noRequests")}</p>
            ) : (
              <ul className="nobullet-list" data-testid={ids.sektion.anmodninger}>
                {d.anmodninger.map((a) => (
                  <AnmodningPunkt
                    key={a.id}
                    a={a}
                    punkter={d.punkter}
                    borgerId={borgerId}
                    onKvittering={setKvittering}
                  />
                ))}
              </ul>
            )}
            <Punkter punkter={d.punkter} hjemler={d.hjemler} borgerId={borgerId} onKvittering={setKvittering} />
            <Beslutninger d={d} borgerId={borgerId} onKvittering={setKvittering} />
            <p className="mt-5">
              <a className="function-link" href={sagsPdfUrl(borgerId, formaal)} download data-testid={ids.sektion.pdf}>
                {t("indsigt.section.pdf")}
              </a>
            </p>
          </>
        )}
      </QueryView>
    </section>
  );
}

function AnmodningPunkt({
  a,
  punkter,
  borgerId,
  onKvittering,
}: {
  a: Anmodning;
  punkter: Punkt[];
  borgerId: string;
  onKvittering: (s: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const tilstand = useTilstandTekst();
  const besvar = useBesvar(borgerId);
  const udsaet = useUdsaet(borgerId);
  const [tekst, setTekst] = useState("");
  const [omfang, setOmfang] = useState<"alt" | "udvalg">("alt");
  const [valgte, setValgte] = useState<Set<string>>(new Set());
  const [begrundelse, setBegrundelse] = useState("");
  const [forventet, setForventet] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const svarNoegle = useRef(newUuid());
  const udsaetNoegle = useRef(newUuid());
  const fejl = (sti: string) => problem?.errors?.find((e) => e.path === sti)?.message;

  function svar(e: React.FormEvent) {
    e.preventDefault();
    const errs = [];
    if (!tekst.trim()) errs.push({ path: `svar-${a.id}`, message: t("indsigt.section.reasonRequired") });
    if (omfang === "udvalg" && valgte.size === 0)
      errs.push({ path: `udvalg-${a.id}`, message: t("indsigt.section.selectionRequired") });
    if (errs.length) {
      setProblem(validationProblem(errs));
      return;
    }
    setProblem(null);
    const udvalg =
      omfang === "udvalg"
        ? punkter.filter((p) => valgte.has(punktNoegle(p))).map((p) => ({ art: p.art, id: p.id }))
        : undefined;
    besvar.mutate(
      { id: a.id, tekst: tekst.trim(), ...(udvalg ? { udvalg } : {}), idempotensnoegle: svarNoegle.current },
      { onSuccess: () => onKvittering(t("indsigt.section.answered")), onError: (err) => setProblem(fejlFra(err)) },
    );
  }

  function forsink(e: React.FormEvent) {
    e.preventDefault();
    const errs = [];
    if (!begrundelse.trim()) errs.push({ path: `udsaet-${a.id}`, message: t("indsigt.section.reasonRequired") });
    if (!forventet) errs.push({ path: `forventet-${a.id}`, message: t("indsigt.section.dateRequired") });
    if (errs.length) {
      setProblem(validationProblem(errs));
      return;
    }
    setProblem(null);
    udsaet.mutate(
      { id: a.id, begrundelse: begrundelse.trim(), forventet, idempotensnoegle: udsaetNoegle.current },
      {
        onSuccess: () => {
          udsaetNoegle.current = newUuid();
          onKvittering(t("indsigt.section.delayed"));
        },
        onError: (err) => setProblem(fejlFra(err)),
      },
    );
  }

  return (
    <li className="mb-5 pb-4" style={{ borderBottom: "1px solid #bfbfbf" }} data-testid={ids.sektion.anmodning(a.id)}>
      <h4 className="h5 mt-0 mb-2">{a.oenske}</h4>
      <p className="mb-2">
        <span className={`badge ${tilstandBadge(a)}`} data-testid={ids.sektion.status(a.id)}>
          {tilstand(a)}
        </span>
      </p>
      <Facts
        items={[
          [t("indsigt.request.received"), f.dateTime(a.modtaget)],
          [
            t("indsigt.request.deadline"),
            `${f.date(a.frist)} (${a.regel.henvisninger.map(henvisningTekst).join("; ")})`,
          ],
          ...(a.forventet ? [[t("indsigt.request.expected"), f.date(a.forventet)] as [string, string]] : []),
          ...(a.periodeFra || a.periodeTil
            ? [
                [
                  t("indsigt.request.period"),
                  `${a.periodeFra ? f.date(a.periodeFra) : "…"} – ${a.periodeTil ? f.date(a.periodeTil) : "…"}`,
                ] as [string, string],
              ]
            : []),
          [
            t("indsigt.request.how"),
            a.form === "minside" ? t("indsigt.request.howMinside") : t("indsigt.request.howPost"),
          ],
          ...(a.svar
            ? [
                [t("indsigt.request.answer"), `${t(`indsigt.request.outcome.${a.svar.udfald}`)}: ${a.svar.tekst}`] as [
                  string,
                  string,
                ],
              ]
            : []),
        ]}
      />
      {a.status !== "besvaret" ? (
        <>
          {problem ? (
            <ErrorSummary
              problem={problem}
              fieldIds={{
                [`svar-${a.id}`]: `answer-${a.id}`,
                [`udsaet-${a.id}`]: `delay-${a.id}`,
                [`forventet-${a.id}`]: `delay-date-${a.id}`,
                [`udvalg-${a.id}`]: `selection-${a.id}`,
              }}
            />
          ) : null}
          <form onSubmit={svar} noValidate className="mt-4">
            <TextArea
              id={`answer-${a.id}`}
              label={t("indsigt.section.answerText")}
              hint={t("indsigt.section.answerHint")}
              error={fejl(`svar-${a.id}`)}
              value={tekst}
              onChange={setTekst}
              rows={3}
              maxLength={4000}
              testId={ids.sektion.svarTekst(a.id)}
            />
            <fieldset className="mt-4">
              <legend className="form-label">{t("indsigt.section.scope")}</legend>
              <div className="form-group-radio">
                <input
                  id={`scope-all-${a.id}`}
                  className="form-radio"
                  type="radio"
                  name={`scope-${a.id}`}
                  checked={omfang === "alt"}
                  onChange={() => setOmfang("alt")}
                />
                <label className="form-label" htmlFor={`scope-all-${a.id}`}>
                  {a.periodeFra || a.periodeTil ? t("indsigt.section.scopePeriod") : t("indsigt.section.scopeAll")}
                </label>
              </div>
              <div className="form-group-radio">
                <input
                  id={`scope-selection-${a.id}`}
                  className="form-radio"
                  type="radio"
                  name={`scope-${a.id}`}
                  checked={omfang === "udvalg"}
                  onChange={() => setOmfang("udvalg")}
                  data-testid={ids.sektion.omfangUdvalg(a.id)}
                />
                <label className="form-label" htmlFor={`scope-selection-${a.id}`}>
                  {t("indsigt.section.scopeSelection")}
                </label>
              </div>
            </fieldset>
            {omfang === "udvalg" ? (
              <fieldset className="mt-3" id={`selection-${a.id}`} tabIndex={-1}>
                <legend className="form-label">{t("indsigt.section.selection")}</legend>
                {fejl(`udvalg-${a.id}`) ? <FieldError>{fejl(`udvalg-${a.id}`)}</FieldError> : null}
                {punkter.map((p) => {
                  const k = punktNoegle(p);
                  return (
                    <CheckboxField
                      key={k}
                      id={`select-${a.id}-${k}`}
                      label={`${f.date(p.dato)} · ${t(`indsigt.kind.${p.visningsart}`)}: ${p.titel}${p.dialog ? ` (${p.dialog.afsender})` : ""}${p.undtaget ? ` (${t("indsigt.case.withheld").toLowerCase()})` : ""}`}
                      checked={valgte.has(k)}
                      onChange={(on) =>
                        setValgte((v) => {
                          const n = new Set(v);
                          if (on) n.add(k);
                          else n.delete(k);
                          return n;
                        })
                      }
                      testId={ids.sektion.vaelg(a.id, k)}
                    />
                  );
                })}
              </fieldset>
            ) : null}
            <FormButtons
              submit={t("indsigt.section.answer")}
              submitTestId={ids.sektion.svarSend(a.id)}
              disabled={besvar.isPending}
            />
          </form>
          <form onSubmit={forsink} noValidate className="mt-5">
            <TextArea
              id={`delay-${a.id}`}
              label={t("indsigt.section.delayReason")}
              error={fejl(`udsaet-${a.id}`)}
              value={begrundelse}
              onChange={setBegrundelse}
              rows={2}
              maxLength={4000}
              testId={ids.sektion.udsaetBegrundelse(a.id)}
            />
            <TextInput
              id={`delay-date-${a.id}`}
              type="date"
              label={t("indsigt.section.delayDate")}
              error={fejl(`forventet-${a.id}`)}
              value={forventet}
              onChange={setForventet}
              testId={ids.sektion.udsaetDato(a.id)}
            />
            <FormButtons
              submit={t("indsigt.section.delay")}
              submitTestId={ids.sektion.udsaetSend(a.id)}
              disabled={udsaet.isPending}
            />
          </form>
        </>
      ) : null}
    </li>
  );
}

function Punkter({
  punkter,
  hjemler,
  borgerId,
  onKvittering,
}: {
  punkter: Punkt[];
  hjemler: Hjemmel[];
  borgerId: string;
  onKvittering: (s: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const undtag = useUndtag(borgerId);
  const [valgt, setValgt] = useState<Punkt | null>(null);
  const [begrundelse, setBegrundelse] = useState("");
  const [hjemmel, setHjemmel] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const noegle = useRef(newUuid());
  const fejl = (sti: string) => problem?.errors?.find((e) => e.path === sti)?.message;

  function aabn(p: Punkt) {
    setValgt(p);
    setBegrundelse("");
    setHjemmel("");
    setProblem(null);
    noegle.current = newUuid();
  }

  function gem(e: React.FormEvent) {
    e.preventDefault();
    if (!valgt) return;
    const errs = [];
    if (!begrundelse.trim()) errs.push({ path: "body.begrundelse", message: t("indsigt.section.reasonRequired") });
    if (!hjemmel) errs.push({ path: "body.hjemmel", message: t("indsigt.section.basisRequired") });
    if (errs.length) {
      setProblem(validationProblem(errs));
      return;
    }
    undtag.mutate(
      {
        art: valgt.art,
        genstandId: valgt.id,
        begrundelse: begrundelse.trim(),
        hjemmel,
        idempotensnoegle: noegle.current,
      },
      {
        onSuccess: () => {
          setValgt(null);
          onKvittering(t("indsigt.section.withheld"));
        },
        onError: (err) => setProblem(fejlFra(err)),
      },
    );
  }

  return (
    <>
      <h3>{t("indsigt.section.items")}</h3>
      {valgt ? (
        <form onSubmit={gem} noValidate className="ju-free-filters" aria-labelledby="withhold-heading">
          <h4 id="withhold-heading" className="h5 mt-0">
            {t("indsigt.section.withholdHeading", { titel: valgt.titel })}
          </h4>
          {problem ? (
            <ErrorSummary
              problem={problem}
              fieldIds={{ "body.begrundelse": "withhold-reason", "body.hjemmel": "withhold-basis" }}
            />
          ) : null}
          <TextArea
            id="withhold-reason"
            label={t("indsigt.section.reason")}
            error={fejl("body.begrundelse")}
            value={begrundelse}
            onChange={setBegrundelse}
            rows={3}
            maxLength={2000}
            testId={ids.sektion.undtagBegrundelse}
          />
          <SelectField
            id="withhold-basis"
            label={t("indsigt.section.basis")}
            hint={hjemler.find((h) => h.id === hjemmel)?.forklaring}
            error={fejl("body.hjemmel")}
            value={hjemmel}
            onChange={setHjemmel}
            placeholder={t("indsigt.section.chooseBasis")}
            options={hjemler.map((h) => ({ value: h.id, label: `${h.titel} (${henvisningTekst(h.henvisning)})` }))}
            testId={ids.sektion.undtagHjemmel}
          />
          <FormButtons
            submit={t("indsigt.section.save")}
            submitTestId={ids.sektion.undtagSend}
            disabled={undtag.isPending}
            cancel={{ label: t("common.cancel"), testId: ids.sektion.undtagAnnuller, onClick: () => setValgt(null) }}
          />
        </form>
      ) : null}
      <DataTable
        captionId="caseworker-insight-items-caption"
        caption={t("indsigt.section.items")}
        testId={ids.sektion.punkter}
        columns={[
          t("indsigt.section.colTitle"),
          t("indsigt.section.colDate"),
          t("indsigt.section.colKind"),
          t("indsigt.section.colAccess"),
        ]}
        rows={punkter}
        rowKey={punktNoegle}
      >
        {(p) => (
          <>
            <th scope="row">
              {p.titel}
              {p.dialog ? (
                <span className="d-block ju-small weight-normal">
                  {t("indsigt.section.dialogFrom", { navn: p.dialog.afsender, tid: f.dateTime(p.dialog.tidspunkt) })}
                </span>
              ) : null}
            </th>
            <td className="ju-nowrap">{f.date(p.dato)}</td>
            <td>{t(`indsigt.kind.${p.visningsart}`)}</td>
            <td>
              {p.undtaget ? (
                <span className="badge badge-warning">{t("indsigt.case.withheld")}</span>
              ) : (
                <>
                  <span className="d-block">{t("indsigt.section.readable")}</span>
                  <button
                    type="button"
                    className="button button-tertiary p-0"
                    onClick={() => aabn(p)}
                    aria-label={t("indsigt.section.withholdSr", { titel: p.titel })}
                    data-testid={ids.sektion.undtag(punktNoegle(p))}
                  >
                    {t("indsigt.section.withhold")}
                  </button>
                </>
              )}
            </td>
          </>
        )}
      </DataTable>
    </>
  );
}

function Beslutninger({
  d,
  borgerId,
  onKvittering,
}: {
  d: { undtagelser: import("../types.ts").Undtagelse[] };
  borgerId: string;
  onKvittering: (s: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const ophaev = useOphaev(borgerId);
  const [valgt, setValgt] = useState<string | null>(null);
  const [begrundelse, setBegrundelse] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);

  function gem(e: React.FormEvent) {
    e.preventDefault();
    if (!valgt) return;
    if (!begrundelse.trim()) {
      setProblem(validationProblem([{ path: "body.begrundelse", message: t("indsigt.section.reasonRequired") }]));
      return;
    }
    ophaev.mutate(
      { id: valgt, begrundelse: begrundelse.trim() },
      {
        onSuccess: () => {
          setValgt(null);
          onKvittering(t("indsigt.section.lifted"));
        },
        onError: (err) => setProblem(fejlFra(err)),
      },
    );
  }

  return (
    <>
      <h3>{t("indsigt.section.decisions")}</h3>
      {d.undtagelser.length === 0 ? (
        <p>{t("indsigt.section.noDecisions")}</p>
      ) : (
        <ul className="nobullet-list" data-testid={ids.sektion.beslutninger}>
          {d.undtagelser.map((u) => (
            <li key={u.id} className="mb-4">
              <p className="mb-1 weight-semibold">
                {u.titel ?? u.genstandId} ({t(`indsigt.kind.${artSomVisning(u.art)}`)})
              </p>
              <p className="mb-1">
                {u.begrundelse} – {u.hjemmel.titel} ({henvisningTekst(u.hjemmel.henvisning)})
              </p>
              <p className="mb-1 ju-small">
                {t("indsigt.section.decidedBy", { dato: f.dateTime(u.besluttet), navn: u.besluttetAf })}
              </p>
              {u.ophaevet ? (
                <p className="mb-1 ju-small">
                  {t("indsigt.section.liftedBy", {
                    dato: f.dateTime(u.ophaevet),
                    navn: u.ophaevetAf,
                    begrundelse: u.ophaevetBegrundelse,
                  })}
                </p>
              ) : valgt === u.id ? (
                <form onSubmit={gem} noValidate>
                  {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.begrundelse": "lift-reason" }} /> : null}
                  <TextArea
                    id="lift-reason"
                    label={t("indsigt.section.liftReason")}
                    value={begrundelse}
                    onChange={setBegrundelse}
                    error={problem?.errors?.[0]?.message}
                    rows={2}
                    maxLength={2000}
                    testId={ids.sektion.ophaevBegrundelse}
                  />
                  <FormButtons
                    submit={t("indsigt.section.liftSave")}
                    submitTestId={ids.sektion.ophaevSend}
                    disabled={ophaev.isPending}
                    cancel={{
                      label: t("common.cancel"),
                      testId: ids.sektion.ophaevAnnuller,
                      onClick: () => setValgt(null),
                    }}
                  />
                </form>
              ) : (
                <button
                  type="button"
                  className="button button-tertiary p-0"
                  onClick={() => {
                    setValgt(u.id);
                    setBegrundelse("");
                    setProblem(null);
                  }}
                  aria-label={t("indsigt.section.liftSr", { titel: u.titel ?? "" })}
                  data-testid={ids.sektion.ophaev(u.id)}
                >
                  {t("indsigt.section.lift")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

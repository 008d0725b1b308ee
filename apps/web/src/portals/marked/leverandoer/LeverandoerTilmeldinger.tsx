import type { Problem } from "#contracts/errors.ts";
import { markedLeverandoerIds as ids } from "#contracts/testids-marked-leverandoer.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { DataTable, RowAction } from "../../../ui/DataTable.tsx";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { FieldError, SelectField, TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { todayInDenmark, useFormat } from "../../../ui/format.ts";
import { BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { UDBUD_KEY } from "./LeverandoerUdbud.tsx";
import { iso, type Udbud, useMarkedKoder } from "./udbud.ts";

/** An enrolment as the provider may see it: the citizen's name and contact, the start and how far they are. */
interface LevTilmelding {
  id: string;
  udbudId: string;
  titel: string;
  navn: string;
  email: string | null;
  telefon: string | null;
  status: string;
  start: string;
  slut: string;
  fremskridt: number;
  tilmeldt: string;
}

/** The enrolment after a report (the server's tilmeldingOut). */
interface Rapporteret {
  id: string;
  titel: string;
  status: string;
  fremskridt: number;
  startet: string | null;
  afsluttet: string | null;
}

const RAPPORT_ARTER = ["fremmoede", "fravaer", "fremskridt", "gennemfoert", "afbrudt"] as const;
type RapportArt = (typeof RAPPORT_ARTER)[number];
const AKTIVE = ["tilmeldt", "startet"];
const KEY = ["leverandoer", "marked", "tilmeldinger"] as const;

/**
 * The citizens enrolled on the provider's offers (`/leverandoer/tilmeldinger`), filtered by offer: name, contact,
 * start, status and progress; per enrolment a report of attendance, absence, progress, completion or drop-out, which
 * the jobcentre sees at once (nobody types it again).
 */
export function LeverandoerTilmeldinger() {
  const { t } = useTranslation();
  const f = useFormat();
  const k = useMarkedKoder();
  const [params, setParams] = useSearchParams();
  const udbudId = params.get("udbud") ?? "";
  const udbud = useQuery({ queryKey: UDBUD_KEY, queryFn: () => api<Udbud[]>("/api/leverandoer/udbud") });
  const query = useQuery({
    queryKey: [...KEY, udbudId],
    queryFn: () =>
      api<LevTilmelding[]>(`/api/leverandoer/tilmeldinger${udbudId ? `?udbudId=${encodeURIComponent(udbudId)}` : ""}`),
  });
  const [aaben, setAaben] = useState<LevTilmelding>();
  const [resultat, setResultat] = useState<{ navn: string; art: RapportArt; t: Rapporteret; noegle: string }>();

  return (
    <div data-testid={ids.tilmeldinger.page}>
      <BackLink to="/leverandoer">{t("markedLeverandoer.tilForsiden")}</BackLink>
      <PageHeading>{t("markedLeverandoer.tilmeldinger.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("markedLeverandoer.tilmeldinger.lead")}</p>
      <SelectField
        id="enrolments-offer"
        label={t("markedLeverandoer.tilmeldinger.filter")}
        value={udbudId}
        onChange={(v) => {
          setAaben(undefined);
          setParams(v ? { udbud: v } : {}, { replace: true });
        }}
        testId={ids.tilmeldinger.filter}
        placeholder={t("markedLeverandoer.tilmeldinger.alle")}
        options={(udbud.data ?? []).map((u) => ({ value: u.id, label: u.titel }))}
      />
      {resultat ? (
        <Receipt
          key={resultat.noegle}
          heading={t("markedLeverandoer.rapport.receipt")}
          headingLevel={2}
          testId={ids.tilmeldinger.resultat}
        >
          <p>
            {t(`markedLeverandoer.rapport.receiptTekst.${resultat.art}`, {
              navn: resultat.navn,
              titel: resultat.t.titel,
            })}
          </p>
          <p>
            {t("markedLeverandoer.rapport.receiptStatus", {
              status: k.tilmeldingStatus(resultat.t.status),
              fremskridt: resultat.t.fremskridt,
            })}
          </p>
        </Receipt>
      ) : null}
      <QueryView query={query}>
        {(rows) =>
          rows.length ? (
            <DataTable
              captionId="enrolments-caption"
              caption={t("markedLeverandoer.tilmeldinger.caption", { count: rows.length })}
              testId={ids.tilmeldinger.table}
              columns={[
                t("markedLeverandoer.tilmeldinger.navn"),
                t("markedLeverandoer.tilmeldinger.forloeb"),
                t("markedLeverandoer.tilmeldinger.kontakt"),
                t("markedLeverandoer.tilmeldinger.start"),
                t("markedLeverandoer.tilmeldinger.status"),
                t("markedLeverandoer.tilmeldinger.fremskridt"),
                t("markedLeverandoer.tilmeldinger.handling"),
              ]}
              rows={rows}
              rowKey={(r) => r.id}
              rowTestId={ids.tilmeldinger.row}
            >
              {(r) => (
                <>
                  <th scope="row" className="weight-normal">
                    {r.navn}
                  </th>
                  <td>{r.titel}</td>
                  <td>
                    {r.email ? <a href={`mailto:${r.email}`}>{r.email}</a> : null}
                    {r.email && r.telefon ? <br /> : null}
                    {r.telefon ? <a href={`tel:${r.telefon.replace(/\s/g, "")}`}>{r.telefon}</a> : null}
                  </td>
                  <td className="ju-nowrap">{f.date(r.start)}</td>
                  <td data-testid={ids.tilmeldinger.status(r.id)}>{k.tilmeldingStatus(r.status)}</td>
                  <td className="ju-nowrap" data-testid={ids.tilmeldinger.fremskridt(r.id)}>
                    {r.fremskridt} %
                  </td>
                  {AKTIVE.includes(r.status) ? (
                    <RowAction
                      label={t("markedLeverandoer.tilmeldinger.rapporter")}
                      srLabel={r.navn}
                      onClick={() => {
                        setResultat(undefined);
                        setAaben(r);
                      }}
                      testId={ids.tilmeldinger.rapporter(r.id)}
                    />
                  ) : (
                    <td>
                      <span className="ju-muted">{t("markedLeverandoer.tilmeldinger.afsluttet")}</span>
                    </td>
                  )}
                </>
              )}
            </DataTable>
          ) : (
            <p className="ju-empty" data-testid={ids.tilmeldinger.empty}>
              {t("markedLeverandoer.tilmeldinger.empty")}
            </p>
          )
        }
      </QueryView>
      {aaben ? (
        <RapportForm
          key={aaben.id}
          tilmelding={aaben}
          onLuk={() => setAaben(undefined)}
          onSendt={(art, r, noegle) => {
            setAaben(undefined);
            setResultat({ navn: aaben.navn, art, t: r, noegle });
          }}
        />
      ) : null}
    </div>
  );
}

/** The report on one enrolment: what happened, on which day, and a note; each send has its own idempotency key. */
function RapportForm({
  tilmelding: tm,
  onLuk,
  onSendt,
}: {
  tilmelding: LevTilmelding;
  onLuk: () => void;
  onSendt: (art: RapportArt, r: Rapporteret, noegle: string) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const [art, setArt] = useState<RapportArt>("fremmoede");
  const [dato, setDato] = useState(todayInDenmark);
  const [procent, setProcent] = useState(String(tm.fremskridt));
  const [bemaerkning, setBemaerkning] = useState("");
  // one key for this report, kept when the same report is tried again after an error
  const [noegle] = useState(newUuid);
  const [local, setLocal] = useState<Problem>();

  const send = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Rapporteret>(`/api/leverandoer/tilmeldinger/${encodeURIComponent(tm.id)}/rapport`, { method: "POST", body }),
    onSuccess: async (r) => {
      await queryClient.invalidateQueries({ queryKey: KEY });
      onSendt(art, r, noegle);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (send.isPending) return;
    const errors = [
      ...(/^\d{4}-\d{2}-\d{2}$/.test(dato)
        ? []
        : [{ path: "body.dato", message: t("markedLeverandoer.rapport.datoMangler") }]),
      ...(art === "fremskridt" && !(/^\d{1,3}$/.test(procent.trim()) && Number(procent) <= 100)
        ? [{ path: "body.fremskridt", message: t("markedLeverandoer.rapport.procentFejl") }]
        : []),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    send.mutate({
      art,
      dato,
      ...(art === "fremskridt" ? { fremskridt: Number(procent.trim()) } : {}),
      ...(bemaerkning.trim() ? { bemaerkning: bemaerkning.trim() } : {}),
      idempotensnoegle: noegle,
    });
  };

  const problem = local ?? problemOf(send.error);
  const artFejl = fieldMessage(problem, ["body.art"]);
  return (
    <section className="ju-editor" aria-labelledby="report-heading">
      <h2 id="report-heading" className="mt-0" ref={ref} tabIndex={-1}>
        {t("markedLeverandoer.rapport.heading", { navn: tm.navn })}
      </h2>
      <Facts
        items={[
          [t("markedLeverandoer.tilmeldinger.forloeb"), tm.titel],
          [t("markedLeverandoer.tilmeldinger.periode"), `${f.date(tm.start)} – ${f.date(tm.slut)}`],
          [t("markedLeverandoer.tilmeldinger.tilmeldt"), f.dateTime(iso(tm.tilmeldt))],
        ]}
      />
      {problem ? (
        <ErrorSummary
          problem={problem}
          fieldIds={{
            "body.art": `report-kind-${art}`,
            "body.dato": "report-date",
            "body.fremskridt": "report-progress",
            "body.bemaerkning": "report-note",
          }}
        />
      ) : null}
      <form onSubmit={onSubmit} noValidate data-testid={ids.tilmeldinger.form}>
        <div className={`form-group${artFejl ? " form-error" : ""}`}>
          <fieldset aria-describedby={artFejl ? "report-kind-error" : undefined}>
            <legend className="form-label">{t("markedLeverandoer.rapport.art")}</legend>
            {artFejl ? <FieldError id="report-kind-error">{artFejl}</FieldError> : null}
            {RAPPORT_ARTER.map((a) => (
              <div className="form-group-radio" key={a}>
                <input
                  type="radio"
                  className="form-radio"
                  name="report-kind"
                  id={`report-kind-${a}`}
                  value={a}
                  checked={art === a}
                  onChange={() => setArt(a)}
                  aria-describedby={`report-kind-${a}-hint`}
                  data-testid={ids.tilmeldinger.art(a)}
                />
                <label className="form-label" htmlFor={`report-kind-${a}`}>
                  {t(`markedLeverandoer.rapport.arter.${a}`)}
                </label>
                <span className="form-hint" id={`report-kind-${a}-hint`}>
                  {t(`markedLeverandoer.rapport.arterHint.${a}`)}
                </span>
              </div>
            ))}
          </fieldset>
        </div>
        <TextInput
          id="report-date"
          type="date"
          label={t("markedLeverandoer.rapport.dato")}
          hint={t("markedLeverandoer.rapport.datoHint")}
          error={fieldMessage(problem, ["body.dato"])}
          value={dato}
          onChange={setDato}
          testId={ids.tilmeldinger.dato}
        />
        {art === "fremskridt" ? (
          <TextInput
            id="report-progress"
            label={t("markedLeverandoer.rapport.procent")}
            hint={t("markedLeverandoer.rapport.procentHint", { nu: tm.fremskridt })}
            error={fieldMessage(problem, ["body.fremskridt"])}
            width="xs"
            inputMode="numeric"
            maxLength={3}
            value={procent}
            onChange={setProcent}
            testId={ids.tilmeldinger.procent}
          />
        ) : null}
        <TextArea
          id="report-note"
          label={t("markedLeverandoer.rapport.bemaerkning")}
          hint={t("markedLeverandoer.rapport.bemaerkningHint")}
          error={fieldMessage(problem, ["body.bemaerkning"])}
          rows={3}
          maxLength={1000}
          value={bemaerkning}
          onChange={setBemaerkning}
          testId={ids.tilmeldinger.bemaerkning}
        />
        <FormButtons
          submit={t("markedLeverandoer.rapport.send")}
          submitTestId={ids.tilmeldinger.send}
          disabled={send.isPending}
          cancel={{ label: t("common.cancel"), testId: ids.tilmeldinger.annuller, onClick: onLuk }}
        />
      </form>
    </section>
  );
}

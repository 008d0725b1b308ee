import { useEnGang } from "../../../ui/en-gang.ts";
import { befordringIds as ids } from "#contracts/testids-befordring.ts";
import type { Problem } from "#contracts/errors.ts";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { FieldError, TextInput } from "../../../ui/Field.tsx";
import { BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { ScrollTable } from "../../../ui/ScrollTable.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import {
  type Aktivitet,
  type Ansoegning,
  type Forhaandsvisning,
  type Input,
  type Kvittering,
  type Overblik,
  useAnsoeg,
  useBeregn,
  useOverblik,
} from "../api.ts";
import { AfstandMetode, RegelTekst, statusKlasse, useBefordringFormat } from "../dele.tsx";

/**
 * /borger/befordring: the citizen claims transport allowance. Three steps on one page: choose the activity, the
 * place's postcode and the days; see the summary with the distance (and how it was found), the amount by the rule in
 * force each day and the rule's words and reference; send and get the receipt. Below, the claims with their decisions.
 */
export function BefordringSide() {
  const { t } = useTranslation();
  const query = useOverblik();
  return (
    <div data-testid={ids.side.page}>
      <BackLink to="/borger">{t("befordring.tilbage")}</BackLink>
      <PageHeading testId={ids.side.heading}>{t("befordring.titel")}</PageHeading>
      <p className="font-lead ju-prose">{t("befordring.intro")}</p>
      <QueryView query={query}>{(o) => <Indhold overblik={o} />}</QueryView>
    </div>
  );
}

function Indhold({ overblik: o }: { overblik: Overblik }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <Ansoegningsflow overblik={o} />
        <Ansoegninger ansoegninger={o.ansoegninger} />
      </div>
      <div className="col-12 col-lg-4">
        <section aria-labelledby="transport-rule-heading" className="ju-editor mt-0">
          <h2 id="transport-rule-heading" className="h3 mt-0">
            {t("befordring.regel.heading")}
          </h2>
          {o.regel ? <RegelTekst regel={o.regel} testId={ids.side.regel} /> : <p>{t("befordring.regel.ingen")}</p>}
        </section>
      </div>
    </div>
  );
}

type Trin =
  | { trin: "valg" }
  | { trin: "oversigt"; input: Input; visning: Forhaandsvisning }
  | { trin: "kvittering"; kvittering: Kvittering };

function Ansoegningsflow({ overblik: o }: { overblik: Overblik }) {
  const { t } = useTranslation();
  const [trin, setTrin] = useState<Trin>({ trin: "valg" });
  const [udkast, setUdkast] = useState<{ aktivitet: string; tilPostnr: string; dage: string[] }>({
    aktivitet: "",
    tilPostnr: "",
    dage: [],
  });
  return (
    <section aria-labelledby="transport-form-heading">
      <h2 id="transport-form-heading">{t("befordring.form.heading")}</h2>
      {trin.trin === "valg" ? (
        <Valg
          overblik={o}
          udkast={udkast}
          setUdkast={setUdkast}
          videre={(input, visning) => setTrin({ trin: "oversigt", input, visning })}
        />
      ) : trin.trin === "oversigt" ? (
        <Oversigt
          input={trin.input}
          visning={trin.visning}
          tilbage={() => setTrin({ trin: "valg" })}
          sendt={(kvittering) => {
            setUdkast({ aktivitet: "", tilPostnr: "", dage: [] });
            setTrin({ trin: "kvittering", kvittering });
          }}
        />
      ) : (
        <KvitteringVisning kvittering={trin.kvittering} ny={() => setTrin({ trin: "valg" })} />
      )}
    </section>
  );
}

const noegle = (a: Aktivitet) => `${a.art}:${a.id}`;

function Valg({
  overblik: o,
  udkast,
  setUdkast,
  videre,
}: {
  overblik: Overblik;
  udkast: { aktivitet: string; tilPostnr: string; dage: string[] };
  setUdkast: (u: { aktivitet: string; tilPostnr: string; dage: string[] }) => void;
  videre: (input: Input, visning: Forhaandsvisning) => void;
}) {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  const beregn = useBeregn();
  const [lokal, setLokal] = useState<Problem>();
  const valgt = o.aktiviteter.find((a) => noegle(a) === udkast.aktivitet);
  if (o.aktiviteter.length === 0)
    return (
      <p className="ju-empty" data-testid={ids.side.ingenAktiviteter}>
        {t("befordring.form.ingenAktiviteter")}
      </p>
    );
  const problem = lokal ?? problemOf(beregn.error);
  const forsteAktivitet = `activity-${noegle(o.aktiviteter[0]!).replace(":", "-")}`;
  const forsteDag = valgt?.dage[0] ? `day-${valgt.dage[0]}` : "transport-days-legend";
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const fejl: { path: string; message: string }[] = [];
    if (!valgt) fejl.push({ path: "body.aktivitet", message: t("befordring.form.vaelgAktivitet") });
    if (!/^\d{4}$/.test(udkast.tilPostnr.trim()))
      fejl.push({ path: "body.tilPostnr", message: t("befordring.form.skrivPostnr") });
    if (valgt && udkast.dage.length === 0) fejl.push({ path: "body.dage", message: t("befordring.form.vaelgDage") });
    if (fejl.length > 0 || !valgt) {
      setLokal(validationProblem(fejl));
      return;
    }
    setLokal(undefined);
    const input: Input = {
      aktivitet: { art: valgt.art, id: valgt.id },
      tilPostnr: udkast.tilPostnr.trim(),
      dage: [...udkast.dage].sort(),
    };
    beregn.mutate(input, { onSuccess: (visning) => videre(input, visning) });
  };
  const vaelgAktivitet = (a: Aktivitet) =>
    setUdkast({ aktivitet: noegle(a), tilPostnr: a.postnr ?? udkast.tilPostnr, dage: [] });
  const skiftDag = (dag: string, til: boolean) =>
    setUdkast({ ...udkast, dage: til ? [...udkast.dage, dag] : udkast.dage.filter((d) => d !== dag) });
  const aktivitetFejl = fieldMessage(problem, ["body.aktivitet"]);
  const dageFejl = fieldMessage(problem, ["body.dage"]);
  return (
    <form onSubmit={onSubmit} noValidate data-testid={ids.side.form}>
      {problem ? (
        <ErrorSummary
          problem={problem}
          fieldIds={{
            "body.aktivitet": forsteAktivitet,
            "body.tilPostnr": "transport-place-postcode",
            "body.dage": forsteDag,
          }}
        />
      ) : null}
      <fieldset className={`form-group${aktivitetFejl ? " form-error" : ""}`}>
        <legend className="form-label">{t("befordring.form.aktivitet")}</legend>
        {aktivitetFejl ? <FieldError>{aktivitetFejl}</FieldError> : null}
        {o.aktiviteter.map((a) => {
          const id = `activity-${noegle(a).replace(":", "-")}`;
          return (
            <div className="form-group-radio" key={noegle(a)}>
              <input
                type="radio"
                className="form-radio"
                name="aktivitet"
                id={id}
                checked={udkast.aktivitet === noegle(a)}
                onChange={() => vaelgAktivitet(a)}
                aria-describedby={`${id}-period`}
                data-testid={ids.side.aktivitet(a.id)}
              />
              <label className="form-label" htmlFor={id}>
                {a.titel}
              </label>
              <span className="form-hint" id={`${id}-period`}>
                {a.start
                  ? a.slut
                    ? t("befordring.form.periode", { fra: f.date(a.start), til: f.date(a.slut) })
                    : t("befordring.form.periodeAaben", { fra: f.date(a.start) })
                  : null}
                {a.sted ? ` · ${t("befordring.form.stedKendt", { sted: a.sted })}` : null}
              </span>
            </div>
          );
        })}
      </fieldset>
      <TextInput
        id="transport-place-postcode"
        label={t("befordring.form.tilPostnr")}
        hint={t("befordring.form.tilPostnrHint", { postnr: `${o.hjem.postnr ?? "–"} ${o.hjem.bynavn ?? ""}`.trim() })}
        error={fieldMessage(problem, ["body.tilPostnr"])}
        value={udkast.tilPostnr}
        onChange={(v) => setUdkast({ ...udkast, tilPostnr: v })}
        testId={ids.side.tilPostnr}
        width="xs"
        maxLength={4}
        inputMode="numeric"
        autoComplete="off"
      />
      {valgt ? (
        <fieldset
          className={`form-group${dageFejl ? " form-error" : ""}`}
          aria-describedby="transport-days-hint"
          data-testid={ids.side.dage}
        >
          <legend className="form-label" id="transport-days-legend">
            {t("befordring.form.dage")}
          </legend>
          <span className="form-hint" id="transport-days-hint">
            {t("befordring.form.dageHint")}
          </span>
          {dageFejl ? <FieldError>{dageFejl}</FieldError> : null}
          {valgt.dage.length === 0 ? (
            <p>{t("befordring.form.ingenDage")}</p>
          ) : (
            <>
              <div className="form-group-checkbox">
                <input
                  type="checkbox"
                  className="form-checkbox"
                  id="day-all"
                  checked={udkast.dage.length === valgt.dage.length}
                  onChange={(e) => setUdkast({ ...udkast, dage: e.target.checked ? [...valgt.dage] : [] })}
                  data-testid={ids.side.alleDage}
                />
                <label className="form-label" htmlFor="day-all">
                  {t("befordring.form.alleDage")}
                </label>
              </div>
              {valgt.dage.map((d) => (
                <div className="form-group-checkbox" key={d}>
                  <input
                    type="checkbox"
                    className="form-checkbox"
                    id={`day-${d}`}
                    checked={udkast.dage.includes(d)}
                    onChange={(e) => skiftDag(d, e.target.checked)}
                    data-testid={ids.side.dag(d)}
                  />
                  <label className="form-label" htmlFor={`day-${d}`}>
                    {f.weekdayDate(d, true)}
                  </label>
                </div>
              ))}
            </>
          )}
        </fieldset>
      ) : null}
      <div className="ju-button-row">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={beregn.isPending || undefined}
          data-testid={ids.side.beregn}
        >
          {beregn.isPending ? t("befordring.form.beregner") : t("befordring.form.beregn")}
        </button>
      </div>
    </form>
  );
}

/** The summary before sending: distance with its method, the lines per month, the amount and the rule. */
function Oversigt({
  input,
  visning: v,
  tilbage,
  sendt,
}: {
  input: Input;
  visning: Forhaandsvisning;
  tilbage: () => void;
  sendt: (k: Kvittering) => void;
}) {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  const ansoeg = useAnsoeg();
  // one key for this summary: a double click or a retry after an error sends the same claim once
  const [idempotensnoegle] = useState(newUuid);
  const igang = useEnGang();
  const ref = useRef<HTMLHeadingElement>(null);
  // the summary replaces the form: its heading takes the focus, so keyboard and screen reader users start there
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const onSend = () => {
    if (!igang.start()) return;
    ansoeg.mutate(
      { ...input, idempotensnoegle },
      {
        onSuccess: sendt,
        onSettled: () => {
          igang.faerdig();
        },
      },
    );
  };
  const problem = problemOf(ansoeg.error);
  const a = v.afstand;
  return (
    <div data-testid={ids.side.oversigt}>
      <h3 ref={ref} tabIndex={-1}>
        {t("befordring.oversigt.heading")}
      </h3>
      {problem ? <ErrorSummary problem={problem} /> : null}
      <Facts
        items={[
          [t("befordring.oversigt.aktivitet"), v.aktivitet.titel],
          [t("befordring.oversigt.fra"), `${a.fra.postnr} ${a.fra.bynavn}`],
          [t("befordring.oversigt.til"), `${a.til.postnr} ${a.til.bynavn}`],
          [
            t("befordring.oversigt.afstand"),
            <span key="afstand" data-testid={ids.side.afstand}>
              {t("befordring.oversigt.afstandTekst", { km: f.km(a.enkeltturHm), tur: f.km(2 * a.enkeltturHm) })}
            </span>,
          ],
          [t("befordring.oversigt.dage"), t("befordring.oversigt.antalDage", { count: v.dage.length })],
        ]}
      />
      <h4>{t("befordring.oversigt.metode")}</h4>
      <AfstandMetode afstand={a} testId={ids.side.metode} />
      <p className="ju-small">{t("befordring.oversigt.metodeRettes")}</p>
      <Linjer visning={v} />
      <dl className="ju-facts">
        <div className="ju-fact">
          <dt>{t("befordring.oversigt.beregnet")}</dt>
          <dd data-testid={ids.side.beloeb}>{f.kroner(v.beregning.beregnetOere)}</dd>
        </div>
        <div className="ju-fact">
          <dt>{t("befordring.oversigt.udbetales")}</dt>
          <dd className="weight-semibold" data-testid={ids.side.udbetales}>
            {f.kroner(v.beregning.udbetalesOere)}
          </dd>
        </div>
      </dl>
      {v.beregning.afrundet ? <p className="ju-small">{t("befordring.oversigt.afrundet")}</p> : null}
      <h4>{t("befordring.oversigt.regel")}</h4>
      <div data-testid={ids.side.oversigtRegel}>
        {v.regler.map((r) => (
          <RegelTekst key={r.id} regel={r} />
        ))}
      </div>
      <div className="ju-button-row mt-5">
        <button
          type="button"
          className="button button-primary"
          onClick={onSend}
          aria-disabled={ansoeg.isPending || undefined}
          data-testid={ids.side.send}
        >
          {ansoeg.isPending ? t("befordring.oversigt.sender") : t("befordring.oversigt.send")}
        </button>
        <button type="button" className="button button-tertiary" onClick={tilbage} data-testid={ids.side.ret}>
          {t("befordring.oversigt.ret")}
        </button>
      </div>
    </div>
  );
}

function Linjer({ visning: v }: { visning: Pick<Forhaandsvisning, "beregning"> }) {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  const taerskel = v.beregning.linjer[0]?.taerskelKm ?? 24;
  return (
    <ScrollTable captionId="transport-lines-caption">
      <table className="table table--compact" data-testid={ids.side.linjer}>
        <caption id="transport-lines-caption">{t("befordring.oversigt.linjerCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("befordring.oversigt.maaned")}</th>
            <th scope="col">{t("befordring.oversigt.linjeDage")}</th>
            <th scope="col">{t("befordring.oversigt.betaltKm", { taerskel })}</th>
            <th scope="col">{t("befordring.oversigt.sats")}</th>
            <th scope="col">{t("befordring.oversigt.beloeb")}</th>
          </tr>
        </thead>
        <tbody>
          {v.beregning.linjer.map((l) => (
            <tr key={`${l.maaned}-${l.regelId}`}>
              <td>{f.maaned(l.maaned)}</td>
              <td>{l.dage.length}</td>
              <td>{f.km(l.betaltHm)}</td>
              <td>{f.kroner(l.satsOere)}</td>
              <td>
                {f.kroner(l.beloebOere)}
                {l.loftOere !== null ? ` ${t("befordring.oversigt.loft", { loft: f.kroner(l.loftOere) })}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function KvitteringVisning({ kvittering: k, ny }: { kvittering: Kvittering; ny: () => void }) {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  return (
    <>
      <Receipt heading={t("befordring.kvittering.heading")} testId={ids.side.kvittering}>
        <p data-testid={ids.side.kvitteringsnr}>{t("befordring.kvittering.nummer", { nr: k.kvitteringsnr })}</p>
        <p>{t("befordring.kvittering.tid", { tid: f.dateTime(k.indsendt) })}</p>
        <p>{t("befordring.kvittering.beloeb", { beloeb: f.kroner(k.beloebOere) })}</p>
        <p data-testid={ids.side.kvitteringJobcenter}>
          {t("befordring.kvittering.jobcenter", { jobcenter: k.jobcenter?.navn ?? "" })}
        </p>
        <p>{t("befordring.kvittering.naeste")}</p>
      </Receipt>
      <p>
        <button type="button" className="button button-secondary mt-3" onClick={ny} data-testid={ids.side.nyAnsoegning}>
          {t("befordring.kvittering.ny")}
        </button>
      </p>
    </>
  );
}

function Ansoegninger({ ansoegninger }: { ansoegninger: Ansoegning[] }) {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  return (
    <section aria-labelledby="transport-claims-heading">
      <h2 id="transport-claims-heading">{t("befordring.liste.heading")}</h2>
      {ansoegninger.length === 0 ? (
        <p className="ju-empty">{t("befordring.liste.tom")}</p>
      ) : (
        <ul className="ju-cards nobullet-list" data-testid={ids.side.liste}>
          {ansoegninger.map((c) => (
            <li key={c.id}>
              <article className="ju-card" aria-labelledby={`claim-${c.id}`} data-testid={ids.side.ansoegning(c.id)}>
                <h3 className="ju-card-heading h5" id={`claim-${c.id}`}>
                  {c.aktivitet.titel} · {c.kvitteringsnr}
                </h3>
                <p className="mt-0">
                  <span className={statusKlasse(c.status)} data-testid={ids.side.status(c.id)}>
                    {f.status(c.status)}
                  </span>
                </p>
                <dl className="ju-inline-facts">
                  <div>
                    <dt>{t("befordring.oversigt.dage")}</dt>
                    <dd>{t("befordring.oversigt.antalDage", { count: c.dage.length })}</dd>
                  </div>
                  <div>
                    <dt>{t("befordring.oversigt.afstand")}</dt>
                    <dd>{f.km(c.rettetHm ?? c.enkeltturHm)} km</dd>
                  </div>
                  <div>
                    <dt>
                      {c.godkendtOere !== null ? t("befordring.liste.godkendtBeloeb") : t("befordring.liste.beloeb")}
                    </dt>
                    <dd>{f.kroner(c.godkendtOere ?? c.beloebOere)}</dd>
                  </div>
                  <div>
                    <dt>{t("befordring.sektion.indsendt")}</dt>
                    <dd>{f.date(c.indsendt)}</dd>
                  </div>
                </dl>
                {c.afgoerelse ? (
                  <div data-testid={ids.side.afgoerelse(c.id)}>
                    <h4 className="h6 mb-0">{t("befordring.liste.afgoerelse")}</h4>
                    <p className="mt-0 ju-prose">{c.afgoerelse}</p>
                  </div>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

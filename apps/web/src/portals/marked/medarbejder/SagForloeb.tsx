import { markedMedarbejderIds as ids } from "#contracts/testids-marked-medarbejder.ts";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { useFormat } from "../../../ui/format.ts";
import { InlineFact, Loading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { useCanWrite } from "../../medarbejder/queries.ts";
import { markedSagKey, Pris } from "./shared.tsx";
import { TilbudForm } from "./TilbudForm.tsx";
import type { BorgerMarked, Forslag, Tilmelding, TilmeldingMedRapporter, TilmeldingStatus, Udbud } from "./types.ts";

const enc = encodeURIComponent;

/** Every fetch of the citizen's data is an access the citizen can see in their log: kept for the page, never refetched. */
const audited = { staleTime: Number.POSITIVE_INFINITY, gcTime: 0, meta: { audited: true } } as const;

const STATUS_BADGE: Record<TilmeldingStatus, string> = {
  tilmeldt: "badge-info",
  startet: "badge-info",
  gennemfoert: "badge-success",
  afbrudt: "badge-error",
  afmeldt: "ju-badge-neutral",
};

/**
 * The case's "Forløb og tilbud" tab: the citizen's tokens, the offers the citizen is on (chosen by the citizen, or a
 * formal tilbud from the jobcentre) with progress and the provider's reports, suggestions with their reasons, and
 * assigning an offer as a tilbud, which is registered on the case with its weeks and paid from the municipality's
 * budget. A manager reads the tab but cannot assign.
 */
export function SagForloeb({ borgerId }: { borgerId: string }) {
  const { t } = useTranslation();
  const skriver = useCanWrite();
  const data = useQuery({
    queryKey: markedSagKey(borgerId),
    queryFn: () => api<BorgerMarked>(`/api/medarbejder/borgere/${enc(borgerId)}/marked`),
    ...audited,
  });
  // The assign form: closed, or open (n: a new form each time, prefilled from a suggestion or empty).
  const [form, setForm] = useState<{ n: number; forslag?: Forslag }>();
  const [kvittering, setKvittering] = useState<{ tilmelding: Tilmelding; udbud: Udbud }>();
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (form) formHeading.current?.focus();
  }, [form]);
  const aabn = (forslag?: Forslag) => {
    setKvittering(undefined);
    setForm((f) => ({ n: (f?.n ?? 0) + 1, forslag }));
  };

  return (
    <div data-testid={ids.panel}>
      <h2>{t("markedMedarbejder.heading")}</h2>
      <QueryView query={data}>
        {(m) => (
          <>
            <p className="font-lead">{t("markedMedarbejder.lead")}</p>
            {skriver ? null : (
              <p className="ju-muted" data-testid={ids.readOnly}>
                {t("markedMedarbejder.readOnly")}
              </p>
            )}
            <Saldo tokens={m.tokens} />
            <TilmeldingListe tilmeldinger={m.tilmeldinger} />
            <ForslagListe forslag={m.forslag} kanBevilge={skriver} onBevilg={aabn} />
            {skriver ? (
              <section aria-labelledby="marked-assign-heading" className="ju-editor" data-testid={ids.tilbud.section}>
                <h3 id="marked-assign-heading" ref={formHeading} tabIndex={-1}>
                  {t("markedMedarbejder.assign.heading")}
                </h3>
                {kvittering ? <Kvittering {...kvittering} /> : null}
                {form ? (
                  <TilbudForm
                    key={form.n}
                    borgerId={borgerId}
                    forslag={form.forslag}
                    onDone={(tilmelding, udbud) => {
                      setForm(undefined);
                      setKvittering({ tilmelding, udbud });
                    }}
                    onCancel={() => setForm(undefined)}
                  />
                ) : (
                  <>
                    <p className="ju-prose">{t("markedMedarbejder.assign.intro")}</p>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => aabn()}
                      data-testid={ids.tilbud.open}
                    >
                      {t("markedMedarbejder.assign.open")}
                    </button>
                  </>
                )}
              </section>
            ) : null}
          </>
        )}
      </QueryView>
    </div>
  );
}

function Saldo({ tokens }: { tokens: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section aria-labelledby="marked-tokens-heading">
      <h3 id="marked-tokens-heading">{t("markedMedarbejder.tokens.heading")}</h3>
      <ul className="ju-key-figures nobullet-list">
        <li>
          <span className="ju-key-figure" data-testid={ids.tokens}>
            {f.number(tokens, 0)}
          </span>
          <span>{t("markedMedarbejder.tokens.label")}</span>
        </li>
      </ul>
      <p className="ju-muted-note">{t("markedMedarbejder.tokens.hint")}</p>
    </section>
  );
}

function TilmeldingListe({ tilmeldinger }: { tilmeldinger: Tilmelding[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="marked-enrolments-heading">
      <h3 id="marked-enrolments-heading">{t("markedMedarbejder.enrolments.heading")}</h3>
      {tilmeldinger.length === 0 ? (
        <p className="ju-empty" data-testid={ids.tilmeldinger.empty}>
          {t("markedMedarbejder.enrolments.none")}
        </p>
      ) : (
        <ul className="nobullet-list ju-cards" data-testid={ids.tilmeldinger.list}>
          {tilmeldinger.map((x) => (
            <TilmeldingKort key={x.id} t={x} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TilmeldingKort({ t: x }: { t: Tilmelding }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [vis, setVis] = useState(false);
  const progressId = `marked-progress-${x.id}`;
  const rapportId = `marked-reports-${x.id}`;
  return (
    <li className={x.formeltTilbud ? "ju-card ju-card-kommende" : "ju-card"} data-testid={ids.tilmeldinger.item(x.id)}>
      <p className="ju-card-heading weight-semibold">{x.titel}</p>
      <p className="ju-plan-meta">
        <span
          className={`badge ${x.formeltTilbud ? "badge-info" : "ju-badge-neutral"}`}
          data-testid={ids.tilmeldinger.kilde(x.id)}
        >
          {x.formeltTilbud ? t("markedMedarbejder.enrolments.formal") : t("markedMedarbejder.enrolments.selfChosen")}
        </span>{" "}
        <span className={`badge ${STATUS_BADGE[x.status]}`} data-testid={ids.tilmeldinger.status(x.id)}>
          {t(`markedMedarbejder.status.${x.status}`)}
        </span>
      </p>
      <dl className="ju-inline-facts">
        {x.leverandoer ? <InlineFact label={t("markedMedarbejder.facts.provider")}>{x.leverandoer}</InlineFact> : null}
        <InlineFact label={t("markedMedarbejder.facts.kind")}>{t(`markedMedarbejder.art.${x.art}`)}</InlineFact>
        <InlineFact label={t("markedMedarbejder.facts.start")}>{f.date(x.start)}</InlineFact>
        <InlineFact label={t("markedMedarbejder.facts.end")}>{f.date(x.slut)}</InlineFact>
        <InlineFact label={t("markedMedarbejder.facts.tokens")}>
          {x.formeltTilbud
            ? t("markedMedarbejder.enrolments.paidByMunicipality", { count: x.tokens })
            : t("markedMedarbejder.enrolments.paidByCitizen", { count: x.tokens })}
        </InlineFact>
      </dl>
      {x.afmeldtAarsag ? (
        <p className="ju-muted">{t("markedMedarbejder.enrolments.cancelReason", { aarsag: x.afmeldtAarsag })}</p>
      ) : null}
      <div className="form-group">
        <label className="form-label" htmlFor={progressId}>
          {t("markedMedarbejder.enrolments.progress")}
        </label>
        <progress id={progressId} max={100} value={x.fremskridt} data-testid={ids.tilmeldinger.progress(x.id)}>
          {f.percent(x.fremskridt / 100)}
        </progress>{" "}
        <span aria-hidden="true">{f.percent(x.fremskridt / 100)}</span>
      </div>
      <button
        type="button"
        className="function-link"
        aria-expanded={vis}
        aria-controls={rapportId}
        onClick={() => setVis((v) => !v)}
        data-testid={ids.tilmeldinger.reportsToggle(x.id)}
      >
        {vis ? t("markedMedarbejder.reports.hide") : t("markedMedarbejder.reports.show")}
        <span className="sr-only"> {x.titel}</span>
      </button>
      <div id={rapportId}>{vis ? <Rapporter id={x.id} /> : null}</div>
    </li>
  );
}

/** The provider's reports on one enrolment, fetched when asked for (the fetch is logged). */
function Rapporter({ id }: { id: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useQuery({
    queryKey: ["markedMedarbejder", "tilmelding", id],
    queryFn: () => api<TilmeldingMedRapporter>(`/api/marked/tilmeldinger/${enc(id)}`),
    ...audited,
  });
  if (q.isPending) return <Loading label={t("markedMedarbejder.reports.loading")} />;
  if (q.isError) {
    const p = problemOf(q.error);
    return p ? <ErrorSummary problem={p} focus={false} /> : null;
  }
  const r = q.data.rapporter;
  return (
    <div data-testid={ids.tilmeldinger.reports(id)}>
      {r.length === 0 ? (
        <p className="ju-empty">{t("markedMedarbejder.reports.none")}</p>
      ) : (
        <ul className="nobullet-list">
          {r.map((x, i) => (
            <li
              key={`${x.registreret}|${x.art}|${x.dato}|${x.fremskridt}`}
              data-testid={ids.tilmeldinger.report(id, i)}
            >
              <span className="weight-semibold">{f.date(x.dato)}</span>
              {": "}
              {t(`markedMedarbejder.reports.art.${x.art}`)}
              {x.fremskridt !== null ? ` (${f.percent(x.fremskridt / 100)})` : ""}
              {x.bemaerkning ? ` – ${x.bemaerkning}` : ""}{" "}
              <span className="ju-muted">
                {t("markedMedarbejder.reports.by", {
                  af: x.af_navn ?? t("markedMedarbejder.reports.provider"),
                  tid: f.dateTime(x.registreret),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ForslagListe({
  forslag,
  kanBevilge,
  onBevilg,
}: {
  forslag: Forslag[];
  kanBevilge: boolean;
  onBevilg: (f: Forslag) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="marked-suggestions-heading">
      <h3 id="marked-suggestions-heading">{t("markedMedarbejder.suggestions.heading")}</h3>
      <p className="ju-prose">{t("markedMedarbejder.suggestions.lead")}</p>
      {forslag.length === 0 ? (
        <p className="ju-empty" data-testid={ids.forslag.empty}>
          {t("markedMedarbejder.suggestions.none")}
        </p>
      ) : (
        <ul className="nobullet-list ju-cards" data-testid={ids.forslag.list}>
          {forslag.map((x) => (
            <li key={x.udbudId} className="ju-card ju-card-proposal" data-testid={ids.forslag.item(x.udbudId)}>
              <p className="ju-card-heading weight-semibold">{x.titel}</p>
              <p className="ju-plan-meta">
                <span className={`badge ${x.kilde === "effekt" ? "badge-success" : "badge-info"}`}>
                  {t(`markedMedarbejder.suggestions.kilde.${x.kilde}`)}
                </span>
              </p>
              <dl className="ju-inline-facts">
                <InlineFact label={t("markedMedarbejder.facts.kind")}>{t(`markedMedarbejder.art.${x.art}`)}</InlineFact>
                <InlineFact label={t("markedMedarbejder.facts.price")}>
                  <Pris prisTokens={x.prisTokens} abonnement={x.abonnement} />
                </InlineFact>
              </dl>
              <p className="ju-prose ju-explanation">
                <span className="weight-semibold">{t("markedMedarbejder.suggestions.reason")}: </span>
                <span data-testid={ids.forslag.grund(x.udbudId)}>{x.grund}</span>
              </p>
              {kanBevilge ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => onBevilg(x)}
                  data-testid={ids.forslag.assign(x.udbudId)}
                >
                  {t("markedMedarbejder.suggestions.assign")}
                  <span className="sr-only">: {x.titel}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Kvittering({ tilmelding, udbud }: { tilmelding: Tilmelding; udbud: Udbud }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Receipt key={tilmelding.id} heading={t("markedMedarbejder.assign.receipt")} testId={ids.tilbud.receipt}>
      <p>
        {t("markedMedarbejder.assign.receiptText", {
          titel: tilmelding.titel,
          leverandoer: udbud.leverandoer,
          start: f.date(tilmelding.start),
          slut: f.date(tilmelding.slut),
        })}
      </p>
      <p>{t("markedMedarbejder.assign.receiptCase", { count: tilmelding.tokens })}</p>
    </Receipt>
  );
}

import { jobordreIds as ids } from "#contracts/testids-jobordre.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { problemOf } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { useFormat } from "../../ui/format.ts";
import { BackLink, Facts, PageHeading } from "../../ui/page.tsx";
import { Receipt } from "../../ui/Receipt.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { Kandidater } from "../job/Kandidater.tsx";
import { useOrdre, useSkiftStatus } from "./api.ts";
import { OrdningKort } from "./OrdningKort.tsx";
import type { Ordre, Status, Sted } from "./types.ts";

/** One job order: its facts, skills, scheme, status history, the status buttons and the candidates (H4). */
export function OrdreSide({ sted }: { sted: Sted }) {
  const { id = "" } = useParams();
  const { t } = useTranslation("translation", { keyPrefix: "jobordre" });
  const query = useOrdre(sted, id);
  return (
    <div data-testid={ids.side.page}>
      <BackLink to={sted.web}>{t("side.tilbage")}</BackLink>
      <QueryView query={query}>{(o) => <OrdreIndhold sted={sted} o={o} />}</QueryView>
    </div>
  );
}

function OrdreIndhold({ sted, o }: { sted: Sted; o: Ordre }) {
  const { t } = useTranslation("translation", { keyPrefix: "jobordre" });
  const { date, dateTime } = useFormat();
  const session = useSession();
  const kanSkifte = sted.portal === "virksomhed" || session.data?.user.role === "virksomhedskonsulent";
  const skift = useSkiftStatus(sted, o.id);
  const [skiftet, setSkiftet] = useState<Status | null>(null);
  const problem = problemOf(skift.error);
  const liste = (xs: string[]) => (xs.length ? xs.join(", ") : t("guide.ingen"));
  const janej = (b: boolean) => (b ? t("side.ja") : t("side.nej"));
  const krav = o.faerdigheder.filter((f) => f.relation === "essentiel");
  const godt = o.faerdigheder.filter((f) => f.relation === "valgfri");
  return (
    <>
      <PageHeading>{o.titel}</PageHeading>
      <p className="font-lead" data-testid={ids.side.status}>
        {t(`status.${o.status}`)} · {t(`art.${o.art}`)} · {o.virksomhed}
      </p>
      <Facts
        testId={ids.side.fakta}
        items={[
          [t("side.nummer"), o.nummer],
          [t("side.virksomhed"), `${o.virksomhed} (CVR ${o.cvr})`],
          [t("side.erhverv"), o.erhverv.titel],
          [t("side.timer"), t("side.timerTekst", { min: o.timerMin, max: o.timerMax })],
          [t("side.sted"), `${o.arbejdssted}, ${o.postnr}`],
          [t("side.periode"), o.slut ? `${date(o.start)} – ${date(o.slut)}` : t("side.fra", { start: date(o.start) })],
          [t("side.antal"), String(o.antal)],
          [t("side.uddannelse"), liste(o.uddannelseskrav)],
          [t("side.certifikater"), liste(o.certifikater)],
          [t("side.koerekort"), liste(o.koerekort)],
          [t("side.opgaveboers"), janej(o.opgaveboers)],
          [t("side.naboer"), janej(o.tilladNaboer)],
          [t("side.oprettetAf"), o.oprettetAfNavn],
        ]}
      />
      {o.beskrivelse ? (
        <>
          <h2>{t("side.beskrivelse")}</h2>
          <p>{o.beskrivelse}</p>
        </>
      ) : null}
      <section data-testid={ids.side.faerdigheder} aria-labelledby="jobordre-skills-heading">
        <h2 id="jobordre-skills-heading">{t("side.faerdigheder")}</h2>
        {krav.length ? (
          <>
            <h3>{t("side.krav")}</h3>
            <ul>
              {krav.map((f) => (
                <li key={f.uri}>{f.titel}</li>
              ))}
            </ul>
          </>
        ) : null}
        {godt.length ? (
          <>
            <h3>{t("side.godtAtHave")}</h3>
            <ul>
              {godt.map((f) => (
                <li key={f.uri}>{f.titel}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {o.ordning ? (
        <section data-testid={ids.side.ordning} aria-labelledby="jobordre-scheme-heading">
          <h2 id="jobordre-scheme-heading">{t("side.ordning")}</h2>
          <OrdningKort ordning={o.ordning} />
        </section>
      ) : null}
      {kanSkifte && o.naesteStatus.length > 0 ? (
        <section aria-labelledby="jobordre-actions-heading">
          <h2 id="jobordre-actions-heading">{t("side.handlinger")}</h2>
          {problem ? <ErrorSummary problem={problem} /> : null}
          {skiftet && !skift.isPending && !problem ? (
            <Receipt
              key={skiftet}
              heading={t("side.statusSkiftet", { status: t(`status.${skiftet}`) })}
              testId={ids.side.kvittering}
            />
          ) : null}
          <div className="ju-button-row">
            {o.naesteStatus.map((s) =>
              s === "kladde" ? null : (
                <button
                  key={s}
                  type="button"
                  className={`button ${s === "aaben" && o.status === "kladde" ? "button-primary" : "button-secondary"}`}
                  disabled={skift.isPending}
                  data-testid={ids.side.skift(s)}
                  onClick={() => {
                    setSkiftet(s);
                    skift.mutate({ status: s, version: o.version });
                  }}
                >
                  {s === "aaben" && o.status === "besat" ? t("side.genaaben") : t(`side.skift.${s}`)}
                </button>
              ),
            )}
          </div>
        </section>
      ) : null}
      <section data-testid={ids.side.historik} aria-labelledby="jobordre-history-heading">
        <h2 id="jobordre-history-heading">{t("side.historik")}</h2>
        <ol className="ju-historik">
          {[...o.historik].reverse().map((h) => (
            <li key={`${h.tidspunkt}-${h.status}-${h.tekst ?? ""}`}>
              <strong>{t(`status.${h.status}`, { defaultValue: h.status })}</strong> · {dateTime(h.tidspunkt)} ·{" "}
              {h.afNavn}
              {h.tekst ? ` · ${h.tekst}` : ""}
            </li>
          ))}
        </ol>
      </section>
      {o.status !== "kladde" ? <Kandidater ordreId={o.id} /> : null}
    </>
  );
}

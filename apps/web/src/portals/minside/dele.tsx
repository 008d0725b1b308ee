import { minsideIds as ids } from "#contracts/testids-minside.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Reference } from "../../ui/legal.tsx";
import { Facts } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import type { BorgerForpligtelse, Jobcenter, NaesteSamtale, Overblik, PlanPunkt } from "./types.ts";

/**
 * The pieces of Min side's overview, shared by the citizen's pages and the companion's read-only view (`laesning`:
 * no links to act, no booking).
 */

/** One obligation: what, by when, who acts, and "Hvorfor bliver jeg bedt om det?" with the rule and its dates. */
function ForpligtelseKort({ f, laesning, niveau }: { f: BorgerForpligtelse; laesning: boolean; niveau: number }) {
  const H = `h${niveau}` as "h4";
  const { t } = useTranslation();
  const fmt = useFormat();
  const key = f.del ? `${f.regelId}-${f.del}` : f.regelId;
  const met = f.status === "opfyldt" || f.status === "opfyldt_for_sent";
  const kind =
    f.status === "forfalden" ? "ju-card-forfalden" : met || f.indkaldt ? "ju-card-opfyldt" : "ju-card-kommende";
  return (
    <article className={`ju-card ${kind}`} data-testid={ids.overblik.forpligtelse(key)} aria-labelledby={`ob-${key}`}>
      {/* the rule set's texts are Danish data (WCAG 3.1.2: their language is marked) */}
      <H className="ju-card-heading h5" id={`ob-${key}`} lang="da">
        {f.titel}
      </H>
      <p className={met ? "" : "weight-semibold"} data-testid={ids.overblik.frist(key)}>
        {f.status === "forfalden" ? (
          <>
            <span className="badge badge-error">{t("minside.forpligtelser.overskredetBadge")}</span>{" "}
            {t("minside.forpligtelser.overskredet", { dato: fmt.date(f.frist) })}
          </>
        ) : f.status === "opfyldt" ? (
          <>
            <Icon name="check" /> {t("minside.forpligtelser.opfyldt", { dato: fmt.date(f.opfyldt) })}
          </>
        ) : f.status === "opfyldt_for_sent" ? (
          t("minside.forpligtelser.opfyldtForSent", { dato: fmt.date(f.opfyldt), frist: fmt.date(f.frist) })
        ) : (
          t("minside.forpligtelser.senest", { dato: fmt.date(f.frist) })
        )}
      </p>
      {f.indkaldt ? (
        <p>
          <Icon name="check" /> {t("minside.forpligtelser.indkaldt", { dato: fmt.date(f.indkaldt) })}
        </p>
      ) : null}
      <details className="details" data-testid={ids.overblik.hvorfor(key)}>
        <summary className="details-summary">
          <span className="details-summary-text">
            {f.hvem === "borger" ? t("minside.forpligtelser.hvorforDig") : t("minside.forpligtelser.hvorforAndre")}
            <span className="sr-only">: {f.titel}</span>
          </span>
        </summary>
        <div className="details-text">
          <p data-testid={ids.overblik.hvorforTekst(key)} lang="da">
            {f.hvorfor}
          </p>
          <dl className="ju-inline-facts">
            <div>
              <dt>{t("minside.forpligtelser.henvisning")}</dt>
              <dd data-testid={ids.overblik.henvisning(key)}>
                <Reference henvisning={f.henvisning} />
                {f.yderligereHenvisninger.map((h) => (
                  <span key={`${h.lov}${h.paragraf}`}>
                    , <Reference henvisning={h} />
                  </span>
                ))}
              </dd>
            </div>
            <div>
              <dt>{t("minside.forpligtelser.gyldigFra")}</dt>
              <dd data-testid={ids.overblik.gyldigFra(key)}>
                {fmt.date(f.gyldigFra)}
                {f.gyldigTil ? ` ${t("minside.forpligtelser.gyldigTil", { dato: fmt.date(f.gyldigTil) })}` : ""}
              </dd>
            </div>
            <div>
              <dt>{t("minside.forpligtelser.gaelderFra")}</dt>
              <dd>{fmt.date(f.gaelderFra)}</dd>
            </div>
          </dl>
        </div>
      </details>
      {!laesning && f.hvem === "borger" ? (
        <p className="mt-4">
          <Link
            className={`button ${f.indkaldt ? "button-secondary" : "button-primary"}`}
            to={`/borger/samtaler?book=${encodeURIComponent(f.regelId)}`}
          >
            {f.indkaldt ? t("minside.forpligtelser.bookIgen") : t("minside.forpligtelser.book")}
            <span className="sr-only">: {f.titel}</span>
          </Link>
        </p>
      ) : null}
    </article>
  );
}

function Gruppe({
  heading,
  list,
  laesning,
  niveau,
}: {
  heading: string;
  list: BorgerForpligtelse[];
  laesning: boolean;
  niveau: number;
}) {
  const H = `h${niveau}` as "h3";
  if (list.length === 0) return null;
  return (
    <>
      <H className="h5">{heading}</H>
      <ul className="ju-cards nobullet-list">
        {list.map((f) => (
          <li key={`${f.regelId}-${f.del ?? ""}`}>
            <ForpligtelseKort f={f} laesning={laesning} niveau={niveau + 1} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The obligations: the citizen's own first, then the jobcentre's and the a-kasse's, then what has just been met. */
export function Forpligtelser({
  list,
  laesning = false,
  niveau = 2,
}: {
  list: BorgerForpligtelse[];
  laesning?: boolean;
  niveau?: 2 | 3;
}) {
  const H = `h${niveau}` as "h2";
  const { t } = useTranslation();
  const aaben = list.filter((f) => f.status === "kommende" || f.status === "forfalden");
  const opfyldte = list.filter((f) => f.status === "opfyldt" || f.status === "opfyldt_for_sent");
  const dig = aaben.filter((f) => f.hvem === "borger");
  return (
    <section aria-labelledby="ms-obligations" data-testid={ids.overblik.forpligtelser}>
      <H id="ms-obligations" className="h3">
        {t("minside.forpligtelser.heading")}
      </H>
      {dig.length === 0 ? (
        <p data-testid={ids.overblik.ingenForpligtelser}>
          {laesning ? t("minside.forpligtelser.ingenLaesning") : t("minside.forpligtelser.ingen")}
        </p>
      ) : null}
      <Gruppe heading={t("minside.forpligtelser.dig")} list={dig} laesning={laesning} niveau={niveau + 1} />
      <Gruppe
        heading={t("minside.forpligtelser.jobcenter")}
        list={aaben.filter((f) => f.hvem === "jobcenter")}
        laesning={laesning}
        niveau={niveau + 1}
      />
      <Gruppe
        heading={t("minside.forpligtelser.akasse")}
        list={aaben.filter((f) => f.hvem === "akasse")}
        laesning={laesning}
        niveau={niveau + 1}
      />
      {opfyldte.length > 0 ? (
        <div data-testid={ids.overblik.opfyldte}>
          <Gruppe
            heading={t("minside.forpligtelser.opfyldte", { count: opfyldte.length })}
            list={opfyldte}
            laesning={laesning}
            niveau={niveau + 1}
          />
        </div>
      ) : null}
    </section>
  );
}

/** The next conversation and how to move or cancel it (or, too late for that, whom to call). */
export function NaesteSamtaleBlok({
  samtale,
  jobcenter,
  laesning = false,
  niveau = 2,
}: {
  samtale: NaesteSamtale | null;
  jobcenter: Jobcenter | null;
  laesning?: boolean;
  niveau?: 2 | 3;
}) {
  const H = `h${niveau}` as "h2";
  const H2 = `h${niveau + 1}` as "h3";
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section aria-labelledby="ms-next" data-testid={ids.overblik.naesteSamtale}>
      <H id="ms-next" className="h3">
        {t("minside.samtale.heading")}
      </H>
      {samtale ? (
        <>
          <Facts
            items={[
              [t("minside.samtale.hvornaar"), fmt.dateTime(samtale.start)],
              [t("minside.samtale.hvordan"), `${samtale.moedetype}, ${t(`minside.samtale.kanal.${samtale.kanal}`)}`],
              [t("minside.samtale.hvem"), samtale.medarbejder],
              ...(samtale.lokale
                ? ([
                    [
                      t("minside.samtale.hvor"),
                      `${samtale.lokale.navn}${samtale.lokale.adresse ? `, ${samtale.lokale.adresse}` : ""}`,
                    ],
                  ] as [string, string][])
                : []),
            ]}
          />
          {samtale.kanal === "video" && !laesning ? <p>{t("minside.samtale.video")}</p> : null}
          <H2 className="h5">{t("minside.samtale.flytHeading")}</H2>
          <p data-testid={ids.overblik.flyt}>
            {samtale.kanAendres
              ? t(laesning ? "minside.samtale.kanFlyttesLaesning" : "minside.samtale.kanFlyttes", {
                  tid: fmt.dateTime(samtale.aendresSenest),
                })
              : jobcenter?.telefon
                ? t("minside.samtale.forSent", { telefon: jobcenter.telefon })
                : t("minside.samtale.forSentUdenTelefon")}
          </p>
          {!laesning && samtale.kanAendres ? (
            <p>
              <Link className="function-link" to="/borger/samtaler" data-testid={ids.overblik.flytLink}>
                {t("minside.samtale.flytLink")}
              </Link>
            </p>
          ) : null}
        </>
      ) : (
        <p data-testid={ids.overblik.ingenSamtale}>{t("minside.samtale.ingen")}</p>
      )}
    </section>
  );
}

function Punkt({ p }: { p: PlanPunkt }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <li className="mb-4" data-testid={ids.plan.punkt(p.id)}>
      <span className="weight-semibold">{p.titel}</span>
      {p.beskrivelse ? <span className="d-block">{p.beskrivelse}</span> : null}
      <span className="d-block ju-small">
        {t(`minside.plan.status.${p.status}`)} ·{" "}
        <span data-testid={ids.plan.aftalt(p.id)}>
          {p.aftalt ? t("minside.plan.aftalt") : t("minside.plan.ikkeAftalt")}
        </span>
        {p.start ? ` · ${t("minside.plan.fra", { dato: fmt.date(p.start) })}` : ""}
        {p.slut ? ` ${t("minside.plan.til", { dato: fmt.date(p.slut) })}` : ""}
      </span>
    </li>
  );
}

/** The whole published plan: goals and activities, each with its status and whether it is agreed. */
export function PlanVisning({ plan, headingLevel = 2 }: { plan: Overblik["plan"]; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const H = headingLevel === 2 ? "h2" : "h3";
  if (!plan.offentliggjort)
    return <p data-testid={ids.plan.ikkeOffentliggjort}>{t("minside.plan.ikkeOffentliggjort")}</p>;
  return (
    <>
      <p>{t("minside.plan.offentliggjort", { dato: fmt.date(plan.offentliggjort) })}</p>
      <H className="h4" id="ms-plan-goals">
        {t("minside.plan.maal")}
      </H>
      {plan.maal.length === 0 ? (
        <p>{t("minside.plan.ingenMaal")}</p>
      ) : (
        <ul className="nobullet-list" aria-labelledby="ms-plan-goals" data-testid={ids.plan.maal}>
          {plan.maal.map((p) => (
            <Punkt key={p.id} p={p} />
          ))}
        </ul>
      )}
      <H className="h4" id="ms-plan-activities">
        {t("minside.plan.aktiviteter")}
      </H>
      {plan.aktiviteter.length === 0 ? (
        <p>{t("minside.plan.ingenAktiviteter")}</p>
      ) : (
        <ul className="nobullet-list" aria-labelledby="ms-plan-activities" data-testid={ids.plan.aktiviteter}>
          {plan.aktiviteter.map((p) => (
            <Punkt key={p.id} p={p} />
          ))}
        </ul>
      )}
    </>
  );
}

/** Target group, benefit and caseworker. */
export function SagFakta({ o }: { o: Overblik }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const codes = useCodeTexts();
  return (
    <Facts
      testId={ids.overblik.sag}
      items={[
        [t("minside.sag.maalgruppe"), codes.maalgruppe(o.borger.maalgruppe)],
        [t("minside.sag.ydelseStart"), fmt.date(o.borger.ydelseStart)],
        [
          t("minside.sag.sagsbehandler"),
          o.borger.sagsbehandler
            ? `${o.borger.sagsbehandler.navn}${o.borger.sagsbehandler.team ? `, ${o.borger.sagsbehandler.team}` : ""}`
            : t("minside.sag.ingenSagsbehandler"),
        ],
      ]}
    />
  );
}

/** The human alternative: the jobcentre's phone, e-mail, address and opening hours. */
export function JobcenterKontakt({ jobcenter }: { jobcenter: Jobcenter }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="card collapsed-height" data-testid={ids.overblik.kontakt}>
      <div className="card-content">
        <h2 className="card-heading h3" id="ms-contact">
          {t("minside.kontakt.heading")}
        </h2>
        <p>{t("minside.kontakt.lead")}</p>
        <p>
          <span className="weight-semibold">{jobcenter.navn}</span>
          <br />
          {jobcenter.adresse}
          <br />
          {jobcenter.postnr} {jobcenter.bynavn}
        </p>
        {jobcenter.telefon ? (
          <p>
            {t("minside.kontakt.telefon")}:{" "}
            <a href={`tel:${jobcenter.telefon.replaceAll(" ", "")}`} data-testid={ids.overblik.telefon}>
              {jobcenter.telefon}
            </a>
          </p>
        ) : null}
        {jobcenter.email ? (
          <p>
            {t("minside.kontakt.email")}: <a href={`mailto:${jobcenter.email}`}>{jobcenter.email}</a>
          </p>
        ) : null}
        {jobcenter.aabningstider.length > 0 ? (
          <>
            <h3 className="h5" id="ms-hours">
              {t("minside.kontakt.aabningstider")}
            </h3>
            <dl className="ju-inline-facts" aria-labelledby="ms-hours" data-testid={ids.overblik.aabningstider}>
              {jobcenter.aabningstider.map((a) => (
                <div key={a.dag}>
                  <dt>{t(`minside.kontakt.dage.${a.dag}`, { defaultValue: a.dag })}</dt>
                  <dd>{t("minside.kontakt.tid", { fra: fmt.clock(a.fra), til: fmt.clock(a.til) })}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
      </div>
    </div>
  );
}

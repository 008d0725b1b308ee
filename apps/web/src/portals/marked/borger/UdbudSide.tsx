import { useEnGang } from "../../../ui/en-gang.ts";
import { markedBorgerIds as ids } from "#contracts/testids-marked-borger.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { formatTimeOfDay, useFormat } from "../../../ui/format.ts";
import { Alert, BackLink, Facts, InlineFact, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { DanskTekst, useMarkedTekster } from "./dele.tsx";
import { useTegnebog, useTilmeld, useTilmeldinger, useUdbudDetalje } from "./queries.ts";
import { aktiv, type Modul, prisFor, type Tilmelding, type UdbudDetalje } from "./types.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One offer (/borger/marked/:id): what it is and teaches, its modules with time, place and free seats, the measured
 * effect for citizens like the reader (or that there is not enough data yet), the price and the balance after
 * enrolling, and the enrolment with its receipt.
 */
export function UdbudSide() {
  const { id = "" } = useParams();
  return UUID.test(id) ? <Visning key={id} id={id} /> : <Ukendt />;
}

function Visning({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useUdbudDetalje(id);
  return (
    <div data-testid={ids.udbud.page}>
      <BackLink to="/borger/marked">{t("markedBorger.udbud.tilbage")}</BackLink>
      {query.isError ? <PageHeading>{t("markedBorger.udbud.ukendt")}</PageHeading> : null}
      <QueryView query={query}>{(u) => <UdbudVisning udbud={u} />}</QueryView>
    </div>
  );
}

function UdbudVisning({ udbud: u }: { udbud: UdbudDetalje }) {
  const { t } = useTranslation();
  const tekst = useMarkedTekster();
  return (
    <>
      <PageHeading testId={ids.udbud.heading}>{u.titel}</PageHeading>
      <p className="font-lead ju-prose" data-testid={ids.udbud.beskrivelse}>
        {u.beskrivelse}
      </p>
      <div className="row">
        <div className="col-12 col-lg-8">
          <Facts
            testId={ids.udbud.fakta}
            items={[
              [t("markedBorger.felt.leverandoer"), u.leverandoer],
              [t("markedBorger.felt.art"), tekst.art(u.art)],
              [t("markedBorger.felt.sprog"), tekst.sprog(u.sprog)],
              [t("markedBorger.felt.niveau"), tekst.niveau(u.niveau)],
              [t("markedBorger.felt.varighed"), tekst.varighed(u)],
              [t("markedBorger.felt.pris"), tekst.pris(u)],
            ]}
          />
          <section aria-labelledby="skills-heading">
            <h2 id="skills-heading">{t("markedBorger.udbud.kompetencer")}</h2>
            {u.kompetencer.length === 0 ? (
              <p>{t("markedBorger.udbud.ingenKompetencer")}</p>
            ) : (
              <ul data-testid={ids.udbud.kompetencer}>
                {u.kompetencer.map((k) => (
                  <li key={k.uri}>{k.navn}</li>
                ))}
              </ul>
            )}
          </section>
          <Moduler moduler={u.moduler} />
          <section aria-labelledby="effect-heading">
            <h2 id="effect-heading">{t("markedBorger.udbud.effektHeading")}</h2>
            <div data-testid={ids.udbud.effekt}>
              {u.effekt ? (
                <p className="ju-prose">
                  <DanskTekst>{u.effekt.tekst}</DanskTekst>
                </p>
              ) : (
                <p className="ju-prose">{t("markedBorger.udbud.effektIngen")}</p>
              )}
              <p className="ju-small ju-prose">{t("markedBorger.udbud.effektForbehold")}</p>
            </div>
          </section>
        </div>
        <div className="col-12 col-lg-4">
          <TilmeldBoks udbud={u} />
        </div>
      </div>
    </>
  );
}

/** The modules with a time: when, how, where, and how many seats are free. */
function Moduler({ moduler }: { moduler: Modul[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tekst = useMarkedTekster();
  const [nu] = useState(() => Date.now());
  if (moduler.length === 0) return null;
  return (
    <section aria-labelledby="modules-heading">
      <h2 id="modules-heading">{t("markedBorger.udbud.moduler")}</h2>
      <ul className="ju-cards nobullet-list" data-testid={ids.udbud.moduler}>
        {moduler.map((m) => {
          const slut = new Date(m.slut).getTime();
          const ovre = slut <= nu;
          return (
            <li key={m.id}>
              <article
                className={`ju-card ${ovre ? "ju-card-opfyldt" : m.ledige > 0 ? "ju-card-kommende" : "ju-card-forfalden"}`}
                aria-labelledby={`module-${m.id}`}
                data-testid={ids.udbud.modul(m.id)}
              >
                <h3 className="ju-card-heading h5" id={`module-${m.id}`}>
                  {m.titel}
                </h3>
                <dl className="ju-inline-facts">
                  <InlineFact label={t("markedBorger.felt.dato")}>{f.weekdayDate(m.start, true)}</InlineFact>
                  <InlineFact label={t("markedBorger.felt.tid")}>
                    {t("markedBorger.udbud.tidsrum", {
                      fra: formatTimeOfDay(new Date(m.start), f.lang),
                      til: formatTimeOfDay(new Date(m.slut), f.lang),
                    })}
                  </InlineFact>
                  <InlineFact label={t("markedBorger.felt.form")}>{tekst.form(m.form)}</InlineFact>
                  {m.sted ? <InlineFact label={t("markedBorger.felt.sted")}>{m.sted}</InlineFact> : null}
                  <InlineFact label={t("markedBorger.felt.ledige")}>
                    {ovre
                      ? t("markedBorger.udbud.ovre")
                      : m.ledige > 0
                        ? t("markedBorger.udbud.ledigeAf", { ledige: m.ledige, kapacitet: m.kapacitet })
                        : t("markedBorger.fuldt")}
                  </InlineFact>
                </dl>
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The price, the balance now and after, and the enrol button. The idempotency key is made once for the page, so a
 * double click or a retry enrols once; the receipt replaces the button.
 */
function TilmeldBoks({ udbud: u }: { udbud: UdbudDetalje }) {
  const { t } = useTranslation();
  const tekst = useMarkedTekster();
  const tokens = useTegnebog();
  const tilmeldinger = useTilmeldinger();
  const tilmeld = useTilmeld();
  const [noegle] = useState(newUuid);
  const sendt = useEnGang();
  const [kvittering, setKvittering] = useState<Tilmelding>();
  const pris = prisFor(u);
  const saldo = tokens.data?.saldo;
  const eksisterende = tilmeldinger.data?.find((x) => x.udbudId === u.id && aktiv(x));
  const onTilmeld = () => {
    // one request at a time: a double click sends once (and a retry after an error sends the same key)
    if (!sendt.start()) return;
    tilmeld.mutate(
      { udbudId: u.id, idempotensnoegle: noegle },
      {
        onSuccess: (r) => setKvittering(r),
        onSettled: () => {
          sendt.faerdig();
        },
      },
    );
  };
  const problem = problemOf(tilmeld.error);
  return (
    <section aria-labelledby="enrol-heading" className="ju-editor mt-0">
      <h2 id="enrol-heading" className="h3 mt-0">
        {t("markedBorger.udbud.tilmeldHeading")}
      </h2>
      {kvittering ? (
        <Kvittering tilmelding={kvittering} saldo={saldo} />
      ) : (
        <>
          <dl className="ju-facts">
            <div className="ju-fact">
              <dt>{t("markedBorger.felt.pris")}</dt>
              <dd data-testid={ids.udbud.pris}>{tekst.pris(u)}</dd>
            </div>
            <div className="ju-fact">
              <dt>{t("markedBorger.udbud.dinSaldo")}</dt>
              <dd data-testid={ids.udbud.saldo}>{saldo === undefined ? t("common.loading") : tekst.tokens(saldo)}</dd>
            </div>
            <div className="ju-fact">
              <dt>{t("markedBorger.udbud.saldoEfter")}</dt>
              <dd data-testid={ids.udbud.saldoEfter}>
                {saldo === undefined ? t("common.loading") : tekst.tokens(Math.max(0, saldo - pris))}
              </dd>
            </div>
          </dl>
          {saldo !== undefined && saldo < pris && !eksisterende ? (
            <p className="ju-small" data-testid={ids.udbud.ikkeNok}>
              {t("markedBorger.udbud.ikkeNok", { mangler: tekst.tokens(pris - saldo) })}
            </p>
          ) : null}
          {problem ? <ErrorSummary problem={problem} /> : null}
          {eksisterende ? (
            <Alert
              kind="info"
              headingLevel={3}
              heading={t("markedBorger.udbud.alleredeTilmeldt")}
              testId={ids.udbud.alleredeTilmeldt}
            >
              <p>
                <Link className="function-link" to="/borger/forloeb">
                  {t("markedBorger.udbud.seForloeb")}
                </Link>
              </p>
            </Alert>
          ) : (
            <>
              <p className="ju-small">
                {DIGITAL.includes(u.art) && u.moduler.length === 0
                  ? t("markedBorger.udbud.startStraks")
                  : t("markedBorger.udbud.startSenere")}
              </p>
              <div className="ju-button-row mt-3">
                <button
                  type="button"
                  className="button button-primary"
                  onClick={onTilmeld}
                  aria-disabled={tilmeld.isPending || undefined}
                  data-testid={ids.udbud.tilmeld}
                >
                  {tilmeld.isPending ? t("markedBorger.udbud.tilmelder") : t("markedBorger.udbud.tilmeld")}
                  <span className="sr-only">: {u.titel}</span>
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

const DIGITAL: readonly string[] = ["online", "on_demand"];

function Kvittering({ tilmelding: r, saldo }: { tilmelding: Tilmelding; saldo: number | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tekst = useMarkedTekster();
  return (
    <Receipt heading={t("markedBorger.kvittering.heading")} headingLevel={3} testId={ids.udbud.kvittering}>
      <p data-testid={ids.udbud.kvitteringStart}>
        {r.status === "startet"
          ? t("markedBorger.kvittering.startNu")
          : t("markedBorger.kvittering.starter", { dato: f.date(r.start) })}
      </p>
      <p>
        {t("markedBorger.kvittering.periode", { start: f.date(r.start), slut: f.date(r.slut) })}
        {r.tokens > 0 ? ` ${t("markedBorger.kvittering.betalt", { pris: tekst.tokens(r.tokens) })}` : ""}
      </p>
      {saldo !== undefined ? (
        <p data-testid={ids.udbud.kvitteringSaldo}>
          {t("markedBorger.kvittering.saldo", { saldo: tekst.tokens(saldo) })}
        </p>
      ) : null}
      <p>
        <Link className="function-link" to="/borger/forloeb" data-testid={ids.udbud.tilForloeb}>
          {t("markedBorger.kvittering.tilForloeb")}
        </Link>
      </p>
    </Receipt>
  );
}

function Ukendt() {
  const { t } = useTranslation();
  return (
    <div data-testid={ids.udbud.page}>
      <BackLink to="/borger/marked">{t("markedBorger.udbud.tilbage")}</BackLink>
      <PageHeading>{t("markedBorger.udbud.ukendt")}</PageHeading>
      <p>{t("markedBorger.udbud.ukendtTekst")}</p>
    </div>
  );
}

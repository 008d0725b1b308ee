import { markedBorgerIds as ids } from "#contracts/testids-marked-borger.ts";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf } from "../../../api/client.ts";
import { DataTable } from "../../../ui/DataTable.tsx";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { TextArea } from "../../../ui/Field.tsx";
import { SubmitButton } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Alert, BackLink, InlineFact, PageHeading } from "../../../ui/page.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { DanskTekst, Fremskridt, useMarkedTekster } from "./dele.tsx";
import { useAfmeld, useTegnebog, useTilmeldingDetalje, useTilmeldinger } from "./queries.ts";
import { type Afmelding, aktiv, type Tegnebog, type Tilmelding } from "./types.ts";

/**
 * "Mine forløb" (/borger/forloeb): the running enrolments with their progress, the finished ones, what the provider
 * has reported, cancelling (the municipality's refund rule answers with the tokens given back and why), and the token
 * ledger with the balance after each entry.
 */
export function MineForloeb() {
  const { t } = useTranslation();
  const query = useTilmeldinger();
  const [afmeldt, setAfmeldt] = useState<Afmelding>();
  // the cancel form is gone with the enrolment: the keyboard continues at the receipt
  useEffect(() => {
    if (afmeldt) document.getElementById("cancelled-receipt")?.focus();
  }, [afmeldt]);
  return (
    <div data-testid={ids.forloeb.page}>
      <BackLink to="/borger">{t("borger.backToMinSide")}</BackLink>
      <PageHeading>{t("markedBorger.forloeb.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("markedBorger.forloeb.lead")}</p>
      <div role="status" id="cancelled-receipt" tabIndex={-1} className="ju-receipt">
        {afmeldt ? (
          <Alert
            kind="success"
            headingLevel={2}
            heading={t("markedBorger.afmeld.kvittering", { titel: afmeldt.tilmelding.titel })}
            testId={ids.forloeb.afmeldt}
          >
            <p>
              <DanskTekst testId={ids.forloeb.afmeldtGrund}>{afmeldt.refusion.grund}</DanskTekst>
            </p>
            <p>
              {afmeldt.refusion.tokens > 0
                ? t("markedBorger.afmeld.tilbage", { count: afmeldt.refusion.tokens })
                : t("markedBorger.afmeld.ingenTilbage")}
            </p>
          </Alert>
        ) : null}
      </div>
      <QueryView query={query}>{(liste) => <Forloeb liste={liste} onAfmeldt={setAfmeldt} />}</QueryView>
      <Poster />
      <p className="mt-5">
        <Link className="button button-secondary" to="/borger/marked" data-testid={ids.forloeb.tilMarked}>
          {t("markedBorger.forloeb.tilMarked")}
        </Link>
      </p>
    </div>
  );
}

function Forloeb({ liste, onAfmeldt }: { liste: Tilmelding[]; onAfmeldt: (a: Afmelding) => void }) {
  const { t } = useTranslation();
  const koerende = liste.filter(aktiv);
  const afsluttede = liste.filter((x) => !aktiv(x));
  return (
    <>
      <section aria-labelledby="running-heading" data-testid={ids.forloeb.aktive}>
        <h2 id="running-heading">{t("markedBorger.forloeb.aktive")}</h2>
        {koerende.length === 0 ? (
          <p data-testid={ids.forloeb.aktiveTom}>
            {t("markedBorger.forloeb.ingenAktive")}{" "}
            <Link to="/borger/marked">{t("markedBorger.forloeb.findForloeb")}</Link>
          </p>
        ) : (
          <ul className="ju-cards nobullet-list">
            {koerende.map((x) => (
              <li key={x.id}>
                <ForloebKort tilmelding={x} onAfmeldt={onAfmeldt} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {afsluttede.length > 0 ? (
        <section aria-labelledby="finished-heading" data-testid={ids.forloeb.afsluttede}>
          <h2 id="finished-heading">{t("markedBorger.forloeb.afsluttede")}</h2>
          <ul className="ju-cards nobullet-list">
            {afsluttede.map((x) => (
              <li key={x.id}>
                <ForloebKort tilmelding={x} onAfmeldt={onAfmeldt} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

const KORT_FARVE: Record<Tilmelding["status"], string> = {
  tilmeldt: "ju-card-kommende",
  startet: "ju-card-kommende",
  gennemfoert: "ju-card-opfyldt",
  afbrudt: "ju-card-forfalden",
  afmeldt: "ju-card-proposal",
};
const BADGE: Record<Tilmelding["status"], string> = {
  tilmeldt: "badge-info",
  startet: "badge-info",
  gennemfoert: "badge-success",
  afbrudt: "badge-error",
  afmeldt: "ju-badge-neutral",
};

function ForloebKort({ tilmelding: x, onAfmeldt }: { tilmelding: Tilmelding; onAfmeldt: (a: Afmelding) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tekst = useMarkedTekster();
  const [afmelder, setAfmelder] = useState(false);
  const headingId = `course-${x.id}`;
  return (
    <article
      className={`ju-card ${KORT_FARVE[x.status]}`}
      aria-labelledby={headingId}
      data-testid={ids.forloeb.kort(x.id)}
    >
      <h3 className="ju-card-heading h4" id={headingId}>
        <Link to={`/borger/marked/${x.udbudId}`}>{x.titel}</Link>
      </h3>
      <p className="mt-0 mb-2">
        <span className={`badge ${BADGE[x.status]}`} data-testid={ids.forloeb.status(x.id)}>
          {tekst.status(x.status)}
        </span>
        {x.formeltTilbud ? (
          <>
            {" "}
            <span className="badge ju-badge-neutral" data-testid={ids.forloeb.tilbud(x.id)}>
              {t("markedBorger.forloeb.tilbud")}
            </span>
          </>
        ) : null}
      </p>
      <dl className="ju-inline-facts">
        {x.leverandoer ? <InlineFact label={t("markedBorger.felt.leverandoer")}>{x.leverandoer}</InlineFact> : null}
        <InlineFact label={t("markedBorger.felt.art")}>{tekst.art(x.art)}</InlineFact>
        <InlineFact label={t("markedBorger.felt.start")}>{f.date(x.start)}</InlineFact>
        <InlineFact label={t("markedBorger.felt.slut")}>{f.date(x.afsluttet ?? x.slut)}</InlineFact>
        <InlineFact label={t("markedBorger.felt.betalt")}>
          {x.formeltTilbud
            ? t("markedBorger.forloeb.betaltAfJobcentret")
            : x.tokens > 0
              ? tekst.tokens(x.tokens)
              : t("markedBorger.pris.gratis")}
        </InlineFact>
      </dl>
      {x.status !== "afmeldt" ? (
        <Fremskridt
          id={`progress-${x.id}`}
          vaerdi={x.fremskridt}
          titel={x.titel}
          testId={ids.forloeb.fremskridt(x.id)}
        />
      ) : null}
      {x.formeltTilbud && aktiv(x) ? <p className="ju-small">{t("markedBorger.forloeb.tilbudForklaring")}</p> : null}
      {x.status === "afmeldt" && x.afmeldtAarsag ? (
        <p>{t("markedBorger.forloeb.afmeldtAarsag", { aarsag: x.afmeldtAarsag })}</p>
      ) : null}
      <Rapporter tilmelding={x} />
      {aktiv(x) ? (
        afmelder ? (
          <AfmeldForm tilmelding={x} onLuk={() => setAfmelder(false)} onAfmeldt={onAfmeldt} />
        ) : (
          <div className="ju-button-row mt-3">
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setAfmelder(true)}
              data-testid={ids.forloeb.afmeld(x.id)}
            >
              {t("markedBorger.afmeld.knap")}
              <span className="sr-only">: {x.titel}</span>
            </button>
          </div>
        )
      ) : null}
    </article>
  );
}

/** What the provider has reported (attendance, absence, progress, completion), fetched when the citizen asks. */
function Rapporter({ tilmelding: x }: { tilmelding: Tilmelding }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [aaben, setAaben] = useState(false);
  const query = useTilmeldingDetalje(x.id, aaben);
  const panelId = `reports-${x.id}`;
  return (
    <div className="mt-3">
      <button
        type="button"
        className="function-link"
        aria-expanded={aaben}
        aria-controls={panelId}
        onClick={() => setAaben((a) => !a)}
        data-testid={ids.forloeb.rapporterVis(x.id)}
      >
        {aaben ? t("markedBorger.rapporter.skjul") : t("markedBorger.rapporter.vis")}
        <span className="sr-only">: {x.titel}</span>
      </button>
      <div id={panelId} hidden={!aaben} data-testid={ids.forloeb.rapporter(x.id)}>
        {!aaben ? null : query.isPending ? (
          <p className="ju-muted">{t("common.loading")}</p>
        ) : query.isError ? (
          <p>{problemOf(query.error)?.title ?? t("markedBorger.rapporter.fejl")}</p>
        ) : query.data.rapporter.length === 0 ? (
          <p>{t("markedBorger.rapporter.ingen")}</p>
        ) : (
          <ul className="mt-2">
            {query.data.rapporter.map((r) => (
              <li key={`${r.registreret}-${r.art}-${r.dato}`}>
                <span className="weight-semibold">{f.date(r.dato)}:</span> {t(`markedBorger.rapporter.art.${r.art}`)}
                {r.fremskridt !== null ? ` (${f.percent(r.fremskridt / 100)})` : ""}
                {r.bemaerkning ? (
                  <>
                    {" – "}
                    <DanskTekst>{r.bemaerkning}</DanskTekst>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/**
 * The confirm step before cancelling: what happens to the seat and the tokens (the municipality's rule decides, and
 * the answer says how it came out), an optional reason for the provider and the jobcentre.
 */
function AfmeldForm({
  tilmelding: x,
  onLuk,
  onAfmeldt,
}: {
  tilmelding: Tilmelding;
  onLuk: () => void;
  onAfmeldt: (a: Afmelding) => void;
}) {
  const { t } = useTranslation();
  const tekst = useMarkedTekster();
  const afmeld = useAfmeld();
  const [aarsag, setAarsag] = useState("");
  const feltId = `cancel-reason-${x.id}`;
  const headingId = `cancel-heading-${x.id}`;
  // the form replaces the button that opened it: the keyboard continues at its heading
  useEffect(() => {
    document.getElementById(headingId)?.focus();
  }, [headingId]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (afmeld.isPending) return;
    afmeld.mutate({ id: x.id, aarsag: aarsag.trim() || undefined }, { onSuccess: (r) => onAfmeldt(r) });
  };
  const problem = problemOf(afmeld.error);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="ju-editor"
      aria-labelledby={headingId}
      data-testid={ids.forloeb.afmeldForm(x.id)}
    >
      <h4 id={headingId} tabIndex={-1}>
        {t("markedBorger.afmeld.heading", { titel: x.titel })}
      </h4>
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.aarsag": feltId }} /> : null}
      <p>
        {x.tokens > 0 && !x.formeltTilbud
          ? t("markedBorger.afmeld.regel", { pris: tekst.tokens(x.tokens) })
          : x.formeltTilbud
            ? t("markedBorger.afmeld.regelTilbud")
            : t("markedBorger.afmeld.regelGratis")}
      </p>
      {x.formeltTilbud ? <p className="weight-semibold">{t("markedBorger.afmeld.tilbudAdvarsel")}</p> : null}
      <TextArea
        id={feltId}
        label={t("markedBorger.afmeld.aarsag")}
        hint={t("markedBorger.afmeld.aarsagHint")}
        rows={3}
        maxLength={500}
        value={aarsag}
        onChange={setAarsag}
        testId={ids.forloeb.afmeldAarsag(x.id)}
      />
      <div className="ju-button-row">
        <SubmitButton disabled={afmeld.isPending} testId={ids.forloeb.afmeldBekraeft(x.id)}>
          {t("markedBorger.afmeld.bekraeft")}
        </SubmitButton>
        <button
          type="button"
          className="button button-tertiary"
          onClick={onLuk}
          data-testid={ids.forloeb.afmeldFortryd(x.id)}
        >
          {t("markedBorger.afmeld.fortryd")}
        </button>
      </div>
    </form>
  );
}

/** The token ledger: date, text, the amount in or out, and the balance after each entry (newest first). */
function Poster() {
  const { t } = useTranslation();
  const query = useTegnebog();
  return (
    <section aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">{t("markedBorger.poster.heading")}</h2>
      <QueryView query={query}>{(tb) => <PostTabel tegnebog={tb} />}</QueryView>
    </section>
  );
}

function PostTabel({ tegnebog }: { tegnebog: Tegnebog }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tekst = useMarkedTekster();
  // "+25", "−10" (a real minus sign, read as "minus"); a balance shows its sign only when it is negative
  const fortegn = (n: number, plus: boolean) =>
    n < 0 ? `−${f.number(-n, 0)}` : `${plus && n > 0 ? "+" : ""}${f.number(n, 0)}`;
  // the balance after each entry: the newest has the balance now; each older one has that less the newer amounts
  let efter = tegnebog.saldo;
  const raekker = tegnebog.poster.map((p) => {
    const r = { ...p, saldoEfter: efter };
    efter -= p.antal;
    return r;
  });
  return (
    <>
      <p data-testid={ids.forloeb.saldo}>
        {t("markedBorger.poster.saldo")} <span className="weight-semibold">{tekst.tokens(tegnebog.saldo)}</span>
      </p>
      {raekker.length === 0 ? (
        <p data-testid={ids.forloeb.posterTom}>{t("markedBorger.poster.ingen")}</p>
      ) : (
        <DataTable
          captionId="ledger-caption"
          caption={t("markedBorger.poster.caption")}
          testId={ids.forloeb.poster}
          columns={[
            t("markedBorger.poster.dato"),
            t("markedBorger.poster.tekst"),
            t("markedBorger.poster.antal"),
            t("markedBorger.poster.saldoEfter"),
          ]}
          rows={raekker}
          rowKey={(p) => p.id}
          rowTestId={(id) => ids.forloeb.post(id)}
        >
          {(p) => (
            <>
              <th scope="row" className="ju-nowrap">
                {f.date(p.tidspunkt)}
              </th>
              <td>
                <DanskTekst>{p.tekst}</DanskTekst>
              </td>
              <td className="ju-nowrap">{fortegn(p.antal, true)}</td>
              <td className="ju-nowrap">{fortegn(p.saldoEfter, false)}</td>
            </>
          )}
        </DataTable>
      )}
    </>
  );
}

import { markedBorgerIds as ids } from "#contracts/testids-marked-borger.ts";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { localProblem, problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, InlineFact, Loading, PageHeading } from "../../../ui/page.tsx";
import { DanskTekst, useMarkedTekster } from "./dele.tsx";
import { useForslag, useKompetencer, useTegnebog, useTilmeldinger, useUdbud } from "./queries.ts";
import { aktiv, MAKS_UGER, NIVEAUER, SPROG, UDBUD_ARTER, type Udbud, type UdbudFilter } from "./types.ts";

const FELTER = ["q", "sprog", "niveau", "art", "maksUger", "kompetence"] as const;
const IDS = {
  q: "market-q",
  sprog: "market-language",
  niveau: "market-level",
  art: "market-kind",
  maksUger: "market-weeks",
  kompetence: "market-skill",
};

/** The filter in the address, so going back from an offer shows the same list. */
function laesFilter(p: URLSearchParams): UdbudFilter {
  const f: UdbudFilter = {};
  for (const k of FELTER) {
    const v = p.get(k)?.trim();
    if (v) f[k] = v.slice(0, k === "kompetence" ? 200 : 100);
  }
  return f;
}

/**
 * "Kurser og forløb" (/borger/marked): the citizen's tokens, the suggestions with their reasons, and the approved
 * offers open to them, filtered by text, language, level, kind, duration and skill. The filter lives in the address;
 * the number of offers found is announced when the list changes.
 */
export function Markedsplads() {
  const { t } = useTranslation();
  const tokens = useTegnebog();
  const [params] = useSearchParams();
  const filter = laesFilter(params);
  return (
    <div data-testid={ids.marked.page}>
      <BackLink to="/borger">{t("borger.backToMinSide")}</BackLink>
      <PageHeading>{t("markedBorger.marked.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("markedBorger.marked.lead")}</p>
      <div className="ju-editor mt-0">
        <p className="mt-0 mb-2" data-testid={ids.marked.saldo}>
          {tokens.isPending ? (
            t("common.loading")
          ) : tokens.isError ? (
            t("markedBorger.saldoFejl")
          ) : (
            <>
              {t("markedBorger.marked.saldoFoer")}{" "}
              <span className="h3 ju-nowrap">{t("markedBorger.tokens", { count: tokens.data.saldo })}</span>
            </>
          )}
        </p>
        <p className="mt-0 ju-small">{t("markedBorger.marked.saldoForklaring")}</p>
        <p className="mb-0">
          <Link className="function-link" to="/borger/forloeb" data-testid={ids.marked.tilForloeb}>
            {t("markedBorger.marked.tilForloeb")}
          </Link>
        </p>
      </div>
      <ForslagListe />
      <Filtre filter={filter} />
      <Resultater filter={filter} />
    </div>
  );
}

/** "Forslag til dig": offers that helped citizens like them, or teach what they lack for their job goal. */
function ForslagListe() {
  const { t } = useTranslation();
  const tekst = useMarkedTekster();
  const forslag = useForslag();
  return (
    <section aria-labelledby="suggestions-heading" data-testid={ids.marked.forslag}>
      <h2 id="suggestions-heading">{t("markedBorger.forslag.heading")}</h2>
      {forslag.isPending ? (
        <p className="ju-muted">{t("common.loading")}</p>
      ) : forslag.isError ? (
        <p>{t("markedBorger.forslag.fejl")}</p>
      ) : forslag.data.length === 0 ? (
        <p data-testid={ids.marked.forslagTom}>{t("markedBorger.forslag.ingen")}</p>
      ) : (
        <>
          <p className="ju-prose">{t("markedBorger.forslag.lead")}</p>
          <ul className="ju-cards nobullet-list">
            {forslag.data.map((s) => (
              <li key={s.udbudId}>
                <article
                  className="ju-card ju-card-proposal"
                  aria-labelledby={`suggestion-${s.udbudId}`}
                  data-testid={ids.marked.forslagKort(s.udbudId)}
                >
                  <h3 className="ju-card-heading h4" id={`suggestion-${s.udbudId}`}>
                    <Link to={`/borger/marked/${s.udbudId}`}>{s.titel}</Link>
                  </h3>
                  <p className="mb-2">
                    <span className="weight-semibold">{t("markedBorger.forslag.hvorfor")}</span>{" "}
                    <DanskTekst testId={ids.marked.forslagGrund(s.udbudId)}>{s.grund}</DanskTekst>
                  </p>
                  <p className="ju-small mt-0">
                    {tekst.art(s.art)} · {tekst.pris(s)}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const udfyldt = (f: UdbudFilter): Required<UdbudFilter> => ({
  q: f.q ?? "",
  sprog: f.sprog ?? "",
  niveau: f.niveau ?? "",
  art: f.art ?? "",
  maksUger: f.maksUger ?? "",
  kompetence: f.kompetence ?? "",
});

/** The filter form; it starts from the filter in the address and puts the chosen one there. */
function Filtre({ filter }: { filter: UdbudFilter }) {
  const { t } = useTranslation();
  const tekst = useMarkedTekster();
  const kompetencer = useKompetencer();
  const [, setParams] = useSearchParams();
  const [vaerdi, setVaerdi] = useState(() => udfyldt(filter));
  // the address changed by itself (back, forward, reset): the form shows what the list is filtered by
  const adresse = JSON.stringify(filter);
  useEffect(() => {
    setVaerdi(udfyldt(JSON.parse(adresse) as UdbudFilter));
  }, [adresse]);
  const saet = (k: keyof UdbudFilter) => (v: string) => setVaerdi((x) => ({ ...x, [k]: v }));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const k of FELTER) if (vaerdi[k].trim()) p.set(k, vaerdi[k].trim());
    setParams(p, { replace: true, preventScrollReset: true });
  };
  const alle = t("markedBorger.filter.alle");
  const valgtKompetence = vaerdi.kompetence;
  const kompetenceValg = (kompetencer.data ?? []).map((k) => ({ value: k.uri, label: k.navn }));
  if (valgtKompetence && !kompetenceValg.some((k) => k.value === valgtKompetence))
    kompetenceValg.unshift({ value: valgtKompetence, label: valgtKompetence });
  return (
    <section aria-labelledby="filter-heading">
      <h2 id="filter-heading">{t("markedBorger.filter.heading")}</h2>
      <form onSubmit={onSubmit} noValidate className="ju-free-filters" data-testid={ids.marked.filterForm}>
        <TextInput
          id={IDS.q}
          label={t("markedBorger.filter.q")}
          hint={t("markedBorger.filter.qHint")}
          type="search"
          width="l"
          autoComplete="off"
          maxLength={100}
          value={vaerdi.q}
          onChange={saet("q")}
          testId={ids.marked.q}
        />
        <div className="ju-filter-grid">
          <SelectField
            id={IDS.art}
            label={t("markedBorger.filter.art")}
            placeholder={alle}
            value={vaerdi.art}
            onChange={saet("art")}
            testId={ids.marked.art}
            options={UDBUD_ARTER.map((a) => ({ value: a, label: tekst.art(a) }))}
          />
          <SelectField
            id={IDS.sprog}
            label={t("markedBorger.filter.sprog")}
            placeholder={alle}
            value={vaerdi.sprog}
            onChange={saet("sprog")}
            testId={ids.marked.sprog}
            options={SPROG.map((s) => ({ value: s, label: tekst.etSprog(s) }))}
          />
          <SelectField
            id={IDS.niveau}
            label={t("markedBorger.filter.niveau")}
            placeholder={alle}
            value={vaerdi.niveau}
            onChange={saet("niveau")}
            testId={ids.marked.niveau}
            options={NIVEAUER.map((n) => ({ value: n, label: tekst.niveau(n) }))}
          />
          <SelectField
            id={IDS.maksUger}
            label={t("markedBorger.filter.maksUger")}
            placeholder={t("markedBorger.filter.alleVarigheder")}
            value={vaerdi.maksUger}
            onChange={saet("maksUger")}
            testId={ids.marked.maksUger}
            options={MAKS_UGER.map((n) => ({
              value: String(n),
              label: t("markedBorger.filter.hoejst", { uger: t("markedBorger.uger", { count: n }) }),
            }))}
          />
          <SelectField
            id={IDS.kompetence}
            label={t("markedBorger.filter.kompetence")}
            hint={kompetencer.isError ? t("markedBorger.filter.kompetenceFejl") : undefined}
            placeholder={alle}
            value={vaerdi.kompetence}
            onChange={saet("kompetence")}
            testId={ids.marked.kompetence}
            options={kompetenceValg}
          />
        </div>
        <FormButtons
          submit={t("markedBorger.filter.soeg")}
          submitTestId={ids.marked.soeg}
          cancel={{
            label: t("markedBorger.filter.nulstil"),
            testId: ids.marked.nulstil,
            onClick: () => setParams(new URLSearchParams(), { replace: true, preventScrollReset: true }),
          }}
        />
      </form>
    </section>
  );
}

/** The offers found, with their number in a live region (announced when a new filter is applied). */
function Resultater({ filter }: { filter: UdbudFilter }) {
  const { t } = useTranslation();
  const query = useUdbud(filter);
  const tilmeldinger = useTilmeldinger();
  const tilmeldt = new Set((tilmeldinger.data ?? []).filter(aktiv).map((x) => x.udbudId));
  const filtreret = Object.keys(filter).length > 0;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t("markedBorger.resultater.heading")}</h2>
      <p role="status" aria-live="polite" className="weight-semibold" data-testid={ids.marked.antal}>
        {query.isPending || (query.isFetching && query.isPlaceholderData)
          ? t("markedBorger.resultater.henter")
          : query.isError
            ? ""
            : filtreret
              ? t("markedBorger.resultater.antalFiltreret", { count: query.data.length })
              : t("markedBorger.resultater.antal", { count: query.data.length })}
      </p>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorSummary problem={problemOf(query.error) ?? localProblem("INTERNAL")} focus={false} />
      ) : query.data.length === 0 ? (
        <p className="ju-empty" data-testid={ids.marked.tom}>
          {filtreret ? t("markedBorger.resultater.ingenFiltreret") : t("markedBorger.resultater.ingen")}
        </p>
      ) : (
        <ul className="ju-cards nobullet-list" data-testid={ids.marked.liste}>
          {query.data.map((u) => (
            <li key={u.id}>
              <UdbudKort udbud={u} tilmeldt={tilmeldt.has(u.id)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function UdbudKort({ udbud: u, tilmeldt }: { udbud: Udbud; tilmeldt: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tekst = useMarkedTekster();
  const headingId = `offer-${u.id}`;
  return (
    <article
      className={`ju-card ${tilmeldt ? "ju-card-opfyldt" : "ju-card-kommende"}`}
      aria-labelledby={headingId}
      data-testid={ids.marked.kort(u.id)}
    >
      <h3 className="ju-card-heading h4" id={headingId}>
        <Link to={`/borger/marked/${u.id}`} data-testid={ids.marked.link(u.id)}>
          {u.titel}
        </Link>
      </h3>
      {tilmeldt ? (
        <p className="mt-0 mb-2">
          <span className="badge badge-success" data-testid={ids.marked.tilmeldt(u.id)}>
            {t("markedBorger.resultater.duErTilmeldt")}
          </span>
        </p>
      ) : null}
      <dl className="ju-inline-facts">
        <InlineFact label={t("markedBorger.felt.leverandoer")}>{u.leverandoer}</InlineFact>
        <InlineFact label={t("markedBorger.felt.art")}>{tekst.art(u.art)}</InlineFact>
        <InlineFact label={t("markedBorger.felt.sprog")}>{tekst.sprog(u.sprog)}</InlineFact>
        <InlineFact label={t("markedBorger.felt.niveau")}>{tekst.niveau(u.niveau)}</InlineFact>
        <InlineFact label={t("markedBorger.felt.varighed")}>{tekst.varighed(u)}</InlineFact>
        <InlineFact label={t("markedBorger.felt.pris")} testId={ids.marked.pris(u.id)}>
          {tekst.pris(u)}
        </InlineFact>
        {u.naesteModul ? (
          <InlineFact label={t("markedBorger.felt.naeste")} testId={ids.marked.naeste(u.id)}>
            {f.dateTime(u.naesteModul)}
            {u.ledigePladser !== null && u.ledigePladser !== undefined
              ? ` – ${u.ledigePladser > 0 ? t("markedBorger.ledige", { count: u.ledigePladser }) : t("markedBorger.fuldt")}`
              : ""}
          </InlineFact>
        ) : null}
      </dl>
    </article>
  );
}

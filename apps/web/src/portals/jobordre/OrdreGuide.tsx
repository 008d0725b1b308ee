import type { Problem } from "#contracts/errors.ts";
import { jobordreIds as ids } from "#contracts/testids-jobordre.ts";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf, validationProblem } from "../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, FieldError, SelectField, TextArea, TextInput } from "../../ui/Field.tsx";
import { useEnGang } from "../../ui/en-gang.ts";
import { todayInDenmark, useFormat } from "../../ui/format.ts";
import { BackLink, Facts, PageHeading } from "../../ui/page.tsx";
import { Receipt } from "../../ui/Receipt.tsx";
import { newUuid } from "../../ui/uuid.ts";
import { type ErhvervValg, ErhvervsFelt } from "../esco/ErhvervsFelt.tsx";
import { type FaerdighedValg, FaerdighedsVaelger } from "../esco/FaerdighedsVaelger.tsx";
import {
  findAnnonceFaerdigheder,
  useErhverv,
  useErhvervForslag,
  useOpret,
  useOrdninger,
  useVirksomheder,
} from "./api.ts";
import { OrdningKort } from "./OrdningKort.tsx";
import { ARTER, type Art, type Ordre, type OrdreBody, type Sted } from "./types.ts";

const CERTIFIKATER = [
  "Truckcertifikat",
  "Hygiejnebevis",
  "Førstehjælpsbevis",
  "Autorisation som social- og sundhedsassistent",
  "Straffeattest",
  "Børneattest",
];
const KOEREKORT = ["B", "C", "CE", "D"];

interface Udkast {
  cvr: string;
  titel: string;
  erhverv: ErhvervValg | null;
  annonceTekst: string;
  beskrivelse: string;
  faerdigheder: FaerdighedValg[];
  uddannelseskrav: string[];
  certifikater: string[];
  koerekort: string[];
  timerMin: string;
  timerMax: string;
  postnr: string;
  arbejdssted: string;
  start: string;
  slut: string;
  antal: string;
  art: Art;
  opgaveboers: boolean;
  tilladNaboer: boolean;
}

type Trin = 1 | 2 | 3 | 4 | 5;

/** Which step holds the field a server error names. */
const TRIN_FOR: Record<string, Trin> = {
  "body.cvr": 1,
  "body.titel": 1,
  "body.erhvervUri": 1,
  "body.annonceTekst": 1,
  "body.beskrivelse": 1,
  "body.faerdigheder": 2,
  "body.uddannelseskrav": 2,
  "body.certifikater": 2,
  "body.koerekort": 2,
  "body.timerMin": 3,
  "body.timerMax": 3,
  "body.postnr": 3,
  "body.arbejdssted": 3,
  "body.start": 3,
  "body.slut": 3,
  "body.antal": 3,
  "body.art": 4,
  "body.opgaveboers": 4,
  "body.tilladNaboer": 4,
};
const trinFor = (path: string): Trin => TRIN_FOR[path] ?? TRIN_FOR[path.split(".").slice(0, 2).join(".")] ?? 5;

const FELT_ID: Record<string, string> = {
  "body.cvr": "jo-virksomhed",
  "body.titel": "jo-titel",
  "body.erhvervUri": "jo-erhverv",
  "body.timerMin": "jo-timer-min",
  "body.timerMax": "jo-timer-max",
  "body.postnr": "jo-postnr",
  "body.arbejdssted": "jo-sted",
  "body.start": "jo-start",
  "body.slut": "jo-slut",
  "body.antal": "jo-antal",
  "body.opgaveboers": "jo-opgaveboers",
};

const heltal = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s.trim()) : Number.NaN);

/** The employer's (or the company consultant's) short wizard: five steps on one page, then publish or save a draft. */
export function OrdreGuide({ sted }: { sted: Sted }) {
  const { t } = useTranslation("translation", { keyPrefix: "jobordre" });
  const kommune = sted.portal === "medarbejder";
  const [noegle] = useState(newUuid);
  const enGang = useEnGang();
  const [trin, setTrin] = useState<Trin>(1);
  const [u, setU] = useState<Udkast>(() => ({
    cvr: new URLSearchParams(window.location.search).get("cvr") ?? "",
    titel: "",
    erhverv: null,
    annonceTekst: "",
    beskrivelse: "",
    faerdigheder: [],
    uddannelseskrav: [],
    certifikater: [],
    koerekort: [],
    timerMin: "37",
    timerMax: "37",
    postnr: "",
    arbejdssted: "",
    start: "",
    slut: "",
    antal: "1",
    art: "ordinaer",
    opgaveboers: false,
    tilladNaboer: false,
  }));
  const saet = (p: Partial<Udkast>) => setU((x) => ({ ...x, ...p }));
  const [lokalFejl, setLokalFejl] = useState<Problem | undefined>();
  const [annonceForslag, setAnnonceForslag] = useState<FaerdighedValg[] | null>(null);
  const [annonceSoeger, setAnnonceSoeger] = useState(false);
  const [faerdighederFor, setFaerdighederFor] = useState<string | null>(null);
  const opret = useOpret(sted);
  const [resultat, setResultat] = useState<Ordre | null>(null);

  const virksomheder = useVirksomheder(kommune);
  const erhvervForslag = useErhvervForslag(u.titel, !u.erhverv);
  const erhverv = useErhverv(u.erhverv?.uri ?? null);
  const tMin = heltal(u.timerMin);
  const tMax = heltal(u.timerMax);
  const ordninger = useOrdninger({
    art: u.art,
    timerMin: tMin,
    timerMax: tMax,
    start: u.start || todayInDenmark(),
    slut: u.slut || null,
  });

  // The skills start as the ad's suggestions (or, without an ad, the occupation's essential skills), once per occupation.
  useEffect(() => {
    const e = erhverv.data;
    if (!e || faerdighederFor === e.uri) return;
    const valgte: FaerdighedValg[] = annonceForslag?.length
      ? annonceForslag.map((f) => ({ ...f, essentiel: true }))
      : e.essentielle.map((f) => ({ uri: f.uri, titel: f.titel, essentiel: true }));
    setFaerdighederFor(e.uri);
    setU((x) => ({ ...x, faerdigheder: valgte }));
  }, [erhverv.data, faerdighederFor, annonceForslag]);

  const forslag: FaerdighedValg[] = (() => {
    const e = erhverv.data;
    const valgt = new Set(u.faerdigheder.map((f) => f.uri));
    const alle = [
      ...(annonceForslag ?? []),
      ...(e?.essentielle.map((f) => ({ ...f, essentiel: true })) ?? []),
      ...(e?.valgfrie.map((f) => ({ ...f, essentiel: false })) ?? []),
    ];
    const set = new Set<string>();
    return alle.filter((f) => !valgt.has(f.uri) && !set.has(f.uri) && set.add(f.uri));
  })();

  async function findKompetencer() {
    if (!u.annonceTekst.trim()) return;
    setAnnonceSoeger(true);
    try {
      const r = await findAnnonceFaerdigheder(u.annonceTekst);
      const fs = r.forslag.map((f) => ({ uri: f.uri, titel: f.titel, essentiel: true }));
      setAnnonceForslag(fs);
      // chosen again from the ad and the occupation when step 2 opens
      setFaerdighederFor(null);
    } catch (e) {
      setLokalFejl(problemOf(e));
    } finally {
      setAnnonceSoeger(false);
    }
  }

  /** The checks of one step before going on (the server checks everything again). */
  function tjek(n: Trin): { path: string; message: string }[] {
    const f: { path: string; message: string }[] = [];
    if (n === 1) {
      if (kommune && !u.cvr) f.push({ path: "body.cvr", message: t("guide.mangler.virksomhed") });
      if (!u.titel.trim()) f.push({ path: "body.titel", message: t("guide.mangler.titel") });
      if (!u.erhverv) f.push({ path: "body.erhvervUri", message: t("guide.mangler.erhverv") });
    }
    if (n === 3) {
      if (!(tMin >= 1 && tMin <= 60)) f.push({ path: "body.timerMin", message: t("guide.mangler.timer") });
      if (!(tMax >= 1 && tMax <= 60)) f.push({ path: "body.timerMax", message: t("guide.mangler.timer") });
      if (!/^\d{4}$/.test(u.postnr.trim())) f.push({ path: "body.postnr", message: t("guide.mangler.postnr") });
      if (!u.arbejdssted.trim()) f.push({ path: "body.arbejdssted", message: t("guide.mangler.arbejdssted") });
      if (!u.start) f.push({ path: "body.start", message: t("guide.mangler.start") });
    }
    return f;
  }

  function naeste(e: FormEvent) {
    e.preventDefault();
    const f = tjek(trin);
    if (f.length) {
      setLokalFejl(validationProblem(f));
      return;
    }
    setLokalFejl(undefined);
    if (trin < 5) setTrin((trin + 1) as Trin);
  }

  function body(): OrdreBody {
    return {
      titel: u.titel.trim(),
      erhvervUri: u.erhverv?.uri ?? "",
      beskrivelse: u.beskrivelse.trim() || null,
      annonceTekst: u.annonceTekst.trim() || null,
      art: u.art,
      timerMin: tMin,
      timerMax: tMax,
      postnr: u.postnr.trim(),
      arbejdssted: u.arbejdssted.trim(),
      start: u.start,
      slut: u.slut || null,
      antal: heltal(u.antal) || 1,
      uddannelseskrav: u.uddannelseskrav,
      certifikater: u.certifikater,
      koerekort: u.koerekort,
      opgaveboers: u.opgaveboers,
      tilladNaboer: u.tilladNaboer,
      faerdigheder: u.faerdigheder.map((f) => ({ uri: f.uri, relation: f.essentiel ? "essentiel" : "valgfri" })),
    };
  }

  function send(udgiv: boolean) {
    if (!enGang.start()) return;
    setLokalFejl(undefined);
    opret.mutate(
      { ...body(), idempotensnoegle: noegle, udgiv, ...(kommune ? { cvr: u.cvr } : {}) },
      {
        onSuccess: (o) => setResultat(o),
        onError: (e) => {
          const p = problemOf(e);
          const foerste = Math.min(...(p?.errors ?? []).map((x) => trinFor(x.path)), 5) as Trin;
          setTrin(foerste);
        },
        onSettled: () => enGang.faerdig(),
      },
    );
  }

  const problem = lokalFejl ?? problemOf(opret.error);
  const fejl = (...paths: string[]) => fieldMessage(problem, paths);
  const trinNavn = t(`guide.trinNavn.${trin}`);

  if (resultat) {
    return (
      <div data-testid={ids.guide.page}>
        <BackLink to={sted.web}>{t("guide.tilbage")}</BackLink>
        <PageHeading>{kommune ? t("guide.titelForVirksomhed") : t("guide.titel")}</PageHeading>
        <Receipt
          heading={resultat.status === "aaben" ? t("guide.kvittering") : t("guide.kvitteringKladde")}
          headingLevel={2}
          testId={ids.guide.kvittering}
        >
          <p data-testid={ids.guide.nummer}>{t("guide.kvitteringTekst", { nummer: resultat.nummer })}</p>
          <p>
            <Link to={`${sted.web}/${resultat.id}`} data-testid={ids.guide.tilOrdren}>
              {t("guide.tilOrdren")}
            </Link>
          </p>
        </Receipt>
      </div>
    );
  }

  return (
    <div data-testid={ids.guide.page}>
      <BackLink to={sted.web}>{t("guide.tilbage")}</BackLink>
      <PageHeading>{kommune ? t("guide.titelForVirksomhed") : t("guide.titel")}</PageHeading>
      <p className="font-lead">{t("guide.lead")}</p>
      <form onSubmit={naeste} noValidate>
        <h2 data-testid={ids.guide.trin} aria-live="polite">
          {t("guide.trin", { nr: trin, navn: trinNavn })}
        </h2>
        {problem ? (
          <ErrorSummary key={`${trin}-${problem.errors?.length}`} problem={problem} fieldIds={FELT_ID} />
        ) : null}

        {trin === 1 ? (
          <>
            {kommune ? (
              <SelectField
                id="jo-virksomhed"
                label={t("guide.virksomhed")}
                placeholder={t("guide.virksomhedVaelg")}
                value={u.cvr}
                onChange={(cvr) => saet({ cvr })}
                options={(virksomheder.data?.virksomheder ?? []).map((v) => ({
                  value: v.cvr,
                  label: `${v.navn} (CVR ${v.cvr})`,
                }))}
                error={fejl("body.cvr")}
                testId={ids.guide.virksomhed}
              />
            ) : null}
            <TextInput
              id="jo-titel"
              label={t("guide.titelFelt")}
              hint={t("guide.titelHint")}
              value={u.titel}
              onChange={(titel) => saet({ titel })}
              maxLength={200}
              error={fejl("body.titel")}
              testId={ids.guide.titel}
            />
            <ErhvervsFelt
              id="jo-erhverv"
              label={t("guide.erhverv")}
              hint={t("guide.erhvervHint")}
              value={u.erhverv}
              onChange={(erhverv) => saet({ erhverv })}
              error={fejl("body.erhvervUri")}
              testId={ids.guide.erhverv}
            />
            {!u.erhverv && erhvervForslag.data?.forslag.length ? (
              <div className="form-group">
                <p className="form-hint">{t("guide.erhvervForslag")}</p>
                <div className="ju-button-row">
                  {erhvervForslag.data.forslag.map((f, i) => (
                    <button
                      key={f.uri}
                      type="button"
                      className="button button-secondary"
                      data-testid={ids.guide.erhvervForslag(i)}
                      onClick={() => saet({ erhverv: { uri: f.uri, titel: f.titel, isco: f.isco } })}
                    >
                      {f.titel}
                    </button>
                  ))}
                </div>
              </div>
            ) : null}
            <TextArea
              id="jo-annonce"
              label={t("guide.annonce")}
              hint={t("guide.annonceHint")}
              value={u.annonceTekst}
              onChange={(annonceTekst) => saet({ annonceTekst })}
              rows={8}
              maxLength={20000}
              error={fejl("body.annonceTekst")}
              testId={ids.guide.annonce}
            />
            <p>
              <button
                type="button"
                className="button button-secondary"
                onClick={findKompetencer}
                disabled={annonceSoeger || !u.annonceTekst.trim()}
                data-testid={ids.guide.findKompetencer}
              >
                {t("guide.findKompetencer")}
              </button>
            </p>
            {annonceForslag ? (
              <p role="status" data-testid={ids.guide.annonceFundet}>
                {annonceForslag.length
                  ? t("guide.annonceFundet", { antal: annonceForslag.length })
                  : t("guide.annonceIngen")}
              </p>
            ) : null}
            <TextArea
              id="jo-beskrivelse"
              label={t("guide.beskrivelse")}
              value={u.beskrivelse}
              onChange={(beskrivelse) => saet({ beskrivelse })}
              rows={4}
              maxLength={10000}
              testId="jobordre-description"
            />
          </>
        ) : null}

        {trin === 2 ? (
          <>
            {u.erhverv ? (
              <FaerdighedsVaelger
                id="jo-faerdigheder"
                legend={t("guide.faerdigheder")}
                valgte={u.faerdigheder}
                onChange={(faerdigheder) => saet({ faerdigheder })}
                forslag={forslag}
                testId={ids.guide.faerdigheder}
              />
            ) : (
              <p>{t("guide.ingenFaerdigheder")}</p>
            )}
            {u.faerdigheder.length ? (
              <fieldset className="form-group">
                <legend className="form-label">{t("guide.essentielle")}</legend>
                <span className="form-hint">{t("guide.essentielleHint")}</span>
                {u.faerdigheder.map((f, i) => (
                  <div className="form-group-checkbox" key={f.uri}>
                    <input
                      id={`jo-ess-${i}`}
                      type="checkbox"
                      className="form-checkbox"
                      checked={!!f.essentiel}
                      onChange={(e) =>
                        saet({
                          faerdigheder: u.faerdigheder.map((x) =>
                            x.uri === f.uri ? { ...x, essentiel: e.target.checked } : x,
                          ),
                        })
                      }
                      data-testid={ids.guide.essentiel(i)}
                    />
                    <label htmlFor={`jo-ess-${i}`} className="form-label">
                      {f.titel}
                    </label>
                  </div>
                ))}
              </fieldset>
            ) : null}
            <TekstListe
              id="jo-uddannelse"
              label={t("guide.uddannelse")}
              hint={t("guide.uddannelseHint")}
              knap={t("guide.uddannelseTilfoej")}
              vaerdier={u.uddannelseskrav}
              onChange={(uddannelseskrav) => saet({ uddannelseskrav })}
              testId={ids.guide.uddannelse}
              knapTestId={ids.guide.uddannelseTilfoej}
            />
            <fieldset className="form-group">
              <legend className="form-label">{t("guide.certifikater")}</legend>
              {[...CERTIFIKATER, ...u.certifikater.filter((c) => !CERTIFIKATER.includes(c))].map((c, i) => (
                <div className="form-group-checkbox" key={c}>
                  <input
                    id={`jo-cert-${i}`}
                    type="checkbox"
                    className="form-checkbox"
                    checked={u.certifikater.includes(c)}
                    onChange={(e) =>
                      saet({
                        certifikater: e.target.checked ? [...u.certifikater, c] : u.certifikater.filter((x) => x !== c),
                      })
                    }
                    data-testid={ids.guide.certifikat(c)}
                  />
                  <label htmlFor={`jo-cert-${i}`} className="form-label">
                    {c}
                  </label>
                </div>
              ))}
            </fieldset>
            <TekstListe
              id="jo-cert-andet"
              label={t("guide.certifikatAndet")}
              knap={t("guide.certifikatTilfoej")}
              vaerdier={[]}
              onChange={(nye) =>
                saet({ certifikater: [...u.certifikater, ...nye.filter((c) => !u.certifikater.includes(c))] })
              }
              testId={ids.guide.certifikatAndet}
              knapTestId={ids.guide.certifikatTilfoej}
            />
            <fieldset className="form-group">
              <legend className="form-label">{t("guide.koerekort")}</legend>
              {KOEREKORT.map((k) => (
                <div className="form-group-checkbox" key={k}>
                  <input
                    id={`jo-koerekort-${k}`}
                    type="checkbox"
                    className="form-checkbox"
                    checked={u.koerekort.includes(k)}
                    onChange={(e) =>
                      saet({ koerekort: e.target.checked ? [...u.koerekort, k] : u.koerekort.filter((x) => x !== k) })
                    }
                    data-testid={ids.guide.koerekort(k)}
                  />
                  <label htmlFor={`jo-koerekort-${k}`} className="form-label">
                    {k}
                  </label>
                </div>
              ))}
            </fieldset>
          </>
        ) : null}

        {trin === 3 ? (
          <>
            <TextInput
              id="jo-timer-min"
              label={t("guide.timerMin")}
              value={u.timerMin}
              onChange={(timerMin) => saet({ timerMin })}
              inputMode="numeric"
              width="xs"
              maxLength={2}
              error={fejl("body.timerMin")}
              testId={ids.guide.timerMin}
            />
            <TextInput
              id="jo-timer-max"
              label={t("guide.timerMax")}
              value={u.timerMax}
              onChange={(timerMax) => saet({ timerMax })}
              inputMode="numeric"
              width="xs"
              maxLength={2}
              error={fejl("body.timerMax")}
              testId={ids.guide.timerMax}
            />
            <TextInput
              id="jo-postnr"
              label={t("guide.postnr")}
              value={u.postnr}
              onChange={(postnr) => saet({ postnr })}
              inputMode="numeric"
              width="xs"
              maxLength={4}
              autoComplete="postal-code"
              error={fejl("body.postnr")}
              testId={ids.guide.postnr}
            />
            <TextInput
              id="jo-sted"
              label={t("guide.arbejdssted")}
              hint={t("guide.arbejdsstedHint")}
              value={u.arbejdssted}
              onChange={(arbejdssted) => saet({ arbejdssted })}
              maxLength={200}
              error={fejl("body.arbejdssted")}
              testId={ids.guide.arbejdssted}
            />
            <TextInput
              id="jo-start"
              type="date"
              label={t("guide.start")}
              value={u.start}
              onChange={(start) => saet({ start })}
              error={fejl("body.start")}
              testId={ids.guide.start}
            />
            <TextInput
              id="jo-slut"
              type="date"
              label={t("guide.slut")}
              hint={t("guide.slutHint")}
              value={u.slut}
              onChange={(slut) => saet({ slut })}
              error={fejl("body.slut")}
              testId={ids.guide.slut}
            />
            <TextInput
              id="jo-antal"
              label={t("guide.antal")}
              value={u.antal}
              onChange={(antal) => saet({ antal })}
              inputMode="numeric"
              width="xs"
              maxLength={3}
              error={fejl("body.antal")}
              testId={ids.guide.antal}
            />
          </>
        ) : null}

        {trin === 4 ? (
          <>
            <fieldset className="form-group">
              <legend className="form-label">{t("guide.art")}</legend>
              <span className="form-hint">{t("guide.artHint")}</span>
              {ARTER.map((a) => {
                const o = ordninger.data?.ordninger.find((x) => x.art === a);
                return (
                  <div className="form-group-radio" key={a}>
                    <input
                      type="radio"
                      className="form-radio"
                      name="jo-art"
                      id={`jo-art-${a}`}
                      checked={u.art === a}
                      onChange={() =>
                        saet({
                          art: a,
                          opgaveboers: a === "smaajob" || a === "virksomhedspraktik" ? u.opgaveboers : false,
                        })
                      }
                      aria-describedby={o ? `jo-art-${a}-hint` : undefined}
                      data-testid={ids.guide.art(a)}
                    />
                    <label className="form-label" htmlFor={`jo-art-${a}`}>
                      {t(`art.${a}`)}
                    </label>
                    {o ? (
                      <span className="form-hint" id={`jo-art-${a}-hint`} data-testid={ids.guide.ordning(a)}>
                        {o.passer ? `${t("guide.kanVaereRelevant")}: ` : ""}
                        {o.begrundelse} {t("guide.hjemmel")}: {o.hjemmel}.
                      </span>
                    ) : null}
                  </div>
                );
              })}
            </fieldset>
            {(() => {
              const valgt = ordninger.data?.ordninger.find((x) => x.art === u.art);
              return valgt ? (
                <section aria-labelledby="jo-ordning-heading">
                  <h3 id="jo-ordning-heading">{valgt.titel}</h3>
                  <OrdningKort ordning={valgt} />
                </section>
              ) : null;
            })()}
            <CheckboxField
              id="jo-opgaveboers"
              label={t("guide.opgaveboers")}
              hint={t("guide.opgaveboersHint")}
              checked={u.opgaveboers}
              disabled={!(u.art === "smaajob" || u.art === "virksomhedspraktik")}
              onChange={(opgaveboers) => saet({ opgaveboers })}
              testId={ids.guide.opgaveboers}
            />
            {fejl("body.opgaveboers") ? <FieldError>{fejl("body.opgaveboers")}</FieldError> : null}
            <CheckboxField
              id="jo-naboer"
              label={t("guide.naboer")}
              checked={u.tilladNaboer}
              onChange={(tilladNaboer) => saet({ tilladNaboer })}
              testId={ids.guide.naboer}
            />
          </>
        ) : null}

        {trin === 5 ? (
          <Oversigt u={u} kommuneNavn={virksomheder.data?.virksomheder.find((v) => v.cvr === u.cvr)?.navn} />
        ) : null}

        <div className="ju-button-row">
          {trin < 5 ? (
            <button type="submit" className="button button-primary" data-testid={ids.guide.naeste}>
              {t("guide.naeste")}
            </button>
          ) : (
            <>
              <button
                type="button"
                className="button button-primary"
                disabled={opret.isPending}
                onClick={() => send(true)}
                data-testid={ids.guide.udgiv}
              >
                {t("guide.udgiv")}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={opret.isPending}
                onClick={() => send(false)}
                data-testid={ids.guide.kladde}
              >
                {t("guide.kladde")}
              </button>
            </>
          )}
          {trin > 1 ? (
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => {
                setLokalFejl(undefined);
                setTrin((trin - 1) as Trin);
              }}
              data-testid={ids.guide.tilbage}
            >
              {t("guide.forrige")}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}

function Oversigt({ u, kommuneNavn }: { u: Udkast; kommuneNavn: string | undefined }) {
  const { t } = useTranslation("translation", { keyPrefix: "jobordre" });
  const { date } = useFormat();
  const liste = (xs: string[]) => (xs.length ? xs.join(", ") : t("guide.ingen"));
  const krav = u.faerdigheder.filter((f) => f.essentiel).map((f) => f.titel);
  const godt = u.faerdigheder.filter((f) => !f.essentiel).map((f) => f.titel);
  return (
    <div data-testid={ids.guide.oversigt}>
      <Facts
        items={[
          ...(kommuneNavn ? [[t("side.virksomhed"), kommuneNavn] as [string, string]] : []),
          [t("guide.titelFelt"), u.titel],
          [t("side.erhverv"), u.erhverv?.titel ?? ""],
          [`${t("side.faerdigheder")}: ${t("side.krav")}`, liste(krav)],
          [`${t("side.faerdigheder")}: ${t("side.godtAtHave")}`, liste(godt)],
          [t("side.uddannelse"), liste(u.uddannelseskrav)],
          [t("side.certifikater"), liste(u.certifikater)],
          [t("side.koerekort"), liste(u.koerekort)],
          [t("side.timer"), t("side.timerTekst", { min: u.timerMin, max: u.timerMax })],
          [t("side.sted"), `${u.arbejdssted}, ${u.postnr}`],
          [t("side.periode"), u.slut ? `${date(u.start)} – ${date(u.slut)}` : t("side.fra", { start: date(u.start) })],
          [t("side.antal"), u.antal],
          [t("side.art"), t(`art.${u.art}`)],
          [t("side.opgaveboers"), u.opgaveboers ? t("side.ja") : t("side.nej")],
          [t("side.naboer"), u.tilladNaboer ? t("side.ja") : t("side.nej")],
        ]}
      />
    </div>
  );
}

/** An editable list of free texts: the ones added (removable) and a field to add one more. */
function TekstListe({
  id,
  label,
  hint,
  knap,
  vaerdier,
  onChange,
  testId,
  knapTestId,
}: {
  id: string;
  label: string;
  hint?: string;
  knap: string;
  vaerdier: string[];
  onChange: (v: string[]) => void;
  testId: string;
  knapTestId: string;
}) {
  const { t } = useTranslation("translation", { keyPrefix: "jobordre" });
  const [ny, setNy] = useState("");
  const tilfoej = () => {
    const v = ny.trim();
    if (v && !vaerdier.includes(v)) onChange([...vaerdier, v]);
    setNy("");
  };
  return (
    <div>
      {vaerdier.length ? (
        <ul className="nobullet-list">
          {vaerdier.map((v) => (
            <li key={v}>
              {v}{" "}
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => onChange(vaerdier.filter((x) => x !== v))}
              >
                {t("guide.fjern", { navn: v })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="ju-inline-form">
        <TextInput id={id} label={label} hint={hint} value={ny} onChange={setNy} maxLength={200} testId={testId} />
        <button type="button" className="button button-secondary" onClick={tilfoej} data-testid={knapTestId}>
          {knap}
        </button>
      </div>
    </div>
  );
}

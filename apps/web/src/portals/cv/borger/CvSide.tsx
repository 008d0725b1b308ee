import { cvIds as ids } from "#contracts/testids-cv.ts";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Problem } from "#contracts/errors.ts";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, SelectField, TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { todayInDenmark } from "../../../ui/format.ts";
import { Alert, BackLink, PageHeading } from "../../../ui/page.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { type ErhvervValg, ErhvervsFelt } from "../../esco/ErhvervsFelt.tsx";
import { type FaerdighedValg, FaerdighedsVaelger } from "../../esco/FaerdighedsVaelger.tsx";
import { AnonymVisning, usePeriode } from "../dele.tsx";
import {
  useBrancheskift,
  useCv,
  useFjernFaerdighed,
  useForslag,
  useGemGrundlag,
  useGemJobmaal,
  useNyErfaring,
  useNyUddannelse,
  useRetErfaring,
  useSletErfaring,
  useSletUddannelse,
  useTilfoejFaerdigheder,
} from "../queries.ts";
import { type Cv, type Erfaring, type Grundlag, grundlagAf, KOEREKORT, NIVEAUER, SPROGNIVEAUER } from "../types.ts";

/**
 * /borger/cv "Mit CV": build the CV from a job (occupation → experience → its skills), then the sections Erfaring,
 * Uddannelse, Kompetencer, Sprog, Kørekort og certifikater, Arbejdstid og afstand, Jobmål (with brancheskift
 * inspiration) and Synlighed with a preview of how an employer sees the CV. Every section saves on its own.
 */
export function CvSide() {
  const { t } = useTranslation();
  const query = useCv();
  return (
    <div data-testid={ids.side.page}>
      <BackLink to="/borger">{t("cv.tilbage")}</BackLink>
      <PageHeading>{t("cv.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("cv.lead")}</p>
      <QueryView query={query}>
        {(cv) => (
          <>
            <p className="ju-small" data-testid={ids.side.status} aria-live="polite">
              {cv.findes
                ? t("cv.status", { erfaring: cv.erfaring.length, kompetencer: cv.faerdigheder.length })
                : t("cv.statusTom")}
            </p>
            <BygFraJob />
            <ErfaringSektion cv={cv} />
            <UddannelseSektion cv={cv} />
            <Kompetencer cv={cv} />
            <SprogSektion cv={cv} />
            <KoerekortSektion cv={cv} />
            <Arbejdstid cv={cv} />
            <JobmaalSektion cv={cv} />
            <Synlighed cv={cv} />
          </>
        )}
      </QueryView>
    </div>
  );
}

/** A section with its h2, labelled by it. */
function Sektion({ id, titel, testId, children }: { id: string; titel: string; testId: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-7" data-testid={testId}>
      <h2 id={`${id}-heading`}>{titel}</h2>
      {children}
    </section>
  );
}

/** The problem of a failed save, with field ids for the summary's links. */
function Fejl({ problem, felter }: { problem: Problem | undefined; felter?: Record<string, string> }) {
  return problem ? <ErrorSummary problem={problem} fieldIds={felter} /> : null;
}

/** A short confirmation after a save, read out by screen readers. */
function Gemt({ vis }: { vis: boolean }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="ju-small">
      {vis ? t("cv.gemt") : ""}
    </p>
  );
}

/* ------------------------------------------------------------------ build from a job */

type ErfaringUdkast = { titel: string; arbejdsgiver: string; fra: string; til: string };

function ErfaringFelter({
  prefix,
  udkast,
  set,
  problem,
  testIds,
}: {
  prefix: string;
  udkast: ErfaringUdkast;
  set: (u: ErfaringUdkast) => void;
  problem: Problem | undefined;
  testIds: { titel: string; arbejdsgiver: string; fra: string; til: string };
}) {
  const { t } = useTranslation();
  const err = (p: string) => fieldMessage(problem, [`body.${p}`]);
  return (
    <>
      <TextInput
        id={`${prefix}-titel`}
        label={t("cv.erfaring.titel")}
        hint={t("cv.erfaring.titelHint")}
        value={udkast.titel}
        onChange={(v) => set({ ...udkast, titel: v })}
        error={err("titel")}
        maxLength={200}
        testId={testIds.titel}
      />
      <TextInput
        id={`${prefix}-arbejdsgiver`}
        label={t("cv.erfaring.arbejdsgiver")}
        value={udkast.arbejdsgiver}
        onChange={(v) => set({ ...udkast, arbejdsgiver: v })}
        error={err("arbejdsgiver")}
        maxLength={200}
        autoComplete="organization"
        testId={testIds.arbejdsgiver}
      />
      <TextInput
        id={`${prefix}-fra`}
        type="date"
        label={t("cv.erfaring.fra")}
        value={udkast.fra}
        onChange={(v) => set({ ...udkast, fra: v })}
        error={err("fra")}
        testId={testIds.fra}
      />
      <TextInput
        id={`${prefix}-til`}
        type="date"
        label={t("cv.erfaring.til")}
        hint={t("cv.erfaring.tilHint")}
        value={udkast.til}
        onChange={(v) => set({ ...udkast, til: v })}
        error={err("til")}
        testId={testIds.til}
      />
    </>
  );
}

const erfaringFelter = (prefix: string) => ({
  "body.titel": `${prefix}-titel`,
  "body.arbejdsgiver": `${prefix}-arbejdsgiver`,
  "body.fra": `${prefix}-fra`,
  "body.til": `${prefix}-til`,
});

/**
 * "Byg dit CV ud fra et job": pick the occupation, add it as experience (employer, period), then accept or remove the
 * occupation's skills. The key is made with the form, so a retry of the same experience saves it once.
 */
function BygFraJob() {
  const { t } = useTranslation();
  const ny = useNyErfaring();
  const [erhverv, setErhverv] = useState<ErhvervValg | null>(null);
  const [udkast, setUdkast] = useState<ErfaringUdkast>({ titel: "", arbejdsgiver: "", fra: "", til: "" });
  const [noegle, setNoegle] = useState(newUuid);
  const [problem, setProblem] = useState<Problem>();
  const [tilfoejet, setTilfoejet] = useState<ErhvervValg | null>(null);

  const vaelg = (v: ErhvervValg | null) => {
    setErhverv(v);
    if (v && !udkast.titel) setUdkast({ ...udkast, titel: v.titel });
  };
  const gem = (e: FormEvent) => {
    e.preventDefault();
    const fejl = [
      ...(!erhverv ? [{ path: "body.erhvervUri", message: t("cv.byg.vaelgErhverv") }] : []),
      ...(!udkast.fra ? [{ path: "body.fra", message: t("cv.erfaring.fraMangler") }] : []),
    ];
    if (fejl.length > 0) {
      setProblem(validationProblem(fejl));
      return;
    }
    setProblem(undefined);
    ny.mutate(
      {
        erhvervUri: erhverv!.uri,
        titel: udkast.titel.trim() || erhverv!.titel,
        arbejdsgiver: udkast.arbejdsgiver.trim() || null,
        fra: udkast.fra,
        til: udkast.til || null,
        idempotensnoegle: noegle,
      },
      {
        onSuccess: () => {
          setTilfoejet(erhverv);
          setErhverv(null);
          setUdkast({ titel: "", arbejdsgiver: "", fra: "", til: "" });
          setNoegle(newUuid());
        },
        onError: (err) => setProblem(problemOf(err)),
      },
    );
  };
  return (
    <Sektion id="cv-byg" titel={t("cv.byg.heading")} testId={ids.byg.section}>
      <p className="ju-prose">{t("cv.byg.lead")}</p>
      <form onSubmit={gem} noValidate>
        <Fejl problem={problem} felter={{ "body.erhvervUri": "cv-byg-erhverv", ...erfaringFelter("cv-byg") }} />
        <ErhvervsFelt
          id="cv-byg-erhverv"
          label={t("cv.byg.erhverv")}
          hint={t("cv.byg.erhvervHint")}
          error={fieldMessage(problem, ["body.erhvervUri"])}
          value={erhverv}
          onChange={vaelg}
          testId={ids.byg.erhverv}
        />
        <ErfaringFelter prefix="cv-byg" udkast={udkast} set={setUdkast} problem={problem} testIds={ids.byg} />
        <FormButtons submit={t("cv.byg.gem")} submitTestId={ids.byg.gem} disabled={ny.isPending} />
      </form>
      {tilfoejet ? <ForslagFraJob key={tilfoejet.uri} erhverv={tilfoejet} /> : null}
    </Sektion>
  );
}

/** The occupation's skills not yet on the CV: the essential ones chosen already, the optional ones to add. */
function ForslagFraJob({ erhverv }: { erhverv: ErhvervValg }) {
  const { t } = useTranslation();
  const forslag = useForslag(erhverv.uri);
  const tilfoej = useTilfoejFaerdigheder();
  const [valgte, setValgte] = useState<FaerdighedValg[] | null>(null);
  const [gemt, setGemt] = useState<number | null>(null);
  const [alle, setAlle] = useState<FaerdighedValg[] | null>(null);
  // the suggestions as they were when the experience was added (saving them changes the live list)
  const fundne =
    alle ??
    (forslag.data
      ? forslag.data.grupper.flatMap((g) =>
          g.faerdigheder.map((f) => ({ uri: f.uri, titel: f.titel, essentiel: f.essentiel })),
        )
      : []);
  if (forslag.data && !alle) setAlle(fundne);
  const aktuelle = valgte ?? fundne.filter((f) => f.essentiel);
  const gem = async (e: FormEvent) => {
    e.preventDefault();
    const forslagsUris = new Set(fundne.map((f) => f.uri));
    const fraForslag = aktuelle.filter((f) => forslagsUris.has(f.uri)).map((f) => f.uri);
    const egne = aktuelle.filter((f) => !forslagsUris.has(f.uri)).map((f) => f.uri);
    try {
      if (fraForslag.length) await tilfoej.mutateAsync({ uris: fraForslag, kilde: "forslag" });
      if (egne.length) await tilfoej.mutateAsync({ uris: egne, kilde: "egen" });
      setGemt(aktuelle.length);
    } catch {
      // shown from tilfoej.error
    }
  };
  return (
    <div className="mt-5" data-testid={ids.byg.forslag}>
      <Alert kind="success" heading={t("cv.byg.tilfoejet", { titel: erhverv.titel })} headingLevel={3}>
        <p>{gemt === null ? t("cv.byg.forslagLead") : t("cv.byg.faerdig", { count: gemt })}</p>
      </Alert>
      {gemt === null ? (
        <QueryView query={forslag}>
          {() => (
            <form onSubmit={gem} noValidate>
              <Fejl problem={problemOf(tilfoej.error)} />
              <FaerdighedsVaelger
                id="cv-byg-faerdigheder"
                legend={t("cv.byg.forslagLegend", { titel: erhverv.titel })}
                valgte={aktuelle}
                onChange={setValgte}
                forslag={fundne.filter((f) => !aktuelle.some((v) => v.uri === f.uri))}
              />
              <FormButtons
                submit={t("cv.byg.gemFaerdigheder", { count: aktuelle.length })}
                submitTestId={ids.byg.gemFaerdigheder}
                disabled={tilfoej.isPending}
              />
            </form>
          )}
        </QueryView>
      ) : (
        <p className="ju-small" data-testid={ids.byg.faerdig}>
          {t("cv.byg.naeste")}
        </p>
      )}
    </div>
  );
}

/* ------------------------------------------------------------------ experience */

function ErfaringSektion({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const periode = usePeriode();
  const slet = useSletErfaring();
  const [retter, setRetter] = useState<string | null>(null);
  return (
    <Sektion id="cv-erfaring" titel={t("cv.erfaring.heading")} testId={ids.erfaring.section}>
      {cv.erfaring.length === 0 ? <p>{t("cv.erfaring.ingen")}</p> : null}
      <ul className="nobullet-list">
        {cv.erfaring.map((e) => (
          <li key={e.id} className="mb-4" data-testid={ids.erfaring.raekke(e.id)}>
            {retter === e.id ? (
              <RetErfaring erfaring={e} onFaerdig={() => setRetter(null)} />
            ) : (
              <>
                <strong>{e.titel}</strong>
                {e.arbejdsgiver ? `, ${e.arbejdsgiver}` : ""}{" "}
                <span className="ju-small ju-nowrap">{periode(e.fra, e.til)}</span>
                {e.erhverv ? (
                  <span className="d-block ju-small">{t("cv.erfaring.escoErhverv", { titel: e.erhverv.titel })}</span>
                ) : null}
                <span className="d-block">
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => setRetter(e.id)}
                    data-testid={ids.erfaring.ret(e.id)}
                  >
                    {t("cv.ret")}
                    <span className="sr-only"> {e.titel}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-tertiary"
                    disabled={slet.isPending}
                    onClick={() => slet.mutate(e.id)}
                    data-testid={ids.erfaring.fjern(e.id)}
                  >
                    {t("cv.fjern")}
                    <span className="sr-only"> {e.titel}</span>
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      {slet.error ? <Fejl problem={problemOf(slet.error)} /> : null}
    </Sektion>
  );
}

function RetErfaring({ erfaring: e, onFaerdig }: { erfaring: Erfaring; onFaerdig: () => void }) {
  const { t } = useTranslation();
  const ret = useRetErfaring();
  const [udkast, setUdkast] = useState<ErfaringUdkast>({
    titel: e.titel,
    arbejdsgiver: e.arbejdsgiver ?? "",
    fra: e.fra,
    til: e.til ?? "",
  });
  const [problem, setProblem] = useState<Problem>();
  const prefix = `cv-ret-${e.id}`;
  const gem = (ev: FormEvent) => {
    ev.preventDefault();
    ret.mutate(
      {
        id: e.id,
        erhvervUri: e.erhverv?.uri ?? null,
        titel: udkast.titel,
        arbejdsgiver: udkast.arbejdsgiver.trim() || null,
        fra: udkast.fra,
        til: udkast.til || null,
      },
      { onSuccess: onFaerdig, onError: (err) => setProblem(problemOf(err)) },
    );
  };
  return (
    <form onSubmit={gem} noValidate>
      <Fejl problem={problem} felter={erfaringFelter(prefix)} />
      <ErfaringFelter prefix={prefix} udkast={udkast} set={setUdkast} problem={problem} testIds={ids.erfaring} />
      <FormButtons
        submit={t("cv.gem")}
        submitTestId={ids.erfaring.gem}
        disabled={ret.isPending}
        cancel={{ label: t("cv.annuller"), testId: ids.erfaring.annuller, onClick: onFaerdig }}
      />
    </form>
  );
}

/* ------------------------------------------------------------------ education */

function UddannelseSektion({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const periode = usePeriode();
  const ny = useNyUddannelse();
  const slet = useSletUddannelse();
  const tom = { titel: "", institution: "", niveau: "", fra: "", til: "", afsluttet: true };
  const [u, setU] = useState(tom);
  const [noegle, setNoegle] = useState(newUuid);
  const [problem, setProblem] = useState<Problem>();
  const err = (p: string) => fieldMessage(problem, [`body.${p}`]);
  const gem = (e: FormEvent) => {
    e.preventDefault();
    ny.mutate(
      {
        titel: u.titel,
        institution: u.institution.trim() || null,
        niveau: u.niveau,
        fra: u.fra || null,
        til: u.til || null,
        afsluttet: u.afsluttet,
        idempotensnoegle: noegle,
      },
      {
        onSuccess: () => {
          setU(tom);
          setNoegle(newUuid());
          setProblem(undefined);
        },
        onError: (err) => setProblem(problemOf(err)),
      },
    );
  };
  return (
    <Sektion id="cv-uddannelse" titel={t("cv.uddannelse.heading")} testId={ids.uddannelse.section}>
      {cv.uddannelse.length === 0 ? <p>{t("cv.uddannelse.ingen")}</p> : null}
      <ul className="nobullet-list">
        {cv.uddannelse.map((x) => (
          <li key={x.id} className="mb-4" data-testid={ids.uddannelse.raekke(x.id)}>
            <strong>{x.titel}</strong>
            {x.institution ? `, ${x.institution}` : ""}{" "}
            <span className="ju-small">
              {t(`cv.niveau.${x.niveau}`)} {periode(x.fra, x.til)}
              {x.afsluttet ? "" : ` (${t("cv.uddannelse.ikkeAfsluttet")})`}
            </span>
            <span className="d-block">
              <button
                type="button"
                className="button button-tertiary"
                disabled={slet.isPending}
                onClick={() => slet.mutate(x.id)}
                data-testid={ids.uddannelse.fjern(x.id)}
              >
                {t("cv.fjern")}
                <span className="sr-only"> {x.titel}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      <details className="details">
        <summary className="details-summary">
          <span className="details-summary-text">{t("cv.uddannelse.tilfoej")}</span>
        </summary>
        <div className="details-text">
          <form onSubmit={gem} noValidate>
            <Fejl
              problem={problem}
              felter={{
                "body.titel": "cv-udd-titel",
                "body.niveau": "cv-udd-niveau",
                "body.fra": "cv-udd-fra",
                "body.til": "cv-udd-til",
              }}
            />
            <TextInput
              id="cv-udd-titel"
              label={t("cv.uddannelse.titel")}
              value={u.titel}
              onChange={(v) => setU({ ...u, titel: v })}
              error={err("titel")}
              maxLength={200}
              testId={ids.uddannelse.titel}
            />
            <TextInput
              id="cv-udd-institution"
              label={t("cv.uddannelse.institution")}
              value={u.institution}
              onChange={(v) => setU({ ...u, institution: v })}
              maxLength={200}
              testId={ids.uddannelse.institution}
            />
            <SelectField
              id="cv-udd-niveau"
              label={t("cv.uddannelse.niveau")}
              value={u.niveau}
              onChange={(v) => setU({ ...u, niveau: v })}
              error={err("niveau")}
              placeholder={t("cv.vaelg")}
              options={NIVEAUER.map((n) => ({ value: n, label: t(`cv.niveau.${n}`) }))}
              testId={ids.uddannelse.niveau}
            />
            <TextInput
              id="cv-udd-fra"
              type="date"
              label={t("cv.uddannelse.fra")}
              value={u.fra}
              onChange={(v) => setU({ ...u, fra: v })}
              error={err("fra")}
              testId={ids.uddannelse.fra}
            />
            <TextInput
              id="cv-udd-til"
              type="date"
              label={t("cv.uddannelse.til")}
              value={u.til}
              onChange={(v) => setU({ ...u, til: v })}
              error={err("til")}
              testId={ids.uddannelse.til}
            />
            <CheckboxField
              id="cv-udd-afsluttet"
              label={t("cv.uddannelse.afsluttet")}
              checked={u.afsluttet}
              onChange={(v) => setU({ ...u, afsluttet: v })}
              testId={ids.uddannelse.afsluttet}
            />
            <FormButtons submit={t("cv.uddannelse.gem")} submitTestId={ids.uddannelse.gem} disabled={ny.isPending} />
          </form>
        </div>
      </details>
      {slet.error ? <Fejl problem={problemOf(slet.error)} /> : null}
    </Sektion>
  );
}

/* ------------------------------------------------------------------ skills */

/** The CV's skills: removing or adding one (a suggestion or any skill found by search) saves at once. */
function Kompetencer({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const forslag = useForslag(null);
  const tilfoej = useTilfoejFaerdigheder();
  const fjern = useFjernFaerdighed();
  const forslagsUris = new Set((forslag.data?.grupper ?? []).flatMap((g) => g.faerdigheder.map((f) => f.uri)));
  const skift = (ny: FaerdighedValg[]) => {
    const har = new Set(cv.faerdigheder.map((f) => f.uri));
    const nye = ny.filter((f) => !har.has(f.uri)).map((f) => f.uri);
    const vaek = cv.faerdigheder.filter((f) => !ny.some((n) => n.uri === f.uri));
    for (const f of vaek) fjern.mutate(f.uri);
    const fraForslag = nye.filter((u) => forslagsUris.has(u));
    const egne = nye.filter((u) => !forslagsUris.has(u));
    if (fraForslag.length) tilfoej.mutate({ uris: fraForslag, kilde: "forslag" });
    if (egne.length) tilfoej.mutate({ uris: egne, kilde: "egen" });
  };
  const problem = problemOf(tilfoej.error ?? fjern.error);
  return (
    <Sektion id="cv-kompetencer" titel={t("cv.kompetencer.heading")} testId={ids.kompetencer.section}>
      <p className="ju-prose">{t("cv.kompetencer.lead")}</p>
      <Fejl problem={problem} />
      <FaerdighedsVaelger
        id="cv-kompetencer"
        legend={t("cv.kompetencer.legend")}
        valgte={cv.faerdigheder.map((f) => ({ uri: f.uri, titel: f.titel }))}
        onChange={skift}
        forslag={(forslag.data?.grupper ?? []).flatMap((g) =>
          g.faerdigheder.map((f) => ({ uri: f.uri, titel: f.titel, essentiel: f.essentiel })),
        )}
        testId={ids.kompetencer.vaelger}
      />
    </Sektion>
  );
}

/* ------------------------------------------------------------------ the basics, section by section */

/** Saves the CV's basics with one section's changes; the other sections' values stay as saved. */
function useGrundlag(cv: Cv) {
  const gem = useGemGrundlag();
  const [problem, setProblem] = useState<Problem>();
  const [gemt, setGemt] = useState(false);
  return {
    gem: (aendring: Partial<Grundlag>) => {
      setGemt(false);
      gem.mutate(
        { ...grundlagAf(cv), ...aendring },
        {
          onSuccess: () => {
            setProblem(undefined);
            setGemt(true);
          },
          onError: (err) => setProblem(problemOf(err)),
        },
      );
    },
    problem,
    gemt,
    isPending: gem.isPending,
  };
}

function SprogSektion({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const g = useGrundlag(cv);
  const [sprog, setSprog] = useState(cv.sprog.length ? cv.sprog : [{ sprog: "dansk", niveau: "modersmaal" as const }]);
  const gem = (e: FormEvent) => {
    e.preventDefault();
    g.gem({ sprog: sprog.filter((s) => s.sprog.trim()) });
  };
  return (
    <Sektion id="cv-sprog" titel={t("cv.sprog.heading")} testId={ids.sprog.section}>
      <form onSubmit={gem} noValidate>
        <Fejl problem={g.problem} />
        {sprog.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no identity but their place
          <fieldset key={i} className="mb-4">
            <legend className="sr-only">{t("cv.sprog.raekke", { n: i + 1 })}</legend>
            <TextInput
              id={`cv-sprog-${i}`}
              label={t("cv.sprog.sprog")}
              value={s.sprog}
              onChange={(v) => setSprog(sprog.map((x, j) => (j === i ? { ...x, sprog: v } : x)))}
              maxLength={50}
              testId={ids.sprog.sprog(i)}
            />
            <SelectField
              id={`cv-sprog-niveau-${i}`}
              label={t("cv.sprog.niveau")}
              value={s.niveau}
              onChange={(v) =>
                setSprog(sprog.map((x, j) => (j === i ? { ...x, niveau: v as (typeof SPROGNIVEAUER)[number] } : x)))
              }
              options={SPROGNIVEAUER.map((n) => ({ value: n, label: t(`cv.sprogniveau.${n}`) }))}
              testId={ids.sprog.niveau(i)}
            />
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setSprog(sprog.filter((_, j) => j !== i))}
              data-testid={ids.sprog.fjern(i)}
            >
              {t("cv.fjern")}
              <span className="sr-only"> {s.sprog}</span>
            </button>
          </fieldset>
        ))}
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setSprog([...sprog, { sprog: "", niveau: "godt" }])}
            data-testid={ids.sprog.tilfoej}
          >
            {t("cv.sprog.tilfoej")}
          </button>
        </p>
        <FormButtons submit={t("cv.sprog.gem")} submitTestId={ids.sprog.gem} disabled={g.isPending} />
        <Gemt vis={g.gemt} />
      </form>
    </Sektion>
  );
}

function KoerekortSektion({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const g = useGrundlag(cv);
  const [koerekort, setKoerekort] = useState(cv.koerekort);
  const [certifikater, setCertifikater] = useState(cv.certifikater.join(", "));
  const gem = (e: FormEvent) => {
    e.preventDefault();
    g.gem({
      koerekort,
      certifikater: certifikater
        .split(",")
        .map((c) => c.trim())
        .filter(Boolean),
    });
  };
  return (
    <Sektion id="cv-koerekort" titel={t("cv.koerekort.heading")} testId={ids.koerekort.section}>
      <form onSubmit={gem} noValidate>
        <Fejl problem={g.problem} />
        <fieldset className="mb-5">
          <legend className="form-label">{t("cv.koerekort.legend")}</legend>
          {KOEREKORT.map((k) => (
            <CheckboxField
              key={k}
              id={`cv-koerekort-${k}`}
              label={t("cv.koerekort.kategori", { k })}
              checked={koerekort.includes(k)}
              onChange={(v) => setKoerekort(v ? [...koerekort, k] : koerekort.filter((x) => x !== k))}
              testId={ids.koerekort.kategori(k)}
            />
          ))}
        </fieldset>
        <TextInput
          id="cv-certifikater"
          label={t("cv.koerekort.certifikater")}
          hint={t("cv.koerekort.certifikaterHint")}
          value={certifikater}
          onChange={setCertifikater}
          testId={ids.koerekort.certifikater}
        />
        <FormButtons submit={t("cv.gem")} submitTestId={ids.koerekort.gem} disabled={g.isPending} />
        <Gemt vis={g.gemt} />
      </form>
    </Sektion>
  );
}

function Arbejdstid({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const g = useGrundlag(cv);
  const [v, setV] = useState({
    timerMin: String(cv.timerMin),
    timerMax: String(cv.timerMax),
    km: String(cv.maxAfstandKm),
    fra: cv.tilgaengeligFra ?? "",
  });
  const err = (p: string) => fieldMessage(g.problem, [`body.${p}`]);
  const tal = (s: string) => (s.trim() === "" ? Number.NaN : Number(s));
  const gem = (e: FormEvent) => {
    e.preventDefault();
    g.gem({
      timerMin: tal(v.timerMin),
      timerMax: tal(v.timerMax),
      maxAfstandKm: tal(v.km),
      tilgaengeligFra: v.fra || null,
    });
  };
  return (
    <Sektion id="cv-arbejdstid" titel={t("cv.arbejdstid.heading")} testId={ids.arbejdstid.section}>
      <form onSubmit={gem} noValidate>
        <Fejl
          problem={g.problem}
          felter={{
            "body.timerMin": "cv-timer-min",
            "body.timerMax": "cv-timer-max",
            "body.maxAfstandKm": "cv-afstand",
            "body.tilgaengeligFra": "cv-tilgaengelig",
          }}
        />
        <TextInput
          id="cv-timer-min"
          label={t("cv.arbejdstid.timerMin")}
          inputMode="numeric"
          width="xs"
          value={v.timerMin}
          onChange={(x) => setV({ ...v, timerMin: x })}
          error={err("timerMin")}
          testId={ids.arbejdstid.timerMin}
        />
        <TextInput
          id="cv-timer-max"
          label={t("cv.arbejdstid.timerMax")}
          inputMode="numeric"
          width="xs"
          value={v.timerMax}
          onChange={(x) => setV({ ...v, timerMax: x })}
          error={err("timerMax")}
          testId={ids.arbejdstid.timerMax}
        />
        <TextInput
          id="cv-afstand"
          label={t("cv.arbejdstid.afstand")}
          hint={t("cv.arbejdstid.afstandHint")}
          inputMode="numeric"
          width="xs"
          value={v.km}
          onChange={(x) => setV({ ...v, km: x })}
          error={err("maxAfstandKm")}
          testId={ids.arbejdstid.afstand}
        />
        <TextInput
          id="cv-tilgaengelig"
          type="date"
          label={t("cv.arbejdstid.tilgaengeligFra")}
          hint={t("cv.arbejdstid.tilgaengeligHint")}
          value={v.fra}
          onChange={(x) => setV({ ...v, fra: x })}
          error={err("tilgaengeligFra")}
          testId={ids.arbejdstid.tilgaengeligFra}
        />
        <FormButtons submit={t("cv.gem")} submitTestId={ids.arbejdstid.gem} disabled={g.isPending} />
        <Gemt vis={g.gemt} />
      </form>
    </Sektion>
  );
}

/* ------------------------------------------------------------------ job goals and brancheskift */

function JobmaalSektion({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const gemJobmaal = useGemJobmaal();
  const [erhverv, setErhverv] = useState<ErhvervValg | null>(null);
  const [skift, setSkift] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const liste = cv.jobmaal.map((j, i) => ({
    erhvervUri: j.erhverv.uri,
    brancheskift: j.brancheskift,
    prioritet: i + 1,
  }));
  const gem = (ny: typeof liste) =>
    gemJobmaal.mutate(
      ny.map((j, i) => ({ ...j, prioritet: i + 1 })),
      { onSuccess: () => setProblem(undefined), onError: (err) => setProblem(problemOf(err)) },
    );
  const tilfoej = (e: FormEvent) => {
    e.preventDefault();
    if (!erhverv) {
      setProblem(validationProblem([{ path: "body.jobmaal", message: t("cv.byg.vaelgErhverv") }]));
      return;
    }
    gem([
      ...liste.filter((j) => j.erhvervUri !== erhverv.uri),
      { erhvervUri: erhverv.uri, brancheskift: skift, prioritet: 0 },
    ]);
    setErhverv(null);
    setSkift(false);
  };
  return (
    <Sektion id="cv-jobmaal" titel={t("cv.jobmaal.heading")} testId={ids.jobmaal.section}>
      <p className="ju-prose">{t("cv.jobmaal.lead")}</p>
      {cv.jobmaal.length === 0 ? <p>{t("cv.jobmaal.ingen")}</p> : null}
      <ol>
        {cv.jobmaal.map((j, i) => (
          <li key={j.erhverv.uri} data-testid={ids.jobmaal.raekke(i)}>
            {j.erhverv.titel}
            {j.brancheskift ? <span className="ju-small"> ({t("cv.jobmaal.skift")})</span> : null}{" "}
            <button
              type="button"
              className="button button-tertiary"
              disabled={gemJobmaal.isPending}
              onClick={() => gem(liste.filter((_, k) => k !== i))}
              data-testid={ids.jobmaal.fjern(i)}
            >
              {t("cv.fjern")}
              <span className="sr-only"> {j.erhverv.titel}</span>
            </button>
          </li>
        ))}
      </ol>
      <form onSubmit={tilfoej} noValidate>
        <Fejl problem={problem} felter={{ "body.jobmaal": "cv-jobmaal-erhverv" }} />
        <ErhvervsFelt
          id="cv-jobmaal-erhverv"
          label={t("cv.jobmaal.erhverv")}
          error={fieldMessage(problem, ["body.jobmaal"])}
          value={erhverv}
          onChange={setErhverv}
          testId={ids.jobmaal.erhverv}
        />
        <CheckboxField
          id="cv-jobmaal-skift"
          label={t("cv.jobmaal.brancheskift")}
          hint={t("cv.jobmaal.brancheskiftHint")}
          checked={skift}
          onChange={setSkift}
          testId={ids.jobmaal.brancheskift}
        />
        <FormButtons submit={t("cv.jobmaal.gem")} submitTestId={ids.jobmaal.gem} disabled={gemJobmaal.isPending} />
      </form>
      <Inspiration cv={cv} />
    </Sektion>
  );
}

/** "Skift branche? Se job, der ligner dit": close occupations by shared skills, and the skills to learn. */
function Inspiration({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const gemJobmaal = useGemJobmaal();
  const mine = [
    ...cv.erfaring.flatMap((e) => (e.erhverv ? [e.erhverv] : [])),
    ...cv.jobmaal.map((j) => j.erhverv),
  ].filter((e, i, a) => a.findIndex((x) => x.uri === e.uri) === i);
  const [valgt, setValgt] = useState("");
  const [vis, setVis] = useState<string | null>(null);
  const svar = useBrancheskift(vis);
  if (mine.length === 0) return null;
  const fra = valgt || mine[0]!.uri;
  const tilfoej = (uri: string) =>
    gemJobmaal.mutate([
      ...cv.jobmaal.map((j, i) => ({ erhvervUri: j.erhverv.uri, brancheskift: j.brancheskift, prioritet: i + 1 })),
      { erhvervUri: uri, brancheskift: true, prioritet: cv.jobmaal.length + 1 },
    ]);
  return (
    <div className="mt-6" data-testid={ids.jobmaal.inspiration}>
      <h3>{t("cv.inspiration.heading")}</h3>
      <p className="ju-prose">{t("cv.inspiration.lead")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setVis(fra);
        }}
        noValidate
      >
        <SelectField
          id="cv-inspiration-fra"
          label={t("cv.inspiration.fra")}
          value={fra}
          onChange={setValgt}
          options={mine.map((m) => ({ value: m.uri, label: m.titel }))}
          testId={ids.jobmaal.inspirationFra}
        />
        <FormButtons submit={t("cv.inspiration.vis")} submitTestId={ids.jobmaal.inspirationVis} />
      </form>
      {vis ? (
        <QueryView query={svar}>
          {(b) =>
            b.erhverv.length === 0 ? (
              <p>{t("cv.inspiration.ingen")}</p>
            ) : (
              <ul className="nobullet-list" aria-label={t("cv.inspiration.liste", { titel: b.fra.titel })}>
                {b.erhverv.map((n, i) => {
                  const erMaal = cv.jobmaal.some((j) => j.erhverv.uri === n.uri);
                  return (
                    <li key={n.uri} className="ju-card" data-testid={ids.jobmaal.naert(i)}>
                      <h4 className="h5">{n.titel}</h4>
                      <p>{t("cv.inspiration.har", { har: n.har, af: n.af })}</p>
                      {n.mangler.length ? (
                        <p>
                          {t("cv.inspiration.mangler")} {n.mangler.map((m) => m.titel).join(", ")}
                        </p>
                      ) : (
                        <p>{t("cv.inspiration.manglerIngen")}</p>
                      )}
                      {n.faelles.length ? (
                        <p className="ju-small">
                          {t("cv.inspiration.faelles")} {n.faelles.map((m) => m.titel).join(", ")}
                        </p>
                      ) : null}
                      <p className="ju-small">
                        <Link
                          to={
                            n.mangler[0]
                              ? `/borger/marked?kompetence=${encodeURIComponent(n.mangler[0].uri)}`
                              : "/borger/marked"
                          }
                        >
                          {t("cv.inspiration.kurser")}
                        </Link>
                      </p>
                      {erMaal ? (
                        <p className="ju-small">{t("cv.inspiration.erMaal")}</p>
                      ) : (
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={gemJobmaal.isPending}
                          onClick={() => tilfoej(n.uri)}
                          data-testid={ids.jobmaal.naertTilfoej(i)}
                        >
                          {t("cv.inspiration.tilfoej")}
                          <span className="sr-only"> {n.titel}</span>
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )
          }
        </QueryView>
      ) : null}
    </div>
  );
}

/* ------------------------------------------------------------------ visibility */

function Synlighed({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const g = useGrundlag(cv);
  const [synlig, setSynlig] = useState(cv.synlig);
  const [naboer, setNaboer] = useState(cv.synligNaboer);
  const [omMig, setOmMig] = useState(cv.omMig ?? "");
  const gem = (e: FormEvent) => {
    e.preventDefault();
    g.gem({ synlig, synligNaboer: synlig && naboer, omMig: omMig.trim() || null });
  };
  return (
    <Sektion id="cv-synlighed" titel={t("cv.synlighed.heading")} testId={ids.synlighed.section}>
      <p className="ju-prose">{t("cv.synlighed.forklaring")}</p>
      <form onSubmit={gem} noValidate>
        <Fejl problem={g.problem} felter={{ "body.omMig": "cv-om-mig" }} />
        <TextArea
          id="cv-om-mig"
          label={t("cv.synlighed.omMig")}
          hint={t("cv.synlighed.omMigHint")}
          rows={4}
          maxLength={2000}
          value={omMig}
          onChange={setOmMig}
          error={fieldMessage(g.problem, ["body.omMig"])}
          testId={ids.synlighed.omMig}
        />
        <CheckboxField
          id="cv-synlig"
          label={t("cv.synlighed.synlig")}
          hint={t("cv.synlighed.synligHint")}
          checked={synlig}
          onChange={setSynlig}
          testId={ids.synlighed.synlig}
        />
        <CheckboxField
          id="cv-synlig-naboer"
          label={t("cv.synlighed.naboer")}
          hint={t("cv.synlighed.naboerHint")}
          checked={synlig && naboer}
          disabled={!synlig}
          onChange={setNaboer}
          testId={ids.synlighed.naboer}
        />
        <FormButtons submit={t("cv.gem")} submitTestId={ids.synlighed.gem} disabled={g.isPending} />
        <Gemt vis={g.gemt} />
      </form>
      <h3>{t("cv.synlighed.previewHeading")}</h3>
      {cv.synlig ? (
        <>
          <p className="ju-prose">{t("cv.synlighed.previewLead")}</p>
          <AnonymVisning cv={cv} idag={todayInDenmark()} />
        </>
      ) : (
        <p>{t("cv.synlighed.skjult")}</p>
      )}
    </Sektion>
  );
}

import type { ErrorCode, Problem } from "#contracts/errors.ts";
import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { FieldError } from "../../../ui/Field.tsx";
import { SubmitButton } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Reference } from "../../../ui/legal.tsx";
import { Alert, BackLink, Facts, Loading, PageHeading } from "../../../ui/page.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import type { Behov, Kanal, KanalRegel, LedigTid, MoedetypeValg, Muligheder, Samtale } from "../types.ts";
import { KANALER, useKanalNavn } from "../kanal.ts";
import { useBook, useFlyt, useGenindlaesTider, useLedigeTider } from "./queries.ts";
import { dagOverskrift, samtaleTid, tiderPerDag, tidsrum } from "../tid.ts";

/** What the flow is for: a new booking (for a need, or without one) or moving a booked conversation. */
export type Formaal = { art: "book"; behov: Behov | undefined } | { art: "flyt"; samtale: Samtale };

const DAGE_AD_GANGEN = 3;
const STEP_HEADING = "booking-step-heading";

/** Answers that mean "choose another time": the time list is asked again and shown with the message. */
const TIDSFEJL: ErrorCode[] = [
  "BOOKING_TID_OPTAGET",
  "BOOKING_BORGER_OPTAGET",
  "BOOKING_INTET_LOKALE",
  "BOOKING_UDEN_FOR_AABNINGSTID",
  "BOOKING_I_FORTIDEN",
  "BOOKING_FOR_KORT_VARSEL",
  "BOOKING_FOR_LANGT_UD",
];

/** The meeting types the citizen may choose between, with the channels the rule allows for each. */
function typerFor(data: Muligheder, formaal: Formaal): MoedetypeValg[] {
  if (formaal.art === "flyt") {
    const s = formaal.samtale;
    const t = data.moedetyper.find((m) => m.id === s.moedetype.id);
    return [
      t ?? {
        id: s.moedetype.id,
        kode: s.moedetype.kode,
        navn: s.moedetype.navn,
        varighedMin: Math.round((new Date(s.slut).getTime() - new Date(s.start).getTime()) / 60_000),
        aendringVarselTimer: 0,
        kanalRegel: { kanaler: [s.kanal], begrundelse: "" },
      },
    ];
  }
  if (!formaal.behov) return data.moedetyper;
  const fundne = formaal.behov.moedetyper
    .map((id) => data.moedetyper.find((m) => m.id === id))
    .filter((m): m is MoedetypeValg => m !== undefined);
  return fundne.length ? fundne : data.moedetyper;
}

/**
 * Booking or moving a conversation in three steps, each its own address (so the browser's back button goes one step
 * back): 1. the meeting type and the channel (only those the rule allows, with the rule's reason), 2. a free time,
 * grouped by day, 3. confirm. A time taken by someone else in the meantime sends the citizen back to step 2 with the
 * message and fresh times.
 */
export function BookingFlow({ data, formaal }: { data: Muligheder; formaal: Formaal }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Problem>();
  // One idempotency key per choice of time, kept while the flow is open: a retry of the same choice (after a lost
  // answer, or back and forth between the steps) cannot book twice; another choice gets a new key.
  const forsoeg = useRef<{ valg: string; noegle: string }>(undefined);
  const noegleFor = (valg: string) => {
    if (forsoeg.current?.valg !== valg) forsoeg.current = { valg, noegle: newUuid() };
    return forsoeg.current.noegle;
  };
  const typer = typerFor(data, formaal);
  const base: Record<string, string> =
    formaal.art === "flyt" ? { flyt: formaal.samtale.id } : { book: formaal.behov?.regelId ?? "fri" };
  const type = typer.find((m) => m.id === params.get("type"));
  const kanalParam = params.get("kanal") as Kanal | null;
  const kanal = type && kanalParam && type.kanalRegel.kanaler.includes(kanalParam) ? kanalParam : undefined;
  const tid = params.get("tid");
  const medarbejderId = params.get("mid");
  const step = !type || !kanal ? 1 : !tid || !medarbejderId ? 2 : 3;
  const regelId = formaal.art === "flyt" ? formaal.samtale.regelId : (formaal.behov?.regelId ?? null);

  // After a step, the keyboard and the screen reader continue at the new step's heading (an error summary takes the
  // focus itself). The first step shown gets none: the page heading has it.
  const foerste = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus moves when the step changes, not the problem
  useEffect(() => {
    if (foerste.current) {
      foerste.current = false;
      return;
    }
    if (!problem) document.getElementById(STEP_HEADING)?.focus();
  }, [step]);

  const gaaTil = (p: Record<string, string>, replace = false) => {
    setParams({ ...base, ...p }, { replace });
  };
  const overskrift =
    formaal.art === "flyt" ? t("samtaleBorger.booking.flytHeading") : t("samtaleBorger.booking.heading");

  return (
    <div data-testid={ids.booking.view}>
      <BackLink to="/borger/samtaler" testId={ids.booking.cancel}>
        {t("samtaleBorger.booking.tilbage")}
      </BackLink>
      <PageHeading testId={ids.booking.heading}>{overskrift}</PageHeading>
      {formaal.art === "book" && formaal.behov ? (
        <p className="font-lead">
          {formaal.behov.titel}.{" "}
          {formaal.behov.overskredet
            ? t("samtaleBorger.booking.fristOverskredet")
            : t("samtaleBorger.booking.fristLead", { dato: f.date(formaal.behov.frist) })}
        </p>
      ) : null}
      {formaal.art === "flyt" ? <NuvaerendeTid samtale={formaal.samtale} /> : null}
      {step === 1 ? (
        <TypeOgKanal
          typer={typer}
          formaal={formaal}
          typeId={type?.id}
          kanal={kanal}
          onNext={(typeId, k) => {
            setProblem(undefined);
            gaaTil({ type: typeId, kanal: k });
          }}
        />
      ) : step === 2 && type && kanal ? (
        <VaelgTid
          type={type}
          kanal={kanal}
          regelId={regelId}
          problem={problem}
          onRet={() => gaaTil({ type: type.id })}
          onNext={(valg) => {
            setProblem(undefined);
            gaaTil({
              type: type.id,
              kanal,
              tid: valg.start,
              mid: valg.medarbejderId,
              ...(valg.lokaleId ? { lokale: valg.lokaleId } : {}),
            });
          }}
        />
      ) : type && kanal && tid && medarbejderId ? (
        <Bekraeft
          formaal={formaal}
          type={type}
          kanal={kanal}
          regelId={regelId}
          valg={{ start: tid, medarbejderId, lokaleId: params.get("lokale") }}
          onAndenTid={() => gaaTil({ type: type.id, kanal })}
          onTidOptaget={(p) => {
            setProblem(p);
            gaaTil({ type: type.id, kanal }, true);
          }}
          noegleFor={noegleFor}
          onBooket={(s) =>
            navigate(`/borger/samtaler?kvittering=${s.id}${formaal.art === "flyt" ? "&flyttet=1" : ""}`, {
              replace: true,
            })
          }
        />
      ) : null}
    </div>
  );
}

/** When moving: the time the citizen has now, which is released when the new one is booked. */
function NuvaerendeTid({ samtale: s }: { samtale: Samtale }) {
  const { t } = useTranslation();
  const f = useFormat();
  const kanal = useKanalNavn("samtaleBorger");
  return (
    <p className="font-lead">
      {t("samtaleBorger.booking.nuvaerende", {
        navn: s.moedetype.navn,
        tid: samtaleTid(s.start, s.slut, f.lang),
        kanal: kanal(s.kanal).toLowerCase(),
      })}
    </p>
  );
}

function StepHeading({ children }: { children: string }) {
  return (
    <h2 id={STEP_HEADING} tabIndex={-1} className="ju-page-heading">
      {children}
    </h2>
  );
}

/** Step 1: which meeting (the need's preferred type first and chosen) and how (the channels the rule allows). */
function TypeOgKanal({
  typer,
  formaal,
  typeId,
  kanal: kanalParam,
  onNext,
}: {
  typer: MoedetypeValg[];
  formaal: Formaal;
  typeId: string | undefined;
  kanal: Kanal | undefined;
  onNext: (typeId: string, kanal: Kanal) => void;
}) {
  const { t } = useTranslation();
  const kanalNavn = useKanalNavn("samtaleBorger");
  const [valgtType, setValgtType] = useState(typeId ?? typer[0]?.id ?? "");
  const type = typer.find((m) => m.id === valgtType) ?? typer[0];
  const regel: KanalRegel = type?.kanalRegel ?? { kanaler: [], begrundelse: "" };
  const foreslaaet = (r: KanalRegel): Kanal | "" => {
    if (kanalParam && r.kanaler.includes(kanalParam)) return kanalParam;
    if (formaal.art === "flyt" && r.kanaler.includes(formaal.samtale.kanal)) return formaal.samtale.kanal;
    return r.kanaler.length === 1 ? r.kanaler[0]! : "";
  };
  const [valgtKanal, setValgtKanal] = useState<Kanal | "">(() => foreslaaet(regel));
  const [problem, setProblem] = useState<Problem>();
  const kanalGyldig = valgtKanal !== "" && regel.kanaler.includes(valgtKanal);

  const vaelgType = (id: string) => {
    setValgtType(id);
    const r = typer.find((m) => m.id === id)?.kanalRegel;
    if (r && !(valgtKanal !== "" && r.kanaler.includes(valgtKanal))) setValgtKanal(foreslaaet(r));
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!type) return;
    if (!kanalGyldig) {
      setProblem(validationProblem([{ path: "kanal", message: t("samtaleBorger.booking.vaelgKanal") }]));
      return;
    }
    setProblem(undefined);
    onNext(type.id, valgtKanal as Kanal);
  };
  const kanalFejl = fieldMessage(problem, ["kanal"]);

  if (!type)
    return (
      <Alert
        kind="info"
        headingLevel={3}
        heading={t("samtaleBorger.booking.ingenTyper")}
        testId={ids.booking.ingenTider}
      />
    );
  return (
    <form onSubmit={onSubmit} noValidate data-testid={ids.booking.step(1)}>
      <StepHeading>{t("samtaleBorger.booking.step1")}</StepHeading>
      {problem ? (
        <ErrorSummary problem={problem} fieldIds={{ kanal: `channel-${regel.kanaler[0] ?? "video"}` }} />
      ) : null}
      {formaal.art === "flyt" || typer.length === 1 ? (
        <p>
          <span className="weight-semibold">{t("samtaleBorger.booking.samtale")}:</span> {type.navn} (
          {t("samtaleBorger.booking.varighed", { min: type.varighedMin })})
        </p>
      ) : (
        <fieldset className="form-group">
          <legend className="form-label">{t("samtaleBorger.booking.hvilken")}</legend>
          {typer.map((m) => (
            <div className="form-group-radio" key={m.id}>
              <input
                type="radio"
                className="form-radio"
                name="moedetype"
                id={`type-${m.id}`}
                value={m.id}
                checked={valgtType === m.id}
                onChange={() => vaelgType(m.id)}
                data-testid={ids.booking.moedetype(m.id)}
              />
              <label className="form-label" htmlFor={`type-${m.id}`}>
                {m.navn} ({t("samtaleBorger.booking.varighed", { min: m.varighedMin })})
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <fieldset className={`form-group${kanalFejl ? " form-error" : ""}`} aria-describedby="channel-reason">
        <legend className="form-label">{t("samtaleBorger.booking.hvordan")}</legend>
        <div className="form-hint" id="channel-reason" data-testid={ids.booking.kanalBegrundelse}>
          <p className="mt-0 mb-2">{regel.begrundelse}</p>
          {regel.henvisning ? (
            <p className="mt-0 mb-0">
              {t("samtaleBorger.behov.henvisning")} <Reference henvisning={regel.henvisning} />
            </p>
          ) : null}
        </div>
        {kanalFejl ? <FieldError>{kanalFejl}</FieldError> : null}
        {KANALER.map((k) => {
          const tilladt = regel.kanaler.includes(k);
          return (
            <div className="form-group-radio" key={k}>
              <input
                type="radio"
                className="form-radio"
                name="kanal"
                id={`channel-${k}`}
                value={k}
                disabled={!tilladt}
                checked={valgtKanal === k}
                onChange={() => setValgtKanal(k)}
                data-testid={ids.booking.kanal(k)}
              />
              <label className="form-label" htmlFor={`channel-${k}`}>
                {kanalNavn(k)}
                {tilladt ? null : <span className="ju-muted"> – {t("samtaleBorger.booking.ikkeMuligt")}</span>}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div className="ju-button-row">
        <SubmitButton testId={ids.booking.next}>{t("samtaleBorger.booking.naesteTid")}</SubmitButton>
      </div>
    </form>
  );
}

/** Step 2: the free times before the deadline, grouped by Danish day, a few days at a time. */
function VaelgTid({
  type,
  kanal,
  regelId,
  problem,
  onRet,
  onNext,
}: {
  type: MoedetypeValg;
  kanal: Kanal;
  regelId: string | null;
  problem: Problem | undefined;
  onRet: () => void;
  onNext: (valg: LedigTid) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const kanalNavn = useKanalNavn("samtaleBorger");
  const query = useLedigeTider({ moedetypeId: type.id, kanal, regelId });
  const [valgt, setValgt] = useState<number>();
  const [mangler, setMangler] = useState<Problem>();
  const [dage, setDage] = useState(DAGE_AD_GANGEN);

  const onSubmit = (e: FormEvent, tider: LedigTid[]) => {
    e.preventDefault();
    const v = valgt === undefined ? undefined : tider[valgt];
    if (!v) {
      setMangler(validationProblem([{ path: "tid", message: t("samtaleBorger.booking.vaelgTid") }]));
      return;
    }
    setMangler(undefined);
    onNext(v);
  };
  const vist = mangler ?? problem;

  return (
    <div data-testid={ids.booking.step(2)}>
      <StepHeading>{t("samtaleBorger.booking.step2")}</StepHeading>
      {vist ? <ErrorSummary problem={vist} fieldIds={{ tid: "time-0" }} /> : null}
      <p data-testid={ids.booking.choices}>
        {t("samtaleBorger.booking.valgt", { navn: type.navn, kanal: kanalNavn(kanal).toLowerCase() })}{" "}
        <button type="button" className="function-link" onClick={onRet} data-testid={ids.booking.change}>
          {t("samtaleBorger.booking.ret")}
        </button>
      </p>
      <QueryView query={query}>
        {(d) => {
          const alleDage = [...tiderPerDag(d.tider).entries()];
          return (
            <>
              {d.frist ? (
                <p data-testid={ids.booking.frist}>
                  {t("samtaleBorger.booking.fristTider", { dato: f.date(d.frist) })}
                </p>
              ) : null}
              {d.alleMedarbejdere && d.tider.length > 0 ? <p>{t("samtaleBorger.booking.alleMedarbejdere")}</p> : null}
              {d.tider.length === 0 ? (
                <Alert
                  kind="info"
                  headingLevel={3}
                  testId={ids.booking.ingenTider}
                  heading={
                    d.frist
                      ? t("samtaleBorger.booking.ingenTiderFrist", { dato: f.date(d.frist) })
                      : t("samtaleBorger.booking.ingenTider")
                  }
                >
                  <p>{t("samtaleBorger.booking.ingenTiderHjaelp")}</p>
                </Alert>
              ) : (
                <form onSubmit={(e) => onSubmit(e, d.tider)} noValidate data-testid={ids.booking.tider}>
                  <fieldset className={`form-group${mangler ? " form-error" : ""}`}>
                    <legend className="form-label">{t("samtaleBorger.booking.ledigeTider")}</legend>
                    {mangler ? <FieldError>{fieldMessage(mangler, ["tid"])}</FieldError> : null}
                    {alleDage.slice(0, dage).map(([dag, tider]) => (
                      <fieldset key={dag} className="mt-5" data-testid={ids.booking.dag(dag)}>
                        <legend className="h4 mb-0">{dagOverskrift(tider[0]!.tid.start, f.lang)}</legend>
                        {tider.map(({ tid, n }) => (
                          <div className="form-group-radio" key={`${tid.start}-${tid.medarbejderId}`}>
                            <input
                              type="radio"
                              className="form-radio"
                              name="tid"
                              id={`time-${n}`}
                              checked={valgt === n}
                              onChange={() => setValgt(n)}
                              data-testid={ids.booking.tid(n)}
                            />
                            <label className="form-label" htmlFor={`time-${n}`}>
                              {tidsrum(tid.start, tid.slut, f.lang)}
                              {d.alleMedarbejdere && tid.medarbejderNavn ? (
                                <span className="ju-muted">
                                  {" "}
                                  – {t("samtaleBorger.booking.hos", { navn: tid.medarbejderNavn })}
                                </span>
                              ) : null}
                            </label>
                          </div>
                        ))}
                      </fieldset>
                    ))}
                  </fieldset>
                  {alleDage.length > dage ? (
                    <p>
                      <button
                        type="button"
                        className="button button-secondary"
                        onClick={() => setDage((n) => n + DAGE_AD_GANGEN)}
                      >
                        {t("samtaleBorger.booking.flereDage", {
                          count: Math.min(DAGE_AD_GANGEN, alleDage.length - dage),
                        })}
                      </button>
                    </p>
                  ) : null}
                  <div className="ju-button-row">
                    <SubmitButton testId={ids.booking.next}>{t("samtaleBorger.booking.naesteBekraeft")}</SubmitButton>
                  </div>
                </form>
              )}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}

/** Step 3: what will be booked, and the button (with the flow's idempotency key for this choice). */
function Bekraeft({
  formaal,
  type,
  kanal,
  regelId,
  valg,
  onAndenTid,
  onTidOptaget,
  onBooket,
  noegleFor,
}: {
  formaal: Formaal;
  type: MoedetypeValg;
  kanal: Kanal;
  regelId: string | null;
  valg: { start: string; medarbejderId: string; lokaleId: string | null };
  onAndenTid: () => void;
  onTidOptaget: (p: Problem) => void;
  onBooket: (s: Samtale) => void;
  noegleFor: (valg: string) => string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const kanalNavn = useKanalNavn("samtaleBorger");
  const tider = useLedigeTider({ moedetypeId: type.id, kanal, regelId });
  const genindlaes = useGenindlaesTider();
  const book = useBook();
  const flyt = useFlyt();
  const mutation = formaal.art === "flyt" ? flyt : book;
  if (tider.isPending) return <Loading />;
  const tid = tider.data?.tider.find((x) => x.start === valg.start && x.medarbejderId === valg.medarbejderId);
  const slut = tid?.slut ?? new Date(new Date(valg.start).getTime() + type.varighedMin * 60_000).toISOString();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (mutation.isPending) return;
    const body = {
      moedetypeId: type.id,
      kanal,
      start: valg.start,
      medarbejderId: valg.medarbejderId,
      lokaleId: valg.lokaleId,
      idempotensnoegle: noegleFor(`${type.id}|${kanal}|${valg.start}|${valg.medarbejderId}|${valg.lokaleId ?? ""}`),
    };
    const paaFejl = (err: unknown) => {
      const p = problemOf(err);
      if (p && TIDSFEJL.includes(p.code)) {
        void genindlaes();
        onTidOptaget(p);
      }
    };
    if (formaal.art === "flyt")
      flyt.mutate({ ...body, id: formaal.samtale.id }, { onSuccess: onBooket, onError: paaFejl });
    else
      book.mutate(
        { ...body, ...(formaal.behov ? { regelId: formaal.behov.regelId } : {}) },
        { onSuccess: onBooket, onError: paaFejl },
      );
  };
  const problem = problemOf(mutation.error);
  const visProblem = problem && !TIDSFEJL.includes(problem.code) ? problem : undefined;

  return (
    <form onSubmit={onSubmit} noValidate data-testid={ids.booking.step(3)}>
      <StepHeading>{t("samtaleBorger.booking.step3")}</StepHeading>
      {visProblem ? <ErrorSummary problem={visProblem} /> : null}
      {tider.data && !tid ? (
        <Alert kind="warning" headingLevel={3} heading={t("samtaleBorger.booking.tidForsvundet")} />
      ) : null}
      <Facts
        testId={ids.booking.summary}
        items={[
          [t("samtaleBorger.felt.samtale"), type.navn],
          [t("samtaleBorger.felt.tid"), samtaleTid(valg.start, slut, f.lang)],
          [t("samtaleBorger.felt.kanal"), kanalNavn(kanal)],
          [t("samtaleBorger.felt.medarbejder"), tid?.medarbejderNavn],
        ]}
      />
      {formaal.art === "flyt" ? <p>{t("samtaleBorger.booking.frigives")}</p> : null}
      <div className="ju-button-row">
        <SubmitButton disabled={mutation.isPending} testId={ids.booking.confirm}>
          {formaal.art === "flyt" ? t("samtaleBorger.booking.flytKnap") : t("samtaleBorger.booking.bookKnap")}
        </SubmitButton>
        <button type="button" className="button button-tertiary" onClick={onAndenTid}>
          {t("samtaleBorger.booking.andenTid")}
        </button>
      </div>
      {mutation.isPending ? <Loading label={t("samtaleBorger.booking.booker")} /> : null}
    </form>
  );
}

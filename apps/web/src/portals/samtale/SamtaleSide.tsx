import type { Problem } from "#contracts/errors.ts";
import { samtaleMedarbejderIds as ids } from "#contracts/testids-samtale-medarbejder.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { api, problemOf, validationProblem } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, Field, SelectField, TextArea } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { Alert, BackLink, Facts, InlineFact, Loading, PageHeading } from "../../ui/page.tsx";
import { Receipt } from "../../ui/Receipt.tsx";
import { newUuid } from "../../ui/uuid.ts";
import { QueryView } from "../common/QueryView.tsx";
import {
  SamtaleStatusBadge,
  samtalerKey,
  TidVaelger,
  useErSagsbehandler,
  useSamtaleTekster,
  VideoMoede,
} from "./SagSamtaler.tsx";
import { useKanalNavn } from "./kanal.ts";
import type { Aftale, LedigTid, Linje, Referat, Samtale } from "./types.ts";

const enc = encodeURIComponent;
/** The largest transcript the server takes (characters); a file is checked by its size first. */
const MAKS_TRANSSKRIPTION = 2_000_000;

type MoedeSamtale = Samtale & { borger: { id: string; navn: string } };

const samtaleKey = (id: string) => ["samtaleMedarbejder", "samtale", id] as const;
const referatKey = (id: string) => ["samtaleMedarbejder", "referat", id] as const;

/** What the page says after a change that took the caseworker here (a move lands on the new booking). */
interface SideState {
  flyttet?: boolean;
}

/**
 * The meeting view for the caseworker: the citizen, time, channel, room and check-in, the citizen's preparation,
 * the video meeting in one click, moving and cancelling, attendance once the meeting has begun (a no-show becomes
 * SAMTALE_UDEBLEVET on the case), and the minutes of a phone or video conversation: upload the transcript, edit the
 * draft, review what it says about other people, approve. Opening the page is logged in the citizen's access log.
 */
export function SamtaleSide() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const state = (useLocation().state as SideState | null) ?? {};
  const samtale = useQuery({
    queryKey: samtaleKey(id),
    queryFn: () => api<MoedeSamtale>(`/api/medarbejder/samtaler/${enc(id)}`),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    meta: { audited: true },
  });
  return (
    <div data-testid={ids.side.page}>
      <BackLink to="/medarbejder/kalender">{t("samtaleMedarbejder.meeting.back")}</BackLink>
      {samtale.isSuccess ? (
        <PageHeading>
          {t("samtaleMedarbejder.meeting.heading", {
            type: samtale.data.moedetype.navn,
            navn: samtale.data.borger.navn,
          })}
        </PageHeading>
      ) : (
        <PageHeading>{t("samtaleMedarbejder.meeting.headingLoading")}</PageHeading>
      )}
      <QueryView query={samtale}>{(s) => <Moede key={s.id} s={s} flyttet={!!state.flyttet} />}</QueryView>
    </div>
  );
}

function Moede({ s, flyttet }: { s: MoedeSamtale; flyttet: boolean }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const skriver = useErSagsbehandler();
  const me = useSession().data?.user.id;
  const queryClient = useQueryClient();
  /** A change's answer is the conversation without the citizen; keep the citizen from the page. */
  const opdater = (ny: Samtale) => {
    queryClient.setQueryData<MoedeSamtale>(samtaleKey(s.id), (old) => (old ? { ...ny, borger: old.borger } : old));
    void queryClient.invalidateQueries({ queryKey: samtalerKey(s.borger.id) });
    void queryClient.invalidateQueries({ queryKey: ["samtaleMedarbejder", "kalender"] });
  };
  // the attendance form leaves with the booked state, so its receipt is kept here
  const [registreret, setRegistreret] = useState<"afholdt" | "udeblevet">();
  const video = s.kanal === "video" && !!s.video && s.status === "booket";
  const referat = s.kanal !== "fremmoede" && (s.status === "afholdt" || !!s.referat);
  return (
    <>
      {flyttet ? (
        <Alert kind="success" heading={t("samtaleMedarbejder.move.receipt")} testId={ids.side.flyt.receipt}>
          <p>{t("samtaleMedarbejder.move.receiptText", { hvornaar: tx.hvornaar(s.start, s.slut) })}</p>
        </Alert>
      ) : null}
      <p className="font-lead" data-testid={ids.side.status}>
        <SamtaleStatusBadge status={s.status} /> {tx.hvornaar(s.start, s.slut)} · {tx.kanal(s.kanal)}
        {s.lokale?.navn ? ` · ${s.lokale.navn}` : ""}
      </p>
      <section
        aria-labelledby="meeting-preparation-heading"
        className="ju-card ju-card-kommende"
        data-testid={ids.side.forberedelse}
      >
        <h2 id="meeting-preparation-heading" className="ju-card-heading">
          {t("samtaleMedarbejder.meeting.preparation")}
        </h2>
        {s.forberedelse ? (
          <>
            <p className="ju-note-text font-lead">{s.forberedelse}</p>
            {s.forberedelseAendret ? (
              <p className="ju-muted ju-small">
                {t("samtaleMedarbejder.meeting.preparationWritten", { tid: tx.dateTime(s.forberedelseAendret) })}
              </p>
            ) : null}
          </>
        ) : (
          <p className="ju-muted">{t("samtaleMedarbejder.meeting.noPreparation")}</p>
        )}
      </section>
      {video ? (
        <section aria-labelledby="meeting-video-heading">
          <h2 id="meeting-video-heading">{t("samtaleMedarbejder.video.heading")}</h2>
          {s.medarbejder.id === me ? (
            <VideoMoede samtaleId={s.id} auto testId={ids.side.videoLink} />
          ) : (
            <p className="ju-muted">{t("samtaleMedarbejder.video.onlyOwn", { navn: s.medarbejder.navn })}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="meeting-facts-heading">
        <h2 id="meeting-facts-heading">{t("samtaleMedarbejder.meeting.facts")}</h2>
        <Facts
          testId={ids.side.facts}
          items={[
            [
              t("samtaleMedarbejder.facts.citizen"),
              <Link
                key="borger"
                to={`/medarbejder/borger/${s.borger.id}?fane=samtaler`}
                state={{ navn: s.borger.navn }}
                data-testid={ids.side.caseLink}
              >
                {s.borger.navn}
              </Link>,
            ],
            [t("samtaleMedarbejder.facts.type"), s.moedetype.navn],
            [t("samtaleMedarbejder.facts.time"), tx.hvornaar(s.start, s.slut)],
            [t("samtaleMedarbejder.facts.channel"), tx.kanal(s.kanal)],
            ...(s.kanal === "fremmoede"
              ? ([
                  [
                    t("samtaleMedarbejder.facts.room"),
                    s.lokale ? [s.lokale.navn, s.lokale.adresse].filter(Boolean).join(", ") : null,
                  ],
                  [t("samtaleMedarbejder.facts.checkin"), <CheckinTilstand key="checkin" s={s} />],
                ] as [string, ReactNode][])
              : []),
            [t("samtaleMedarbejder.facts.caseworker"), s.medarbejder.navn],
            [
              t("samtaleMedarbejder.facts.bookedBy"),
              s.booketAf === "borger"
                ? t("samtaleMedarbejder.facts.bookedByCitizen")
                : t("samtaleMedarbejder.facts.bookedByJobcentre"),
            ],
            ...(s.frist ? ([[t("samtaleMedarbejder.facts.deadline"), tx.date(s.frist)]] as [string, ReactNode][]) : []),
            ...(s.aflystAarsag
              ? ([[t("samtaleMedarbejder.facts.cancelReason"), s.aflystAarsag]] as [string, ReactNode][])
              : []),
          ]}
        />
      </section>
      {s.status === "booket" && skriver ? (
        <>
          <Fremmoede
            s={s}
            onDone={(ny, status) => {
              setRegistreret(status);
              opdater(ny);
            }}
          />
          <Flyt s={s} />
          <Aflys s={s} onDone={opdater} />
        </>
      ) : null}
      {registreret ? (
        <Receipt
          key={registreret}
          heading={t(`samtaleMedarbejder.attendance.done.${registreret}`)}
          headingLevel={2}
          testId={ids.side.fremmoedeReceipt}
        />
      ) : null}
      {s.status === "udeblevet" && !registreret ? (
        <Alert kind="warning" heading={t("samtaleMedarbejder.attendance.noShowHeading")}>
          <p>{t("samtaleMedarbejder.attendance.noShowText")}</p>
        </Alert>
      ) : null}
      {referat ? (
        <ReferatSektion
          s={s}
          skriver={skriver}
          onStatus={(status, referatId) =>
            queryClient.setQueryData<MoedeSamtale>(samtaleKey(s.id), (old) =>
              old ? { ...old, referat: { id: referatId, status } } : old,
            )
          }
        />
      ) : null}
    </>
  );
}

function CheckinTilstand({ s }: { s: Samtale }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  return (
    <span data-testid={ids.side.checkin}>
      {s.checketInd ? (
        <span className="badge badge-success">
          {t("samtaleMedarbejder.checkin.done", { tid: tx.klok(s.checketInd) })}
        </span>
      ) : (
        t("samtaleMedarbejder.checkin.notYet")
      )}
      {s.checkinKode && !s.checketInd ? (
        <span className="ju-muted"> · {t("samtaleMedarbejder.checkin.code", { kode: s.checkinKode })}</span>
      ) : null}
    </span>
  );
}

// ------------------------------------------------------------------------------------------------------- attendance

function Fremmoede({ s, onDone }: { s: Samtale; onDone: (s: Samtale, status: "afholdt" | "udeblevet") => void }) {
  const { t } = useTranslation();
  const [bekraeft, setBekraeft] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const registrer = useMutation({
    mutationFn: (status: "afholdt" | "udeblevet") =>
      api<Samtale>(`/api/medarbejder/samtaler/${enc(s.id)}/fremmoede`, { method: "POST", body: { status } }),
    onSuccess: (ny, status) => {
      setBekraeft(false);
      onDone(ny, status);
    },
  });
  useEffect(() => {
    if (bekraeft) confirmRef.current?.focus();
  }, [bekraeft]);
  const problem = problemOf(registrer.error);
  return (
    <section aria-labelledby="meeting-attendance-heading" className="ju-editor">
      <h2 id="meeting-attendance-heading">{t("samtaleMedarbejder.attendance.heading")}</h2>
      <p className="ju-prose">{t("samtaleMedarbejder.attendance.lead")}</p>
      {problem ? <ErrorSummary problem={problem} /> : null}
      {bekraeft ? (
        <div ref={confirmRef} tabIndex={-1} className="alert alert-warning">
          <div className="alert-body">
            <h3 className="alert-heading">{t("samtaleMedarbejder.attendance.confirmHeading")}</h3>
            <p className="alert-text">{t("samtaleMedarbejder.attendance.confirmText")}</p>
            <div className="ju-button-row">
              <button
                type="button"
                className="button button-primary"
                disabled={registrer.isPending}
                onClick={() => registrer.mutate("udeblevet")}
                data-testid={ids.side.udeblevetConfirm}
              >
                {t("samtaleMedarbejder.attendance.confirm")}
              </button>
              <button type="button" className="button button-tertiary" onClick={() => setBekraeft(false)}>
                {t("common.cancel")}
              </button>
            </div>
          </div>
        </div>
      ) : (
        <div className="ju-button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={registrer.isPending}
            onClick={() => registrer.mutate("afholdt")}
            data-testid={ids.side.fremmoede}
          >
            {t("samtaleMedarbejder.attendance.held")}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={registrer.isPending}
            onClick={() => setBekraeft(true)}
            data-testid={ids.side.udeblevet}
          >
            {t("samtaleMedarbejder.attendance.noShow")}
          </button>
        </div>
      )}
    </section>
  );
}

// --------------------------------------------------------------------------------------------------- move and cancel

function Flyt({ s }: { s: MoedeSamtale }) {
  const { t } = useTranslation();
  const kanalNavn = useKanalNavn("samtaleMedarbejder");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [medarbejderId, setMedarbejderId] = useState(s.medarbejder.id);
  const [tid, setTid] = useState<LedigTid>();
  const [indkaldelse, setIndkaldelse] = useState(true);
  const [noegle] = useState(newUuid);
  const [missing, setMissing] = useState<Problem>();
  const flyt = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Samtale>(`/api/medarbejder/samtaler/${enc(s.id)}/flyt`, { method: "POST", body }),
    onSuccess: (ny) => {
      void queryClient.invalidateQueries({ queryKey: samtalerKey(s.borger.id) });
      void queryClient.invalidateQueries({ queryKey: ["samtaleMedarbejder", "kalender"] });
      navigate(`/medarbejder/samtale/${ny.id}`, { replace: true, state: { flyttet: true } satisfies SideState });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (flyt.isPending) return;
    if (!tid) {
      setMissing(validationProblem([{ path: "body.start", message: t("samtaleMedarbejder.book.timeRequired") }]));
      return;
    }
    setMissing(undefined);
    flyt.mutate({
      moedetypeId: s.moedetype.id,
      kanal: s.kanal,
      start: tid.start,
      medarbejderId: tid.medarbejderId,
      lokaleId: tid.lokaleId,
      idempotensnoegle: noegle,
      indkaldelse,
    });
  };
  const problem = missing ?? problemOf(flyt.error);
  return (
    <details className="details">
      <summary className="details-summary" data-testid={ids.side.flyt.open}>
        {t("samtaleMedarbejder.move.heading")}
      </summary>
      <div className="details-text">
        <p className="ju-prose">{t("samtaleMedarbejder.move.lead", { kanal: kanalNavn(s.kanal) })}</p>
        {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.start": "move-time" }} /> : null}
        <form onSubmit={onSubmit} noValidate>
          <SelectField
            id="move-caseworker"
            label={t("samtaleMedarbejder.book.caseworker")}
            value={medarbejderId}
            onChange={(v) => {
              setMedarbejderId(v);
              setTid(undefined);
            }}
            testId={ids.side.flyt.medarbejder}
            options={[
              { value: s.medarbejder.id, label: s.medarbejder.navn },
              { value: "alle", label: t("samtaleMedarbejder.book.allCaseworkers") },
            ]}
          />
          <div id="move-time">
            <TidVaelger
              valg={{ borgerId: s.borger.id, moedetypeId: s.moedetype.id, kanal: s.kanal, medarbejderId }}
              value={tid}
              onChange={(x) => {
                setTid(x);
                if (x) setMissing(undefined);
              }}
              error={fieldMessage(problem, ["body.start"])}
            />
          </div>
          <CheckboxField
            id="move-invitation"
            label={t("samtaleMedarbejder.book.invitation")}
            hint={t("samtaleMedarbejder.move.invitationHint")}
            checked={indkaldelse}
            onChange={setIndkaldelse}
            testId={ids.side.flyt.indkaldelse}
          />
          <div className="ju-button-row">
            <SubmitButton disabled={flyt.isPending} testId={ids.side.flyt.submit}>
              {t("samtaleMedarbejder.move.submit")}
            </SubmitButton>
          </div>
        </form>
      </div>
    </details>
  );
}

function Aflys({ s, onDone }: { s: Samtale; onDone: (s: Samtale) => void }) {
  const { t } = useTranslation();
  const [aarsag, setAarsag] = useState("");
  const [missing, setMissing] = useState<Problem>();
  const aflys = useMutation({
    mutationFn: (a: string) =>
      api<Samtale>(`/api/medarbejder/samtaler/${enc(s.id)}/aflys`, { method: "POST", body: { aarsag: a } }),
    onSuccess: onDone,
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (aflys.isPending) return;
    if (!aarsag.trim()) {
      setMissing(validationProblem([{ path: "body.aarsag", message: t("samtaleMedarbejder.cancel.reasonRequired") }]));
      return;
    }
    setMissing(undefined);
    aflys.mutate(aarsag.trim());
  };
  const problem = missing ?? problemOf(aflys.error);
  return (
    <details className="details">
      <summary className="details-summary" data-testid={ids.side.aflys.open}>
        {t("samtaleMedarbejder.cancel.heading")}
      </summary>
      <div className="details-text">
        <p className="ju-prose">{t("samtaleMedarbejder.cancel.lead")}</p>
        {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.aarsag": "cancel-reason" }} /> : null}
        <form onSubmit={onSubmit} noValidate>
          <TextArea
            id="cancel-reason"
            label={t("samtaleMedarbejder.cancel.reason")}
            error={fieldMessage(problem, ["body.aarsag"])}
            rows={3}
            maxLength={500}
            value={aarsag}
            onChange={setAarsag}
            testId={ids.side.aflys.aarsag}
          />
          <div className="ju-button-row">
            <SubmitButton variant="secondary" disabled={aflys.isPending} testId={ids.side.aflys.submit}>
              {t("samtaleMedarbejder.cancel.submit")}
            </SubmitButton>
          </div>
        </form>
      </div>
    </details>
  );
}

// ------------------------------------------------------------------------------------------------------ the minutes

/**
 * The minutes: nothing here reaches the citizen before approval. Upload (or paste) the transcript, get a draft, edit
 * it, tick each finding about other people as reviewed, approve; then it is read-only with the citizen's comments.
 */
function ReferatSektion({
  s,
  skriver,
  onStatus,
}: {
  s: Samtale;
  skriver: boolean;
  onStatus: (status: "udkast" | "godkendt", referatId: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const referat = useQuery({
    queryKey: referatKey(s.id),
    queryFn: () => api<Referat>(`/api/medarbejder/samtaler/${enc(s.id)}/referat`),
    enabled: !!s.referat,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    meta: { audited: true },
  });
  const [netopGodkendt, setNetopGodkendt] = useState(false);
  const saet = (r: Referat) => {
    queryClient.setQueryData(referatKey(s.id), r);
    onStatus(r.status, r.id);
    if (r.status === "godkendt") setNetopGodkendt(true);
  };
  const r = referat.data;
  return (
    <section aria-labelledby="minutes-heading" data-testid={ids.side.referat.section}>
      <h2 id="minutes-heading">{t("samtaleMedarbejder.minutes.heading")}</h2>
      {r?.status !== "godkendt" ? (
        <Alert
          kind="info"
          heading={t("samtaleMedarbejder.minutes.notShownHeading")}
          headingLevel={3}
          testId={ids.side.referat.notice}
        >
          <p>{t("samtaleMedarbejder.minutes.notShownText")}</p>
        </Alert>
      ) : null}
      {s.referat && referat.isPending ? <Loading /> : null}
      {referat.isError ? <QueryView query={referat}>{() => null}</QueryView> : null}
      {r?.status === "godkendt" ? (
        <Godkendt r={r} fokus={netopGodkendt} />
      ) : r ? (
        <>
          <Udkast r={r} skriver={skriver} onSaved={saet} />
          {skriver ? (
            <details className="details">
              <summary className="details-summary">{t("samtaleMedarbejder.minutes.replace")}</summary>
              <div className="details-text">
                <Upload samtaleId={s.id} onDone={saet} />
              </div>
            </details>
          ) : null}
        </>
      ) : !s.referat ? (
        skriver ? (
          <Upload samtaleId={s.id} onDone={saet} />
        ) : (
          <p className="ju-empty">{t("samtaleMedarbejder.minutes.none")}</p>
        )
      ) : null}
    </section>
  );
}

function Upload({ samtaleId, onDone }: { samtaleId: string; onDone: (r: Referat) => void }) {
  const { t } = useTranslation();
  const [fil, setFil] = useState<File>();
  const [tekst, setTekst] = useState("");
  const [laeser, setLaeser] = useState(false);
  const [missing, setMissing] = useState<Problem>();
  const upload = useMutation({
    mutationFn: (body: { transskription: string; kilde?: "webvtt" | "tekst" }) =>
      api<Referat>(`/api/medarbejder/samtaler/${enc(samtaleId)}/referat`, { method: "POST", body }),
    onSuccess: onDone,
  });
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (upload.isPending || laeser) return;
    const fejl = (message: string, path = "body.transskription") => setMissing(validationProblem([{ path, message }]));
    if (!fil && !tekst.trim()) return fejl(t("samtaleMedarbejder.minutes.transcriptRequired"));
    if (fil && fil.size > MAKS_TRANSSKRIPTION * 2) return fejl(t("samtaleMedarbejder.minutes.tooLarge"));
    let transskription = tekst;
    if (fil) {
      setLaeser(true);
      try {
        // read in the browser and sent as text: the file itself is never stored
        transskription = await fil.text();
      } catch {
        return fejl(t("samtaleMedarbejder.minutes.unreadable"));
      } finally {
        setLaeser(false);
      }
    }
    if (!transskription.trim()) return fejl(t("samtaleMedarbejder.minutes.transcriptRequired"));
    if (transskription.length > MAKS_TRANSSKRIPTION) return fejl(t("samtaleMedarbejder.minutes.tooLarge"));
    setMissing(undefined);
    const vtt = fil ? /\.vtt$/i.test(fil.name) : /^\uFEFF?WEBVTT/.test(transskription);
    upload.mutate({ transskription, ...(vtt ? { kilde: "webvtt" as const } : {}) });
  };
  const problem = missing ?? problemOf(upload.error);
  const FEJL = ["body.transskription", "body.kilde"];
  return (
    <form onSubmit={onSubmit} noValidate data-testid={ids.side.referat.upload}>
      <h3>{t("samtaleMedarbejder.minutes.uploadHeading")}</h3>
      <p className="ju-prose">{t("samtaleMedarbejder.minutes.uploadLead")}</p>
      {problem ? (
        <ErrorSummary
          problem={problem}
          fieldIds={{ "body.transskription": "minutes-file", "body.kilde": "minutes-file" }}
        />
      ) : null}
      <Field
        id="minutes-file"
        label={t("samtaleMedarbejder.minutes.file")}
        hint={t("samtaleMedarbejder.minutes.fileHint")}
        error={fieldMessage(problem, FEJL)}
      >
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".vtt,.txt,text/vtt,text/plain"
            onChange={(e) => setFil(e.target.files?.[0])}
            data-testid={ids.side.referat.fil}
          />
        )}
      </Field>
      <TextArea
        id="minutes-paste"
        label={t("samtaleMedarbejder.minutes.paste")}
        hint={t("samtaleMedarbejder.minutes.pasteHint")}
        rows={6}
        value={tekst}
        onChange={setTekst}
        testId={ids.side.referat.tekst}
      />
      <div className="ju-button-row">
        <SubmitButton disabled={upload.isPending || laeser} testId={ids.side.referat.uploadSubmit}>
          {t("samtaleMedarbejder.minutes.makeDraft")}
        </SubmitButton>
      </div>
      {upload.isPending || laeser ? <Loading label={t("samtaleMedarbejder.minutes.working")} /> : null}
    </form>
  );
}

/** The transcript lines an agreement or topic came from, shown on demand. */
function Linjer({ nr, linjer, testId }: { nr: number[] | undefined; linjer: Linje[]; testId?: string }) {
  const { t } = useTranslation();
  if (!nr?.length) return null;
  const valgte = linjer.filter((l) => nr.includes(l.nr));
  return (
    <details className="details" data-testid={testId}>
      <summary className="details-summary">
        {t("samtaleMedarbejder.minutes.lines", { count: nr.length, linjer: nr.join(", ") })}
      </summary>
      <div className="details-text">
        <ul className="nobullet-list">
          {valgte.map((l) => (
            <li key={l.nr}>
              <span className="ju-muted ju-small">
                {t("samtaleMedarbejder.minutes.line", { nr: l.nr })}
                {l.start ? ` · ${l.start}` : ""}
              </span>
              <blockquote className="ju-prose">
                {l.taler ? <strong>{l.taler}: </strong> : null}
                {l.tekst}
              </blockquote>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

function Aftaler({ aftaler, linjer }: { aftaler: Aftale[]; linjer: Linje[] }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  return (
    <section aria-labelledby="minutes-agreements-heading">
      <h3 id="minutes-agreements-heading">{t("samtaleMedarbejder.minutes.agreements")}</h3>
      {aftaler.length === 0 ? (
        <p className="ju-empty">{t("samtaleMedarbejder.minutes.noAgreements")}</p>
      ) : (
        <ul className="nobullet-list ju-cards">
          {aftaler.map((a, i) => (
            <li key={a.id ?? i} className="ju-card" data-testid={ids.side.referat.aftale(i)}>
              <dl className="ju-inline-facts">
                <InlineFact label={t("samtaleMedarbejder.minutes.who")}>{a.hvem}</InlineFact>
                <InlineFact label={t("samtaleMedarbejder.minutes.what")}>{a.hvad}</InlineFact>
                <InlineFact label={t("samtaleMedarbejder.minutes.byWhen")}>
                  {a.frist ? tx.date(a.frist) : null}
                  {a.frist && a.fristTekst ? ` (${a.fristTekst})` : (a.fristTekst ?? null)}
                  {!a.frist && !a.fristTekst ? t("samtaleMedarbejder.minutes.noDeadline") : null}
                </InlineFact>
              </dl>
              <Linjer nr={a.linjer} linjer={linjer} testId={ids.side.referat.aftaleLinjer(i)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Udkast({ r, skriver, onSaved }: { r: Referat; skriver: boolean; onSaved: (r: Referat) => void }) {
  const { t } = useTranslation();
  const [tekst, setTekst] = useState(r.tekst);
  const [gemtTekst, setGemtTekst] = useState(r.tekst);
  const [gennemgaaet, setGennemgaaet] = useState<Set<string>>(new Set());
  const [gemt, setGemt] = useState(false);
  const [missing, setMissing] = useState<Problem>();
  // a new upload replaces the text
  if (r.tekst !== gemtTekst) {
    setGemtTekst(r.tekst);
    setTekst(r.tekst);
  }
  const gem = useMutation({
    mutationFn: (x: string) =>
      api<Referat>(`/api/medarbejder/samtaler/${enc(r.samtaleId)}/referat`, { method: "PUT", body: { tekst: x } }),
  });
  const godkend = useMutation({
    mutationFn: async (x: { tekst: string; aendret: boolean; gennemgaaet: string[] }) => {
      // an edit not yet saved is saved first: what is approved is the text on the screen
      if (x.aendret) onSaved(await gem.mutateAsync(x.tekst));
      return api<Referat>(`/api/medarbejder/samtaler/${enc(r.samtaleId)}/referat/godkend`, {
        method: "POST",
        body: { gennemgaaet: x.gennemgaaet },
      });
    },
    onSuccess: onSaved,
  });
  const aendret = tekst !== r.tekst;
  const onGem = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending || godkend.isPending) return;
    if (!tekst.trim()) {
      setMissing(validationProblem([{ path: "body.tekst", message: t("samtaleMedarbejder.minutes.textRequired") }]));
      return;
    }
    setMissing(undefined);
    godkend.reset();
    gem.mutate(tekst, {
      onSuccess: (ny) => {
        setGemt(true);
        onSaved(ny);
      },
    });
  };
  const onGodkend = () => {
    if (gem.isPending || godkend.isPending) return;
    if (!tekst.trim()) {
      setMissing(validationProblem([{ path: "body.tekst", message: t("samtaleMedarbejder.minutes.textRequired") }]));
      return;
    }
    setMissing(undefined);
    setGemt(false);
    gem.reset();
    godkend.mutate({
      tekst,
      aendret,
      gennemgaaet: r.flag.map((f) => f.noegle).filter((n) => gennemgaaet.has(n)),
    });
  };
  const problem = missing ?? problemOf(godkend.error) ?? problemOf(gem.error);
  const tekstLinjer = r.tekst.split("\n");
  const flagIds = Object.fromEntries(r.flag.map((f, i) => [`flag.${f.noegle}`, `minutes-finding-${i}`]));
  return (
    <div data-testid={ids.side.referat.draft}>
      <h3>
        {t("samtaleMedarbejder.minutes.draftHeading")}{" "}
        <span className="badge badge-warning">{t("samtaleMedarbejder.minutes.state.udkast")}</span>
      </h3>
      {r.deltagere.length ? (
        <p className="ju-prose">
          {t("samtaleMedarbejder.minutes.participants")}: {r.deltagere.join(", ")}
        </p>
      ) : null}
      {problem ? <ErrorSummary problem={problem} fieldIds={{ ...flagIds, "body.tekst": "minutes-text" }} /> : null}
      <form onSubmit={onGem} noValidate>
        {skriver ? (
          <TextArea
            id="minutes-text"
            label={t("samtaleMedarbejder.minutes.text")}
            hint={t("samtaleMedarbejder.minutes.textHint")}
            error={fieldMessage(problem, ["body.tekst"])}
            rows={16}
            maxLength={100_000}
            value={tekst}
            onChange={(v) => {
              setTekst(v);
              setGemt(false);
            }}
            testId={ids.side.referat.text}
          />
        ) : (
          <div className="ju-note-text" data-testid={ids.side.referat.text}>
            {r.tekst}
          </div>
        )}
        <Aftaler aftaler={r.aftaler} linjer={r.linjer} />
        {r.droeftet.length ? (
          <section aria-labelledby="minutes-topics-heading" data-testid={ids.side.referat.droeftet}>
            <h3 id="minutes-topics-heading">{t("samtaleMedarbejder.minutes.topics")}</h3>
            <ul className="nobullet-list ju-cards">
              {r.droeftet.map((d, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the topics are a fixed list of one draft
                <li key={i} className="ju-card">
                  <p className="ju-card-heading weight-semibold">{d.emne}</p>
                  <p className="ju-prose">{d.resume}</p>
                  <Linjer nr={d.linjer} linjer={r.linjer} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <fieldset className="form-group">
          <legend className="form-label">
            <span className="h3">{t("samtaleMedarbejder.minutes.findings")}</span>
          </legend>
          <p className="ju-prose">{t("samtaleMedarbejder.minutes.findingsLead")}</p>
          {r.flag.length === 0 ? (
            <p className="ju-empty">{t("samtaleMedarbejder.minutes.noFindings")}</p>
          ) : (
            r.flag.map((f, i) => (
              <div key={f.noegle} className="ju-card ju-card-proposal" data-testid={ids.side.referat.flag(i)}>
                <p className="ju-card-heading">
                  <span className="badge badge-warning">
                    {t(`samtaleMedarbejder.minutes.flagArt.${f.art}`, { defaultValue: f.art })}
                  </span>{" "}
                  <span className="weight-semibold">“{f.tekst}”</span>
                </p>
                <p className="ju-prose">{f.begrundelse}</p>
                {f.linje && tekstLinjer[f.linje - 1] ? (
                  <p className="ju-muted ju-small">
                    {t("samtaleMedarbejder.minutes.textLine", { nr: f.linje })}: <q>{tekstLinjer[f.linje - 1]}</q>
                  </p>
                ) : null}
                {skriver ? (
                  <CheckboxField
                    id={`minutes-finding-${i}`}
                    label={t("samtaleMedarbejder.minutes.reviewed", { tekst: f.tekst })}
                    checked={gennemgaaet.has(f.noegle)}
                    onChange={(c) =>
                      setGennemgaaet((g) => {
                        const ny = new Set(g);
                        if (c) ny.add(f.noegle);
                        else ny.delete(f.noegle);
                        return ny;
                      })
                    }
                    testId={ids.side.referat.flagCheck(i)}
                  />
                ) : null}
              </div>
            ))
          )}
        </fieldset>
        {skriver ? (
          <div className="ju-button-row">
            <SubmitButton
              variant="secondary"
              disabled={gem.isPending || godkend.isPending}
              testId={ids.side.referat.save}
            >
              {t("samtaleMedarbejder.minutes.save")}
            </SubmitButton>
            <button
              type="button"
              className="button button-primary"
              disabled={gem.isPending || godkend.isPending}
              onClick={onGodkend}
              data-testid={ids.side.referat.approve}
            >
              {t("samtaleMedarbejder.minutes.approve")}
            </button>
          </div>
        ) : null}
        {gemt && !aendret ? (
          <p className="ju-muted-note" role="status" data-testid={ids.side.referat.saved}>
            {t("samtaleMedarbejder.minutes.saved")}
          </p>
        ) : null}
      </form>
    </div>
  );
}

/** The approved minutes, read-only, with the citizen's comments; `fokus` when the caseworker has just approved them. */
function Godkendt({ r, fokus }: { r: Referat; fokus: boolean }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  return (
    <div data-testid={ids.side.referat.approved}>
      <Receipt heading={t("samtaleMedarbejder.minutes.approvedHeading")} focus={fokus}>
        <p>
          {t("samtaleMedarbejder.minutes.approvedText", {
            tid: r.godkendt ? tx.dateTime(r.godkendt) : "",
            navn: r.godkendtAf ?? "",
          })}
        </p>
      </Receipt>
      <h3>{t("samtaleMedarbejder.minutes.approvedTextHeading")}</h3>
      <div className="ju-note-text" data-testid={ids.side.referat.approvedText}>
        {r.tekst}
      </div>
      <Aftaler aftaler={r.aftaler} linjer={r.linjer} />
      <section aria-labelledby="minutes-comments-heading" data-testid={ids.side.referat.kommentarer}>
        <h3 id="minutes-comments-heading">{t("samtaleMedarbejder.minutes.comments")}</h3>
        {r.kommentarer.length === 0 ? (
          <p className="ju-empty">{t("samtaleMedarbejder.minutes.noComments")}</p>
        ) : (
          <ul className="nobullet-list ju-cards">
            {r.kommentarer.map((k) => (
              <li key={k.id} className="ju-card">
                <p className="ju-muted ju-small">{tx.dateTime(k.oprettet)}</p>
                <p className="ju-note-text">{k.tekst}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import type { Problem } from "#contracts/errors.ts";
import { samtaleMedarbejderIds as ids } from "#contracts/testids-samtale-medarbejder.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, problemOf, validationProblem } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, FieldError, SelectField, TextArea } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { formatTimeOfDay, useFormat } from "../../ui/format.ts";
import { Reference } from "../../ui/legal.tsx";
import { InlineFact, Loading } from "../../ui/page.tsx";
import { Receipt } from "../../ui/Receipt.tsx";
import { newUuid } from "../../ui/uuid.ts";
import { QueryView } from "../common/QueryView.tsx";
import { KANALER, useKanalNavn } from "./kanal.ts";
import { dagNoegle, fraTil, stortForbogstav, tiderPerDag } from "./tid.ts";
import type {
  Behov,
  Kanal,
  KanalRegel,
  LedigeTider,
  LedigTid,
  MoedetypeValg,
  Muligheder,
  Samtale,
  SamtaleStatus,
  VideoLink,
} from "./types.ts";

const enc = encodeURIComponent;

/** The caseworker's answer also names the citizen's own caseworker (the default in the booking form). */
type SagMuligheder = Muligheder & { sagsbehandlerId?: string | null };

interface Sagsbehandler {
  id: string;
  navn: string;
  team: string | null;
}

// ------------------------------------------------------------------------------------------------------ shared parts

/** A React id usable in HTML ids and CSS selectors. */
export const useDomId = () => useId().replace(/[^a-zA-Z0-9_-]/g, "");

/** The query key of a citizen's conversations (the case tab); the meeting page marks it stale after a change. */
export const samtalerKey = (borgerId: string) => ["samtaleMedarbejder", "borger", borgerId, "samtaler"] as const;

/** Formatters for the conversations: "mandag 23. november", "10.30–11.15", the channel and status in words. */
export function useSamtaleTekster() {
  const { t } = useTranslation();
  const f = useFormat();
  const kanal = useKanalNavn("samtaleMedarbejder");
  return {
    ...f,
    klok: (iso: string) => formatTimeOfDay(new Date(iso), f.lang),
    tidsrum: (start: string, slut: string) => fraTil(start, slut, f.lang),
    /** A calendar date (YYYY-MM-DD) with its weekday: "Mandag 23. november" (`stort` false: "mandag 23. november"). */
    ugedag: (dato: string, stort = true) => {
      const s = f.weekdayDate(dato);
      return stort ? stortForbogstav(s) : s;
    },
    /** "torsdag den 26. november 2026 kl. 10.00–10.45" */
    hvornaar: (start: string, slut: string) =>
      t("samtaleMedarbejder.when", { dato: f.weekdayDate(start, true), tid: fraTil(start, slut, f.lang) }),
    kanal,
    status: (s: SamtaleStatus) => t(`samtaleMedarbejder.status.${s}`),
  };
}

const STATUS_BADGE: Record<SamtaleStatus, string> = {
  booket: "badge-info",
  afholdt: "badge-success",
  udeblevet: "badge-error",
  aflyst: "ju-badge-neutral",
  flyttet: "ju-badge-neutral",
};

/** A conversation's status as a badge. */
export function SamtaleStatusBadge({ status, testId }: { status: SamtaleStatus; testId?: string }) {
  const tx = useSamtaleTekster();
  return (
    <span className={`badge ${STATUS_BADGE[status]}`} data-testid={testId}>
      {tx.status(status)}
    </span>
  );
}

/** The municipality's caseworkers (to book with someone else, or to look at a colleague's calendar). */
export const useSagsbehandlere = () =>
  useQuery({
    queryKey: ["samtaleMedarbejder", "sagsbehandlere"],
    queryFn: () => api<Sagsbehandler[]>("/api/medarbejder/sagsbehandlere"),
    staleTime: 10 * 60_000,
  });

/** Whether the user writes (a caseworker), rather than reads (a manager). */
export const useErSagsbehandler = () => {
  const role = useSession().data?.user.role;
  return role === "jobkonsulent" || role === "virksomhedskonsulent";
};

/**
 * The caseworker's personal link to a video meeting. Asking for it is logged in the citizen's access log ("Åbnet
 * videomøde"), so it is fetched when asked for (`auto` on the meeting page, where the caseworker holds the meeting).
 */
export function VideoMoede({
  samtaleId,
  auto,
  testId,
  showTestId,
}: {
  samtaleId: string;
  auto: boolean;
  testId: string;
  showTestId?: string;
}) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const [asked, setAsked] = useState(auto);
  const link = useQuery({
    queryKey: ["samtaleMedarbejder", "video", samtaleId],
    queryFn: () => api<VideoLink>(`/api/medarbejder/samtaler/${enc(samtaleId)}/video`),
    enabled: asked,
    staleTime: 5 * 60_000,
    gcTime: 0,
    meta: { audited: true },
  });
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (link.isSuccess && !auto) ref.current?.focus();
  }, [link.isSuccess, auto]);
  if (!asked)
    return (
      <button type="button" className="button button-secondary" onClick={() => setAsked(true)} data-testid={showTestId}>
        {t("samtaleMedarbejder.video.show")}
      </button>
    );
  if (link.isPending) return <Loading label={t("samtaleMedarbejder.video.loading")} />;
  if (link.isError) {
    const p = problemOf(link.error);
    return p ? <ErrorSummary problem={p} focus={false} /> : null;
  }
  return (
    <div>
      <a
        ref={ref}
        className="button button-primary"
        href={link.data.url}
        target="_blank"
        rel="noopener noreferrer"
        data-testid={testId}
      >
        {t("samtaleMedarbejder.video.open")}
        <span className="sr-only"> {t("samtaleMedarbejder.video.newWindow")}</span>
      </a>
      <p className="ju-muted-note">
        {t("samtaleMedarbejder.video.valid", {
          fra: tx.dateTime(link.data.gyldigFra),
          til: tx.dateTime(link.data.gyldigTil),
        })}
      </p>
    </div>
  );
}

/** What the time picker is asked for. */
export interface TidValg {
  borgerId: string;
  moedetypeId: string;
  kanal: Kanal;
  /** a caseworker's id, or "alle" for every caseworker */
  medarbejderId: string;
  regelId?: string;
}

const tidNoegle = (t: LedigTid) => `${t.start}|${t.medarbejderId}|${t.lokaleId ?? ""}`;

/**
 * Free times for a meeting type and channel, with one caseworker or all: a day, then the times of that day as radio
 * buttons (with the caseworker's name when several are offered). Each search is logged by the server.
 */
export function TidVaelger({
  valg,
  value,
  onChange,
  error,
}: {
  valg: TidValg;
  value: LedigTid | undefined;
  onChange: (t: LedigTid | undefined) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const uid = useDomId();
  const qs = new URLSearchParams({ moedetypeId: valg.moedetypeId, kanal: valg.kanal });
  if (valg.medarbejderId && valg.medarbejderId !== "alle") qs.set("medarbejderId", valg.medarbejderId);
  if (valg.regelId) qs.set("regelId", valg.regelId);
  const tider = useQuery({
    queryKey: ["samtaleMedarbejder", "tider", valg.borgerId, qs.toString()],
    queryFn: () => api<LedigeTider>(`/api/medarbejder/borgere/${enc(valg.borgerId)}/samtaler/tider?${qs}`),
    enabled: !!valg.moedetypeId,
    staleTime: 60_000,
    gcTime: 0,
    meta: { audited: true },
  });
  const [dag, setDag] = useState("");
  const perDag = tiderPerDag(tider.data?.tider ?? []);
  const dage = [...perDag.keys()];
  const valgtDag = dage.includes(dag) ? dag : (dage[0] ?? "");
  // a new search drops a time that is no longer offered
  useEffect(() => {
    if (value && tider.data && !tider.data.tider.some((x) => tidNoegle(x) === tidNoegle(value))) onChange(undefined);
  }, [tider.data, value, onChange]);
  if (!valg.moedetypeId) return null;
  return (
    <QueryView query={tider}>
      {(d) => {
        const flere = d.alleMedarbejdere || new Set(d.tider.map((x) => x.medarbejderId)).size > 1;
        if (d.tider.length === 0)
          return (
            <p className="ju-empty" data-testid={ids.tider.empty}>
              {t("samtaleMedarbejder.times.none", { fra: tx.date(d.fra), til: tx.date(d.til) })}
            </p>
          );
        return (
          <div className={`form-group${error ? " form-error" : ""}`}>
            {d.frist ? (
              <p className="ju-prose">
                {d.frist < dagNoegle(d.fra)
                  ? t("samtaleMedarbejder.times.deadlinePassed", { frist: tx.date(d.frist) })
                  : t("samtaleMedarbejder.times.deadline", { frist: tx.date(d.frist) })}
              </p>
            ) : null}
            <SelectField
              id={`${uid}-dag`}
              label={t("samtaleMedarbejder.times.day")}
              hint={t("samtaleMedarbejder.times.dayHint", { fra: tx.date(d.fra), til: tx.date(d.til) })}
              value={valgtDag}
              onChange={setDag}
              testId={ids.tider.day}
              options={dage.map((x) => ({ value: x, label: tx.ugedag(x) }))}
            />
            <fieldset aria-describedby={error ? `${uid}-tid-error` : undefined}>
              <legend className="form-label">
                {t("samtaleMedarbejder.times.legend", { dag: tx.ugedag(valgtDag, false) })}
              </legend>
              {error ? <FieldError id={`${uid}-tid-error`}>{error}</FieldError> : null}
              {perDag.get(valgtDag)?.map(({ tid: x, n: i }) => (
                <div className="form-group-radio" key={tidNoegle(x)}>
                  <input
                    type="radio"
                    className="form-radio"
                    id={`${uid}-tid-${i}`}
                    name={`${uid}-tid`}
                    checked={!!value && tidNoegle(value) === tidNoegle(x)}
                    onChange={() => onChange(x)}
                    data-testid={ids.tider.time(i)}
                  />
                  <label className="form-label" htmlFor={`${uid}-tid-${i}`}>
                    {tx.tidsrum(x.start, x.slut)}
                    {flere ? ` · ${x.medarbejderNavn}` : ""}
                  </label>
                </div>
              ))}
            </fieldset>
          </div>
        );
      }}
    </QueryView>
  );
}

/** The channels a meeting type allows for the citizen, as radio buttons with the rule's reason. */
function KanalValg({ regel, value, onChange }: { regel: KanalRegel; value: Kanal | ""; onChange: (k: Kanal) => void }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const uid = useDomId();
  return (
    <fieldset className="form-group" aria-describedby={`${uid}-hint`}>
      <legend className="form-label">{t("samtaleMedarbejder.book.channel")}</legend>
      <span className="form-hint" id={`${uid}-hint`} data-testid={ids.sag.book.kanalBegrundelse}>
        {regel.begrundelse}
        {regel.henvisning ? (
          <>
            {" "}
            (<Reference henvisning={regel.henvisning} />)
          </>
        ) : null}
      </span>
      {KANALER.filter((k) => regel.kanaler.includes(k)).map((k) => (
        <div className="form-group-radio" key={k}>
          <input
            type="radio"
            className="form-radio"
            id={`${uid}-${k}`}
            name={`${uid}-kanal`}
            checked={value === k}
            onChange={() => onChange(k)}
            data-testid={ids.sag.book.kanal(k)}
          />
          <label className="form-label" htmlFor={`${uid}-${k}`}>
            {tx.kanal(k)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

// ------------------------------------------------------------------------------------------------------------ the tab

/**
 * The case's Samtaler tab: the conversations the law asks for now (deadline, rule and explanation), the citizen's
 * booked and earlier conversations, booking on the citizen's behalf with a written invitation, and the concrete
 * assessment of whether the citizen must meet in person. Every fetch of the citizen's conversations is logged.
 */
export function SagSamtaler({ borgerId, formaal: _formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const skriver = useErSagsbehandler();
  const data = useQuery({
    queryKey: samtalerKey(borgerId),
    queryFn: () => api<SagMuligheder>(`/api/medarbejder/borgere/${enc(borgerId)}/samtaler`),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    meta: { audited: true },
  });
  const [booking, setBooking] = useState<{ behov?: Behov; n: number }>();
  const bookRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (booking) bookRef.current?.focus();
  }, [booking]);
  return (
    <div data-testid={ids.sag.panel}>
      <h2>{t("samtaleMedarbejder.tab.heading")}</h2>
      <QueryView query={data}>
        {(m) => {
          const bookede = m.samtaler
            .filter((s) => s.status === "booket")
            .sort((a, b) => a.start.localeCompare(b.start));
          const tidligere = m.samtaler
            .filter((s) => s.status !== "booket")
            .sort((a, b) => b.start.localeCompare(a.start));
          return (
            <>
              <BehovListe
                behov={m.behov}
                moedetyper={m.moedetyper}
                kanBooke={skriver}
                onBook={(b) => setBooking((x) => ({ behov: b, n: (x?.n ?? 0) + 1 }))}
              />
              <section aria-labelledby="samtaler-booked-heading">
                <h3 id="samtaler-booked-heading">{t("samtaleMedarbejder.tab.booked")}</h3>
                {bookede.length ? (
                  <SamtaleListe samtaler={bookede} testId={ids.sag.booked} />
                ) : (
                  <p className="ju-empty">{t("samtaleMedarbejder.tab.noBooked")}</p>
                )}
              </section>
              <section aria-labelledby="samtaler-earlier-heading">
                <h3 id="samtaler-earlier-heading">{t("samtaleMedarbejder.tab.earlier")}</h3>
                {tidligere.length ? (
                  <SamtaleListe samtaler={tidligere} testId={ids.sag.earlier} />
                ) : (
                  <p className="ju-empty">{t("samtaleMedarbejder.tab.noEarlier")}</p>
                )}
              </section>
              {skriver ? (
                <section aria-labelledby="samtaler-book-heading" className="ju-editor">
                  <h3 id="samtaler-book-heading" ref={bookRef} tabIndex={-1}>
                    {t("samtaleMedarbejder.book.heading")}
                  </h3>
                  <BookForm
                    key={booking?.n ?? 0}
                    borgerId={borgerId}
                    muligheder={m}
                    behov={booking?.behov}
                    onCancelBehov={() => setBooking((x) => ({ n: (x?.n ?? 0) + 1 }))}
                  />
                </section>
              ) : null}
              <KanalVurdering borgerId={borgerId} vurdering={m.kanalVurdering} skriver={skriver} />
            </>
          );
        }}
      </QueryView>
    </div>
  );
}

function BehovListe({
  behov,
  moedetyper,
  kanBooke,
  onBook,
}: {
  behov: Behov[];
  moedetyper: MoedetypeValg[];
  kanBooke: boolean;
  onBook: (b: Behov) => void;
}) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  return (
    <section aria-labelledby="samtaler-needs-heading">
      <h3 id="samtaler-needs-heading">{t("samtaleMedarbejder.needs.heading")}</h3>
      {behov.length === 0 ? (
        <p className="ju-empty">{t("samtaleMedarbejder.needs.none")}</p>
      ) : (
        <ul className="nobullet-list ju-cards" data-testid={ids.sag.behov}>
          {behov.map((b) => (
            <li
              key={b.regelId}
              className={`ju-card ${b.overskredet ? "ju-card-forfalden" : "ju-card-kommende"}`}
              data-testid={ids.sag.behovItem(b.regelId)}
            >
              <p className="ju-card-heading weight-semibold">{b.titel}</p>
              <dl className="ju-inline-facts">
                <InlineFact label={t("samtaleMedarbejder.needs.deadline")}>
                  {tx.date(b.frist)}{" "}
                  {b.overskredet ? (
                    <span className="badge badge-error">{t("samtaleMedarbejder.needs.overdue")}</span>
                  ) : null}
                </InlineFact>
                <InlineFact label={t("common.reference")}>
                  <Reference henvisning={b.henvisning} />
                </InlineFact>
                {b.indkaldt ? (
                  <InlineFact label={t("samtaleMedarbejder.needs.invited")}>{tx.date(b.indkaldt)}</InlineFact>
                ) : null}
              </dl>
              <p className="ju-prose ju-explanation">{b.forklaring}</p>
              {kanBooke && b.moedetyper.some((id) => moedetyper.some((m) => m.id === id)) ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => onBook(b)}
                  data-testid={ids.sag.behovBook(b.regelId)}
                >
                  {t("samtaleMedarbejder.needs.book")}
                  <span className="sr-only"> {b.titel}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SamtaleListe({ samtaler, testId }: { samtaler: Samtale[]; testId: string }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const me = useSession().data?.user.id;
  return (
    <ul className="nobullet-list ju-cards" data-testid={testId}>
      {samtaler.map((s) => (
        <li key={s.id} className="ju-card" data-testid={ids.sag.item(s.id)}>
          <p className="ju-card-heading weight-semibold">
            <Link to={`/medarbejder/samtale/${s.id}`} data-testid={ids.sag.itemLink(s.id)}>
              {t("samtaleMedarbejder.tab.itemTitle", { type: s.moedetype.navn, dato: tx.date(s.start) })}
            </Link>
          </p>
          <dl className="ju-inline-facts">
            <InlineFact label={t("samtaleMedarbejder.facts.time")}>{tx.tidsrum(s.start, s.slut)}</InlineFact>
            <InlineFact label={t("samtaleMedarbejder.facts.channel")}>{tx.kanal(s.kanal)}</InlineFact>
            {s.lokale?.navn ? (
              <InlineFact label={t("samtaleMedarbejder.facts.room")}>{s.lokale.navn}</InlineFact>
            ) : null}
            <InlineFact label={t("samtaleMedarbejder.facts.caseworker")}>{s.medarbejder.navn}</InlineFact>
            <InlineFact label={t("samtaleMedarbejder.facts.status")}>
              <SamtaleStatusBadge status={s.status} />
            </InlineFact>
            {s.referat ? (
              <InlineFact label={t("samtaleMedarbejder.facts.minutes")}>
                {t(`samtaleMedarbejder.minutes.state.${s.referat.status}`)}
              </InlineFact>
            ) : null}
          </dl>
          {s.status === "aflyst" && s.aflystAarsag ? (
            <p className="ju-muted">{t("samtaleMedarbejder.tab.cancelledBecause", { aarsag: s.aflystAarsag })}</p>
          ) : null}
          {s.forberedelse ? <p className="ju-muted">{t("samtaleMedarbejder.tab.hasPreparation")}</p> : null}
          {s.kanal === "video" && s.status === "booket" && s.video && s.medarbejder.id === me ? (
            <VideoMoede
              samtaleId={s.id}
              auto={false}
              testId={ids.sag.videoLink(s.id)}
              showTestId={ids.sag.videoShow(s.id)}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const BOOK_IDS = { moedetype: "book-meeting-type", medarbejder: "book-caseworker", tid: "book-time" };

/**
 * Booking on the citizen's behalf: meeting type, a channel the rule allows, a caseworker (the citizen's own by
 * default, or all), a free time and the written invitation (sent by default). The summary is the confirmation; the
 * idempotency key is made with the form, so a double click books once.
 */
function BookForm({
  borgerId,
  muligheder,
  behov,
  onCancelBehov,
}: {
  borgerId: string;
  muligheder: SagMuligheder;
  behov?: Behov;
  onCancelBehov: () => void;
}) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const queryClient = useQueryClient();
  const me = useSession().data?.user.id ?? "";
  const kolleger = useSagsbehandlere();
  const typer = behov ? muligheder.moedetyper.filter((m) => behov.moedetyper.includes(m.id)) : muligheder.moedetyper;
  const [moedetypeId, setMoedetypeId] = useState(typer[0]?.id ?? "");
  const type = muligheder.moedetyper.find((m) => m.id === moedetypeId);
  const [kanal, setKanal] = useState<Kanal | "">(type?.kanalRegel.kanaler[0] ?? "");
  const [medarbejderId, setMedarbejderId] = useState(muligheder.sagsbehandlerId ?? me);
  const [tid, setTid] = useState<LedigTid>();
  const [indkaldelse, setIndkaldelse] = useState(true);
  const [noegle, setNoegle] = useState(newUuid);
  const [missing, setMissing] = useState<Problem>();
  const [booket, setBooket] = useState<Samtale>();

  const book = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<Samtale>(`/api/medarbejder/borgere/${enc(borgerId)}/samtaler`, { method: "POST", body }),
    onSuccess: (s) => {
      setBooket(s);
      setTid(undefined);
      setNoegle(newUuid());
      void queryClient.invalidateQueries({ queryKey: samtalerKey(borgerId) });
      void queryClient.invalidateQueries({ queryKey: ["samtaleMedarbejder", "tider", borgerId] });
    },
  });

  const kanaler = type?.kanalRegel.kanaler ?? [];
  const gyldigKanal: Kanal | "" = kanal && kanaler.includes(kanal) ? kanal : (kanaler[0] ?? "");
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (book.isPending) return;
    if (!tid || !type || !gyldigKanal) {
      setMissing(validationProblem([{ path: "body.start", message: t("samtaleMedarbejder.book.timeRequired") }]));
      return;
    }
    setMissing(undefined);
    book.mutate({
      moedetypeId: type.id,
      kanal: gyldigKanal,
      start: tid.start,
      medarbejderId: tid.medarbejderId,
      lokaleId: tid.lokaleId,
      idempotensnoegle: noegle,
      indkaldelse,
      ...(behov ? { regelId: behov.regelId } : {}),
    });
  };
  const problem = missing ?? problemOf(book.error);
  const medarbejderOptions = [
    { value: "alle", label: t("samtaleMedarbejder.book.allCaseworkers") },
    ...(kolleger.data ?? []).map((k) => ({
      value: k.id,
      label:
        k.id === muligheder.sagsbehandlerId ? t("samtaleMedarbejder.book.ownCaseworker", { navn: k.navn }) : k.navn,
    })),
  ];
  return (
    <>
      {booket ? (
        <Receipt key={booket.id} heading={t("samtaleMedarbejder.book.receipt")} testId={ids.sag.book.receipt}>
          <p>
            {t("samtaleMedarbejder.book.receiptText", {
              type: booket.moedetype.navn,
              hvornaar: tx.hvornaar(booket.start, booket.slut),
              kanal: tx.kanal(booket.kanal),
              navn: booket.medarbejder.navn,
            })}
          </p>
          <p>
            <Link to={`/medarbejder/samtale/${booket.id}`}>{t("samtaleMedarbejder.book.openBooked")}</Link>
          </p>
        </Receipt>
      ) : null}
      {behov ? (
        <p className="ju-prose">
          {t("samtaleMedarbejder.book.forNeed", { titel: behov.titel, frist: tx.date(behov.frist) })}{" "}
          <button type="button" className="button button-tertiary" onClick={onCancelBehov}>
            {t("samtaleMedarbejder.book.anyNeed")}
          </button>
        </p>
      ) : null}
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.start": `${BOOK_IDS.tid}` }} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={ids.sag.book.form}>
        <SelectField
          id={BOOK_IDS.moedetype}
          label={t("samtaleMedarbejder.book.type")}
          value={moedetypeId}
          onChange={(v) => {
            setMoedetypeId(v);
            setTid(undefined);
          }}
          testId={ids.sag.book.moedetype}
          options={typer.map((m) => ({
            value: m.id,
            label: t("samtaleMedarbejder.book.typeOption", { navn: m.navn, min: m.varighedMin }),
          }))}
        />
        {type ? (
          <KanalValg
            regel={type.kanalRegel}
            value={gyldigKanal}
            onChange={(k) => {
              setKanal(k);
              setTid(undefined);
            }}
          />
        ) : null}
        <SelectField
          id={BOOK_IDS.medarbejder}
          label={t("samtaleMedarbejder.book.caseworker")}
          hint={t("samtaleMedarbejder.book.caseworkerHint")}
          value={medarbejderId}
          onChange={(v) => {
            setMedarbejderId(v);
            setTid(undefined);
          }}
          testId={ids.sag.book.medarbejder}
          options={medarbejderOptions}
        />
        <div id={BOOK_IDS.tid}>
          {type && gyldigKanal ? (
            <TidVaelger
              valg={{ borgerId, moedetypeId: type.id, kanal: gyldigKanal, medarbejderId, regelId: behov?.regelId }}
              value={tid}
              onChange={(x) => {
                setTid(x);
                if (x) setMissing(undefined);
              }}
              error={fieldMessage(problem, ["body.start"])}
            />
          ) : null}
        </div>
        <CheckboxField
          id="book-invitation"
          label={t("samtaleMedarbejder.book.invitation")}
          hint={t("samtaleMedarbejder.book.invitationHint")}
          checked={indkaldelse}
          onChange={setIndkaldelse}
          testId={ids.sag.book.indkaldelse}
        />
        {tid && type && gyldigKanal ? (
          <div className="alert alert-info" role="status" data-testid={ids.tider.summary}>
            <div className="alert-body">
              <p className="alert-heading">{t("samtaleMedarbejder.book.summaryHeading")}</p>
              <p className="alert-text">
                {t("samtaleMedarbejder.book.summary", {
                  type: type.navn,
                  kanal: tx.kanal(gyldigKanal).toLowerCase(),
                  hvornaar: tx.hvornaar(tid.start, tid.slut),
                  navn: tid.medarbejderNavn,
                })}{" "}
                {indkaldelse
                  ? t("samtaleMedarbejder.book.summaryLetter")
                  : t("samtaleMedarbejder.book.summaryNoLetter")}
              </p>
            </div>
          </div>
        ) : null}
        <div className="ju-button-row">
          <SubmitButton disabled={book.isPending} testId={ids.sag.book.submit}>
            {t("samtaleMedarbejder.book.submit")}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

/**
 * The concrete assessment of whether the citizen's conversations must be held in person (LAB § 33, stk. 1), with its
 * reason; the latest one is shown, and a new one replaces it.
 */
function KanalVurdering({
  borgerId,
  vurdering,
  skriver,
}: {
  borgerId: string;
  vurdering: Muligheder["kanalVurdering"];
  skriver: boolean;
}) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const queryClient = useQueryClient();
  const [kraev, setKraev] = useState(vurdering?.kraevFremmoede ?? false);
  const [begrundelse, setBegrundelse] = useState("");
  const [missing, setMissing] = useState<Problem>();
  const [gemt, setGemt] = useState(false);
  const gem = useMutation({
    mutationFn: (body: { kraevFremmoede: boolean; begrundelse: string }) =>
      api<Muligheder["kanalVurdering"]>(`/api/medarbejder/borgere/${enc(borgerId)}/kanalvurdering`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      setGemt(true);
      setBegrundelse("");
      void queryClient.invalidateQueries({ queryKey: samtalerKey(borgerId) });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending) return;
    if (begrundelse.trim().length < 10) {
      setMissing(
        validationProblem([{ path: "body.begrundelse", message: t("samtaleMedarbejder.assessment.reasonRequired") }]),
      );
      return;
    }
    setMissing(undefined);
    gem.mutate({ kraevFremmoede: kraev, begrundelse: begrundelse.trim() });
  };
  const problem = missing ?? problemOf(gem.error);
  return (
    <section aria-labelledby="samtaler-assessment-heading" className="ju-editor">
      <h3 id="samtaler-assessment-heading">{t("samtaleMedarbejder.assessment.heading")}</h3>
      <p className="ju-prose">{t("samtaleMedarbejder.assessment.lead")}</p>
      <div data-testid={ids.sag.vurdering.current}>
        {vurdering ? (
          <p className="ju-prose">
            <strong>
              {vurdering.kraevFremmoede
                ? t("samtaleMedarbejder.assessment.required")
                : t("samtaleMedarbejder.assessment.notRequired")}
            </strong>{" "}
            {t("samtaleMedarbejder.assessment.by", { af: vurdering.af, dato: tx.date(vurdering.dato) })}{" "}
            {t("samtaleMedarbejder.assessment.reason")}: {vurdering.begrundelse}
          </p>
        ) : (
          <p className="ju-muted">{t("samtaleMedarbejder.assessment.none")}</p>
        )}
      </div>
      {gemt && !gem.isPending ? (
        <p className="ju-muted-note" role="status" data-testid={ids.sag.vurdering.receipt}>
          {t("samtaleMedarbejder.assessment.saved")}
        </p>
      ) : null}
      {skriver ? (
        <>
          {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.begrundelse": "assessment-reason" }} /> : null}
          <form onSubmit={onSubmit} noValidate data-testid={ids.sag.vurdering.form}>
            <CheckboxField
              id="assessment-require"
              label={t("samtaleMedarbejder.assessment.require")}
              hint={t("samtaleMedarbejder.assessment.requireHint")}
              checked={kraev}
              onChange={setKraev}
              testId={ids.sag.vurdering.kraev}
            />
            <TextArea
              id="assessment-reason"
              label={t("samtaleMedarbejder.assessment.reasonLabel")}
              hint={t("samtaleMedarbejder.assessment.reasonHint")}
              error={fieldMessage(problem, ["body.begrundelse"])}
              rows={4}
              maxLength={2000}
              value={begrundelse}
              onChange={setBegrundelse}
              testId={ids.sag.vurdering.begrundelse}
            />
            <div className="ju-button-row">
              <SubmitButton variant="secondary" disabled={gem.isPending} testId={ids.sag.vurdering.submit}>
                {t("samtaleMedarbejder.assessment.save")}
              </SubmitButton>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}

import { samtaleMedarbejderIds as ids } from "#contracts/testids-samtale-medarbejder.ts";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api, problemOf } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { SelectField } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { BackLink, InlineFact, Loading, PageHeading } from "../../ui/page.tsx";
import { Receipt } from "../../ui/Receipt.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { dagNoegle, plusDage } from "./tid.ts";
import { SamtaleStatusBadge, useErSagsbehandler, useSamtaleTekster } from "./SagSamtaler.tsx";
import type { Kalender as KalenderData, Samtale } from "./types.ts";

const enc = encodeURIComponent;
/** How often the calendar asks again, so a check-in at the reception shows without a reload. */
const POLL_MS = 15_000;

type KalenderSamtale = KalenderData["samtaler"][number];

/** The ISO week number of a calendar date. */
function ugenummer(dato: string): number {
  const [y, m, d] = dato.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  // the Thursday of the date's week decides the year, and its distance from 1 January the number
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const nytaar = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - nytaar) / 86_400_000 + 1) / 7);
}

/** Does an absence [fra, til) touch the Danish calendar day? */
function fravaerPaaDag(f: { fra: string; til: string }, dato: string): boolean {
  const fraDag = dagNoegle(f.fra);
  const tilDag = dagNoegle(new Date(new Date(f.til).getTime() - 1));
  return fraDag <= dato && dato <= tilDag;
}

/**
 * The caseworker's calendar: a week (Monday to Friday, a list per day) of their own or a colleague's conversations
 * and absences, with a colleague's booking to take over, and the caseworker's unread notifications (a citizen has
 * checked in at the reception, has written their preparation, has commented on the minutes). The week and the
 * colleague are kept in the address. The calendar asks again every 15 seconds.
 */
export function Kalender() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const uge = params.get("uge") ?? "";
  const medarbejderId = params.get("medarbejderId") ?? "";
  const qs = new URLSearchParams();
  if (uge) qs.set("uge", uge);
  if (medarbejderId) qs.set("medarbejderId", medarbejderId);
  const kalender = useQuery({
    queryKey: ["samtaleMedarbejder", "kalender", uge, medarbejderId],
    queryFn: () => api<KalenderData>(`/api/medarbejder/kalender${qs.size ? `?${qs}` : ""}`),
    refetchInterval: POLL_MS,
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
  const saet = (aendr: (p: URLSearchParams) => void) =>
    setParams((p) => {
      aendr(p);
      return p;
    });
  return (
    <div data-testid={ids.kalender.page}>
      <BackLink to="/medarbejder">{t("samtaleMedarbejder.calendar.back")}</BackLink>
      <PageHeading>{t("samtaleMedarbejder.calendar.heading")}</PageHeading>
      <p className="font-lead">{t("samtaleMedarbejder.calendar.lead")}</p>
      <QueryView query={kalender}>
        {(k) => (
          <div className="row">
            <div className="col-12 col-lg-8">
              <VaelgMedarbejder
                kalender={k}
                valgt={medarbejderId}
                onVaelg={(id) =>
                  saet((p) => {
                    if (id) p.set("medarbejderId", id);
                    else p.delete("medarbejderId");
                  })
                }
              />
              <Uge
                kalender={k}
                onUge={(u) =>
                  saet((p) => {
                    if (u) p.set("uge", u);
                    else p.delete("uge");
                  })
                }
              />
            </div>
            <div className="col-12 col-lg-4">
              <Notifikationer notifikationer={k.notifikationer} />
            </div>
          </div>
        )}
      </QueryView>
    </div>
  );
}

/** Whose calendar is shown: the caseworker's own by default, or a colleague's (a manager picks one). */
function VaelgMedarbejder({
  kalender,
  valgt,
  onVaelg,
}: {
  kalender: KalenderData;
  valgt: string;
  onVaelg: (id: string) => void;
}) {
  const { t } = useTranslation();
  const me = useSession().data?.user.id ?? "";
  const skriver = useErSagsbehandler();
  const [value, setValue] = useState(valgt || (skriver ? "" : (kalender.medarbejder?.id ?? "")));
  useEffect(() => setValue(valgt), [valgt]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    onVaelg(value === me ? "" : value);
  };
  const options = [
    ...(skriver ? [{ value: "", label: t("samtaleMedarbejder.calendar.own") }] : []),
    ...kalender.kolleger
      .filter((k) => k.id !== me)
      .map((k) => ({ value: k.id, label: k.team ? `${k.navn} (${k.team})` : k.navn })),
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="ju-inline-form">
      <SelectField
        id="calendar-caseworker"
        label={t("samtaleMedarbejder.calendar.whose")}
        value={value}
        onChange={setValue}
        testId={ids.kalender.medarbejder}
        placeholder={skriver ? undefined : t("samtaleMedarbejder.calendar.choose")}
        options={options}
      />
      <SubmitButton variant="secondary" testId={ids.kalender.medarbejderVis}>
        {t("samtaleMedarbejder.calendar.show")}
      </SubmitButton>
    </form>
  );
}

function Uge({ kalender, onUge }: { kalender: KalenderData; onUge: (uge: string) => void }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const me = useSession().data?.user.id ?? "";
  const skriver = useErSagsbehandler();
  const kollega = !!kalender.medarbejder && kalender.medarbejder.id !== me;
  const dage = [0, 1, 2, 3, 4].map((i) => plusDage(kalender.uge, i));
  const weekend = kalender.samtaler.filter((s) => !dage.includes(dagNoegle(s.start)));
  const [overtaget, setOvertaget] = useState<Samtale>();
  const queryClient = useQueryClient();
  const overtag = useMutation({
    mutationFn: (s: KalenderSamtale) =>
      api<Samtale>(`/api/medarbejder/samtaler/${enc(s.id)}/overtag`, { method: "POST" }),
    // the answer is the conversation without the citizen; the name is the one the calendar showed
    onSuccess: (ny, s) => {
      setOvertaget({ ...ny, borger: s.borger });
      void queryClient.invalidateQueries({ queryKey: ["samtaleMedarbejder", "kalender"] });
    },
  });
  const problem = problemOf(overtag.error);
  const item = (s: KalenderSamtale) => (
    <KalenderPunkt
      key={s.id}
      s={s}
      overtag={
        kollega && skriver && s.status === "booket"
          ? { onClick: () => overtag.mutate(s), disabled: overtag.isPending }
          : undefined
      }
    />
  );
  return (
    <section aria-labelledby="calendar-week-heading">
      <h2 id="calendar-week-heading" data-testid={ids.kalender.week}>
        {kalender.medarbejder
          ? t("samtaleMedarbejder.calendar.weekOf", {
              uge: ugenummer(kalender.uge),
              fra: tx.date(dage[0]),
              til: tx.date(dage[4]),
              navn: kalender.medarbejder.navn,
            })
          : t("samtaleMedarbejder.calendar.week", {
              uge: ugenummer(kalender.uge),
              fra: tx.date(dage[0]),
              til: tx.date(dage[4]),
            })}
      </h2>
      <div className="ju-button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onUge(plusDage(kalender.uge, -7))}
          data-testid={ids.kalender.previous}
        >
          <Icon name="chevron-left" />
          {t("samtaleMedarbejder.calendar.previous")}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => onUge("")}
          data-testid={ids.kalender.today}
        >
          {t("samtaleMedarbejder.calendar.today")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onUge(plusDage(kalender.uge, 7))}
          data-testid={ids.kalender.next}
        >
          {t("samtaleMedarbejder.calendar.next")}
          <Icon name="chevron-right" />
        </button>
      </div>
      {overtaget ? (
        <Receipt
          key={overtaget.id}
          heading={t("samtaleMedarbejder.calendar.takenOver")}
          testId={ids.kalender.overtagReceipt}
        >
          <p>
            {t("samtaleMedarbejder.calendar.takenOverText", {
              navn: overtaget.borger?.navn ?? "",
              hvornaar: tx.hvornaar(overtaget.start, overtaget.slut),
            })}
          </p>
        </Receipt>
      ) : null}
      {problem ? <ErrorSummary problem={problem} /> : null}
      {kalender.medarbejder ? null : <p className="ju-empty">{t("samtaleMedarbejder.calendar.nobody")}</p>}
      {kalender.medarbejder
        ? dage.map((dato) => {
            const samtaler = kalender.samtaler.filter((s) => dagNoegle(s.start) === dato);
            const fravaer = kalender.fravaer.filter((f) => fravaerPaaDag(f, dato));
            return (
              <div key={dato} data-testid={ids.kalender.day(dato)}>
                <h3>{tx.ugedag(dato)}</h3>
                {fravaer.map((f) => (
                  <p key={f.id} className="ju-prose" data-testid={ids.kalender.absence(f.id)}>
                    <span className="badge badge-warning">{t("samtaleMedarbejder.calendar.absence")}</span> {f.aarsag}
                  </p>
                ))}
                {samtaler.length ? (
                  <ul className="nobullet-list ju-cards">{samtaler.map(item)}</ul>
                ) : fravaer.length ? null : (
                  <p className="ju-empty">{t("samtaleMedarbejder.calendar.noConversations")}</p>
                )}
              </div>
            );
          })
        : null}
      {weekend.length ? (
        <section aria-labelledby="calendar-weekend">
          <h3 id="calendar-weekend">{t("samtaleMedarbejder.calendar.weekend")}</h3>
          <ul className="nobullet-list ju-cards">{weekend.map(item)}</ul>
        </section>
      ) : null}
    </section>
  );
}

function KalenderPunkt({ s, overtag }: { s: KalenderSamtale; overtag?: { onClick: () => void; disabled: boolean } }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  return (
    <li className="ju-card ju-card-kommende" data-testid={ids.kalender.item(s.id)}>
      <p className="ju-card-heading">
        <span className="weight-semibold">{tx.tidsrum(s.start, s.slut)}</span>{" "}
        <Link to={`/medarbejder/samtale/${s.id}`} data-testid={ids.kalender.itemLink(s.id)}>
          {s.borger.navn}
        </Link>
        {s.checketInd ? (
          <>
            {" "}
            <span className="badge badge-success" data-testid={ids.kalender.checkedIn(s.id)}>
              {t("samtaleMedarbejder.checkin.done", { tid: tx.klok(s.checketInd) })}
            </span>
          </>
        ) : null}
      </p>
      <dl className="ju-inline-facts">
        <InlineFact label={t("samtaleMedarbejder.facts.type")}>{s.moedetype.navn}</InlineFact>
        <InlineFact label={t("samtaleMedarbejder.facts.channel")}>{tx.kanal(s.kanal)}</InlineFact>
        {s.lokale?.navn ? <InlineFact label={t("samtaleMedarbejder.facts.room")}>{s.lokale.navn}</InlineFact> : null}
        {s.status !== "booket" ? (
          <InlineFact label={t("samtaleMedarbejder.facts.status")}>
            <SamtaleStatusBadge status={s.status} />
          </InlineFact>
        ) : null}
        {s.forberedelse ? (
          <InlineFact label={t("samtaleMedarbejder.facts.preparation")}>
            {t("samtaleMedarbejder.calendar.hasPreparation")}
          </InlineFact>
        ) : null}
      </dl>
      {overtag ? (
        <button
          type="button"
          className="button button-secondary"
          onClick={overtag.onClick}
          disabled={overtag.disabled}
          data-testid={ids.kalender.overtag(s.id)}
        >
          {t("samtaleMedarbejder.calendar.takeOver")}
          <span className="sr-only"> {t("samtaleMedarbejder.calendar.takeOverWith", { navn: s.borger.navn })}</span>
        </button>
      ) : null}
    </li>
  );
}

/** My unread notifications, newest first; a new one is announced by screen readers. */
function Notifikationer({ notifikationer }: { notifikationer: KalenderData["notifikationer"] }) {
  const { t } = useTranslation();
  const tx = useSamtaleTekster();
  const skriver = useErSagsbehandler();
  const queryClient = useQueryClient();
  const laest = useMutation({
    mutationFn: (id: string) =>
      api<{ laest: boolean }>(`/api/medarbejder/notifikationer/${enc(id)}/laest`, { method: "POST" }),
    onSuccess: (_r, id) => {
      queryClient.setQueriesData<KalenderData>({ queryKey: ["samtaleMedarbejder", "kalender"] }, (k) =>
        k ? { ...k, notifikationer: k.notifikationer.filter((n) => n.id !== id) } : k,
      );
      headingRef.current?.focus();
    },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const problem = problemOf(laest.error);
  return (
    <section
      aria-labelledby="calendar-notifications-heading"
      className="ju-editor"
      data-testid={ids.kalender.notifications}
    >
      <h2 id="calendar-notifications-heading" ref={headingRef} tabIndex={-1}>
        {t("samtaleMedarbejder.notifications.heading")}
      </h2>
      {problem ? <ErrorSummary problem={problem} focus={false} /> : null}
      <div aria-live="polite">
        {notifikationer.length === 0 ? (
          <p className="ju-empty" data-testid={ids.kalender.notificationsEmpty}>
            {t("samtaleMedarbejder.notifications.none")}
          </p>
        ) : (
          <ul className="nobullet-list">
            {notifikationer.map((n) => (
              <li key={n.id} className="ju-card ju-card-kommende" data-testid={ids.kalender.notification(n.id)}>
                <p className="ju-card-heading" id={`notification-${n.id}`}>
                  {n.tekst}
                </p>
                <p className="ju-muted ju-small">{tx.dateTime(n.oprettet)}</p>
                {n.samtaleId ? (
                  <p>
                    <Link to={`/medarbejder/samtale/${n.samtaleId}`}>{t("samtaleMedarbejder.notifications.open")}</Link>
                  </p>
                ) : null}
                {skriver ? (
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => laest.mutate(n.id)}
                    disabled={laest.isPending}
                    aria-describedby={`notification-${n.id}`}
                    data-testid={ids.kalender.notificationRead(n.id)}
                  >
                    {t("samtaleMedarbejder.notifications.markRead")}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      {laest.isPending ? <Loading /> : null}
    </section>
  );
}

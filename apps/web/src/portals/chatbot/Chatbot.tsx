import { chatbotIds as ids } from "#contracts/testids-chatbot.ts";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, problemOf } from "../../api/client.ts";
import { newUuid } from "../../ui/uuid.ts";
import "./chatbot.css";

/** The answer of POST /api/borger/chatbot (apps/server/src/modules/chatbot/svar.ts). */
export interface Svar {
  art: "artikel" | "egen" | "afvist" | "ukendt";
  tekst: string;
  kilde: { titel: string; link: string | null; henvisning: string | null };
  noegle: string | null;
  spoergsmaalId: string | null;
}

interface Indlaeg {
  spoergsmaal: string;
  svar?: Svar;
  fejl?: string;
}

/**
 * The chatbot beside every citizen page: a button that opens a panel (not a modal: the page stays usable) with the
 * conversation as a log that screen readers read out as answers arrive (`role="log"`, `aria-live="polite"`), a
 * labelled input, and each answer with the page or rule it cites. An answer it does not know offers to send the
 * question to the caseworker, with a confirmation and a receipt. Escape closes the panel and gives the focus back.
 */
export function Chatbot() {
  const { t } = useTranslation();
  const [aaben, setAaben] = useState(false);
  const [tekst, setTekst] = useState("");
  const [log, setLog] = useState<Indlaeg[]>([]);
  const [tom, setTom] = useState(false);
  const knap = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const logRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const overskriftId = useId();
  const inputId = useId();

  const spoerg = useMutation({
    mutationFn: (body: { tekst: string; idempotensnoegle: string }) =>
      api<Svar>("/api/borger/chatbot", { method: "POST", body }),
  });

  useEffect(() => {
    if (aaben) input.current?.focus();
  }, [aaben]);

  // the newest answer in view (the log scrolls inside the panel)
  useEffect(() => {
    if (log.length > 0 && logRef.current) logRef.current.scrollTop = logRef.current.scrollHeight;
  }, [log]);

  const luk = () => {
    setAaben(false);
    // after the panel is gone, the focus goes back to the button that opened it
    setTimeout(() => knap.current?.focus(), 0);
  };

  async function send(e: FormEvent) {
    e.preventDefault();
    const q = tekst.trim();
    if (!q) {
      setTom(true);
      input.current?.focus();
      return;
    }
    setTom(false);
    setTekst("");
    const n = log.length;
    setLog((l) => [...l, { spoergsmaal: q }]);
    try {
      const svar = await spoerg.mutateAsync({ tekst: q, idempotensnoegle: newUuid() });
      setLog((l) => l.map((x, i) => (i === n ? { ...x, svar } : x)));
    } catch (err) {
      setLog((l) => l.map((x, i) => (i === n ? { ...x, fejl: problemOf(err)?.title ?? t("chatbot.fejl") } : x)));
    }
    input.current?.focus();
  }

  return (
    <div className="ju-chatbot">
      <button
        ref={knap}
        type="button"
        className="button button-primary ju-chatbot-open"
        aria-expanded={aaben}
        aria-controls={aaben ? panelId : undefined}
        onClick={() => (aaben ? luk() : setAaben(true))}
        data-testid={ids.aabn}
      >
        {aaben ? t("chatbot.skjul") : t("chatbot.aabn")}
      </button>
      {aaben ? (
        <section
          id={panelId}
          className="ju-chatbot-panel"
          aria-labelledby={overskriftId}
          data-testid={ids.panel}
          onKeyDown={(e) => {
            if (e.key === "Escape") luk();
          }}
        >
          <div className="ju-chatbot-top">
            <h2 id={overskriftId} className="h4 ju-chatbot-heading">
              {t("chatbot.titel")}
            </h2>
            <button type="button" className="button button-tertiary" onClick={luk} data-testid={ids.luk}>
              {t("chatbot.luk")}
            </button>
          </div>
          <p className="ju-small ju-chatbot-intro">{t("chatbot.intro")}</p>
          <div
            ref={logRef}
            className="ju-chatbot-log"
            role="log"
            aria-live="polite"
            aria-label={t("chatbot.samtale")}
            data-testid={ids.log}
          >
            <ol className="nobullet-list">
              {log.map((x, n) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the conversation only grows; its order is its identity
                <li key={n}>
                  <p className="ju-chatbot-q">
                    <span className="sr-only">{t("chatbot.du")}: </span>
                    {x.spoergsmaal}
                  </p>
                  {x.svar ? (
                    <SvarVisning svar={x.svar} n={n} />
                  ) : x.fejl ? (
                    <p className="ju-chatbot-a" role="alert">
                      {x.fejl}
                    </p>
                  ) : (
                    <p className="ju-chatbot-a ju-small">{t("chatbot.taenker")}</p>
                  )}
                </li>
              ))}
            </ol>
          </div>
          <form onSubmit={send} noValidate className="ju-chatbot-form">
            <div className={`form-group${tom ? " form-error" : ""}`}>
              <label className="form-label" htmlFor={inputId}>
                {t("chatbot.label")}
              </label>
              {tom ? (
                <span className="form-error-message" id={`${inputId}-error`}>
                  {t("chatbot.tom")}
                </span>
              ) : null}
              <div className="ju-chatbot-row">
                <input
                  ref={input}
                  id={inputId}
                  className="form-input"
                  type="text"
                  maxLength={500}
                  autoComplete="off"
                  value={tekst}
                  onChange={(e) => setTekst(e.target.value)}
                  aria-describedby={tom ? `${inputId}-error` : undefined}
                  aria-invalid={tom ? true : undefined}
                  data-testid={ids.input}
                />
                <button
                  type="submit"
                  className="button button-primary"
                  disabled={spoerg.isPending}
                  data-testid={ids.send}
                >
                  {t("chatbot.send")}
                </button>
              </div>
            </div>
          </form>
        </section>
      ) : null}
    </div>
  );
}

/** One answer: the text, what it cites, and for an answer it did not know, the offer to forward. */
function SvarVisning({ svar, n }: { svar: Svar; n: number }) {
  const { t } = useTranslation();
  return (
    <div
      className={`ju-chatbot-a${svar.art === "afvist" || svar.art === "ukendt" ? " ju-chatbot-a-ved-ikke" : ""}`}
      data-testid={ids.svar(n)}
    >
      <p>
        <span className="sr-only">{t("chatbot.bot")}: </span>
        {svar.tekst}
      </p>
      <p className="ju-small" data-testid={ids.kilde(n)}>
        {t("chatbot.kilde")}:{" "}
        {svar.kilde.link ? <Link to={svar.kilde.link}>{svar.kilde.titel}</Link> : svar.kilde.titel}
        {svar.kilde.henvisning ? ` (${svar.kilde.henvisning})` : null}
      </p>
      {svar.art === "ukendt" && svar.spoergsmaalId ? <Videresend id={svar.spoergsmaalId} n={n} /> : null}
    </div>
  );
}

/** Send an unanswered question to the caseworker: offer, confirm, receipt (one message, however often clicked). */
function Videresend({ id, n }: { id: string; n: number }) {
  const { t } = useTranslation();
  const [trin, setTrin] = useState<"tilbud" | "bekraeft">("tilbud");
  const [noegle] = useState(newUuid);
  const bekraeftRef = useRef<HTMLParagraphElement>(null);
  const kvitRef = useRef<HTMLDivElement>(null);
  const send = useMutation({
    mutationFn: () =>
      api<{ traadId: string; link: string }>(`/api/borger/chatbot/${id}/videresend`, {
        method: "POST",
        body: { idempotensnoegle: noegle },
      }),
  });
  useEffect(() => {
    if (trin === "bekraeft") bekraeftRef.current?.focus();
  }, [trin]);
  useEffect(() => {
    if (send.isSuccess) kvitRef.current?.focus();
  }, [send.isSuccess]);

  if (send.isSuccess)
    return (
      <div className="ju-chatbot-kvittering" tabIndex={-1} ref={kvitRef} role="status" data-testid={ids.kvittering(n)}>
        <p className="ju-chatbot-kvittering-heading">{t("chatbot.kvittering")}</p>
        <p className="ju-small">
          {t("chatbot.kvitteringTekst")} <Link to={send.data.link}>{t("chatbot.tilDialog")}</Link>
        </p>
      </div>
    );
  if (trin === "tilbud")
    return (
      <button
        type="button"
        className="button button-secondary"
        onClick={() => setTrin("bekraeft")}
        data-testid={ids.videresend(n)}
      >
        {t("chatbot.videresend")}
      </button>
    );
  return (
    <div className="ju-chatbot-bekraeft">
      <p tabIndex={-1} ref={bekraeftRef}>
        {t("chatbot.bekraeftTekst")}
      </p>
      {send.isError ? <p role="alert">{problemOf(send.error)?.title ?? t("chatbot.fejl")}</p> : null}
      <div className="ju-button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={send.isPending}
          onClick={() => send.mutate()}
          data-testid={ids.bekraeft(n)}
        >
          {t("chatbot.bekraeft")}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => setTrin("tilbud")}
          data-testid={ids.fortryd(n)}
        >
          {t("chatbot.fortryd")}
        </button>
      </div>
    </div>
  );
}

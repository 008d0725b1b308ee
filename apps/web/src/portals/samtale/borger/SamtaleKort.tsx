import type { Problem } from "#contracts/errors.ts";
import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, TextArea } from "../../../ui/Field.tsx";
import { SubmitButton } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { InlineFact } from "../../../ui/page.tsx";
import { useBorgerMig } from "../../borger/queries.ts";
import type { Samtale } from "../types.ts";
import { KalenderLink, useSted, VideoKnap } from "./dele.tsx";
import { useKanalNavn } from "../kanal.ts";
import { kalenderUrl, useAflys, useForberedelse, useVenteliste } from "./queries.ts";
import { samtaleTid } from "../tid.ts";

/**
 * A coming conversation: when, how and where; the video button; moving and cancelling while the municipality's notice
 * allows it (after that: call the jobcentre); the citizen's preparation; the waiting list for an earlier time; the
 * calendar file.
 */
export function SamtaleKort({ samtale: s, onAflyst }: { samtale: Samtale; onAflyst: (s: Samtale) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const kanal = useKanalNavn("samtaleBorger");
  const sted = useSted();
  const headingId = `conversation-${s.id}`;
  return (
    <article className="ju-card ju-card-kommende" aria-labelledby={headingId} data-testid={ids.samtaler.card(s.id)}>
      <h3 className="ju-card-heading h4" id={headingId}>
        {s.moedetype.navn}
      </h3>
      <dl className="ju-inline-facts">
        <InlineFact label={t("samtaleBorger.felt.tid")} testId={ids.samtaler.tid(s.id)}>
          {samtaleTid(s.start, s.slut, f.lang)}
        </InlineFact>
        <InlineFact label={t("samtaleBorger.felt.kanal")}>{kanal(s.kanal)}</InlineFact>
        <InlineFact label={t("samtaleBorger.felt.sted")}>{sted(s)}</InlineFact>
        <InlineFact label={t("samtaleBorger.felt.medarbejder")}>{s.medarbejder.navn}</InlineFact>
      </dl>
      {s.flyttetFra ? <p className="ju-small">{t("samtaleBorger.samtaler.flyttet")}</p> : null}
      {s.kanal === "video" ? (
        <VideoKnap samtaleId={s.id} testId={ids.samtaler.video(s.id)} gyldigTestId={ids.samtaler.videoGyldig(s.id)} />
      ) : null}
      {s.kanal === "fremmoede" && s.checkinKode ? (
        <p>
          {t("samtaleBorger.checkinKodeKort")} <span className="weight-semibold ju-nowrap">{s.checkinKode}</span>
        </p>
      ) : null}
      <Forberedelse samtale={s} />
      <Aendring samtale={s} onAflyst={onAflyst} />
      <p className="mt-4">
        <KalenderLink href={kalenderUrl(s.id)} testId={ids.samtaler.kalender(s.id)} />
      </p>
    </article>
  );
}

/** "Min forberedelse": what the citizen wants to talk about; the caseworker reads it before the conversation. */
function Forberedelse({ samtale: s }: { samtale: Samtale }) {
  const { t } = useTranslation();
  const f = useFormat();
  const gem = useForberedelse(s.id);
  const [tekst, setTekst] = useState(s.forberedelse ?? "");
  const id = `preparation-${s.id}`;
  const gemt = (s.forberedelse ?? "") === tekst.trim();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!gem.isPending) gem.mutate(tekst.trim());
  };
  const problem = problemOf(gem.error);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4">
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.tekst": id }} /> : null}
      <TextArea
        id={id}
        label={t("samtaleBorger.forberedelse.label")}
        hint={t("samtaleBorger.forberedelse.hint")}
        error={fieldMessage(problem, ["body.tekst"])}
        rows={4}
        maxLength={5000}
        value={tekst}
        onChange={setTekst}
        testId={ids.samtaler.forberedelse(s.id)}
      />
      <div className="ju-button-row mt-3">
        <SubmitButton variant="secondary" disabled={gem.isPending} testId={ids.samtaler.forberedelseGem(s.id)}>
          {t("samtaleBorger.forberedelse.gem")}
        </SubmitButton>
        <span role="status" data-testid={ids.samtaler.forberedelseGemt(s.id)}>
          {gem.isPending
            ? t("samtaleBorger.forberedelse.gemmer")
            : !gemt
              ? t("samtaleBorger.forberedelse.ikkeGemt")
              : s.forberedelseAendret && s.forberedelse
                ? t("samtaleBorger.forberedelse.gemt", { tid: f.dateTime(s.forberedelseAendret) })
                : ""}
        </span>
      </div>
    </form>
  );
}

/** Move, cancel and the waiting list while the notice allows; after that, the way to the jobcentre. */
function Aendring({ samtale: s, onAflyst }: { samtale: Samtale; onAflyst: (s: Samtale) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const mig = useBorgerMig();
  const [aflyser, setAflyser] = useState(false);
  const venteliste = useVenteliste(s.id);
  const telefon = mig.data?.jobcenter?.telefon;
  if (!s.kanAendres) {
    return (
      <p className="mt-4" data-testid={ids.samtaler.forSent(s.id)}>
        {t("samtaleBorger.samtaler.forSent", { tid: f.dateTime(s.aendresSenest) })}
        {telefon ? (
          <>
            {" "}
            {t("samtaleBorger.samtaler.ring")}{" "}
            <a href={`tel:${telefon.replaceAll(" ", "")}`} className="ju-nowrap">
              {telefon}
            </a>
            .
          </>
        ) : null}
      </p>
    );
  }
  return (
    <>
      <CheckboxField
        id={`waiting-list-${s.id}`}
        label={t("samtaleBorger.venteliste.label")}
        hint={venteliste.isError ? (problemOf(venteliste.error)?.title ?? "") : t("samtaleBorger.venteliste.hint")}
        checked={s.venteliste ?? false}
        disabled={venteliste.isPending}
        onChange={(aktiv) => venteliste.mutate(aktiv)}
        testId={ids.samtaler.venteliste(s.id)}
      />
      <p className="ju-small">{t("samtaleBorger.samtaler.aendresSenest", { tid: f.dateTime(s.aendresSenest) })}</p>
      {aflyser ? (
        <AflysForm samtale={s} onLuk={() => setAflyser(false)} onAflyst={onAflyst} />
      ) : (
        <div className="ju-button-row mt-3">
          <Link
            className="button button-secondary"
            to={`/borger/samtaler?flyt=${s.id}`}
            data-testid={ids.samtaler.flyt(s.id)}
          >
            {t("samtaleBorger.samtaler.flyt")}
            <span className="sr-only">: {s.moedetype.navn}</span>
          </Link>
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => setAflyser(true)}
            data-testid={ids.samtaler.aflys(s.id)}
          >
            {t("samtaleBorger.samtaler.aflys")}
            <span className="sr-only">: {s.moedetype.navn}</span>
          </button>
        </div>
      )}
    </>
  );
}

/** Cancelling needs a reason; the citizen is reminded that a conversation the law asks of them must be rebooked. */
function AflysForm({
  samtale: s,
  onLuk,
  onAflyst,
}: {
  samtale: Samtale;
  onLuk: () => void;
  onAflyst: (s: Samtale) => void;
}) {
  const { t } = useTranslation();
  const aflys = useAflys(s.id);
  const [aarsag, setAarsag] = useState("");
  const [mangler, setMangler] = useState<Problem>();
  const id = useId();
  const feltId = `cancel-reason-${s.id}`;
  // the form replaces the button that opened it: the keyboard continues in the reason field
  useEffect(() => {
    document.getElementById(feltId)?.focus();
  }, [feltId]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (aflys.isPending) return;
    if (!aarsag.trim()) {
      setMangler(validationProblem([{ path: "body.aarsag", message: t("samtaleBorger.aflys.aarsagMangler") }]));
      return;
    }
    setMangler(undefined);
    aflys.mutate(aarsag.trim(), { onSuccess: (r) => onAflyst(r) });
  };
  const problem = mangler ?? problemOf(aflys.error);
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="ju-editor"
      aria-labelledby={`${id}-h`}
      data-testid={ids.samtaler.aflysForm(s.id)}
    >
      <h4 id={`${id}-h`}>{t("samtaleBorger.aflys.heading")}</h4>
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.aarsag": feltId }} /> : null}
      {s.regelId ? <p>{t("samtaleBorger.aflys.krav")}</p> : null}
      <TextArea
        id={feltId}
        label={t("samtaleBorger.aflys.aarsag")}
        hint={t("samtaleBorger.aflys.aarsagHint")}
        error={fieldMessage(problem, ["body.aarsag"])}
        rows={3}
        maxLength={500}
        value={aarsag}
        onChange={setAarsag}
        testId={ids.samtaler.aflysAarsag(s.id)}
      />
      <div className="ju-button-row">
        <SubmitButton disabled={aflys.isPending} testId={ids.samtaler.aflysConfirm(s.id)}>
          {t("samtaleBorger.aflys.bekraeft")}
        </SubmitButton>
        <button type="button" className="button button-tertiary" onClick={onLuk}>
          {t("samtaleBorger.aflys.fortryd")}
        </button>
      </div>
    </form>
  );
}

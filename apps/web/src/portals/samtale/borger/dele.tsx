import { useTranslation } from "react-i18next";
import { useFormat } from "../../../ui/format.ts";
import { Icon } from "../../../ui/Icon.tsx";
import type { Samtale } from "../types.ts";
import { useVideoLink } from "./queries.ts";
import { klokken } from "../tid.ts";

/** Pieces the citizen's conversation pages share: the place, the video button, the calendar file. */

/** Where the conversation happens, in words: the room and address, "we call you", or "video". */
export function useSted() {
  const { t } = useTranslation();
  return (s: Pick<Samtale, "kanal" | "lokale" | "medarbejder">) => {
    if (s.kanal === "telefon") return t("samtaleBorger.sted.telefon", { navn: s.medarbejder.navn.split(" ")[0] });
    if (s.kanal === "video") return t("samtaleBorger.sted.video");
    if (!s.lokale) return t("samtaleBorger.sted.jobcentret");
    return [s.lokale.navn, s.lokale.adresse].filter(Boolean).join(", ");
  };
}

/** A link whose address may be used as given: the server's own paths and http(s) addresses, nothing else. */
export function sikkerUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * "Gå til videomødet": the citizen's personal link, fetched when the conversation is shown so the link is a normal
 * link (a window opened after a fetch is stopped by some pop-up blockers), with the time from which it works.
 */
export function VideoKnap({
  samtaleId,
  testId,
  gyldigTestId,
}: {
  samtaleId: string;
  testId: string;
  gyldigTestId?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useVideoLink(samtaleId);
  if (q.isPending) return <p className="ju-muted">{t("samtaleBorger.video.henter")}</p>;
  if (q.isError || !sikkerUrl(q.data.url)) return <p className="ju-muted">{t("samtaleBorger.video.ikkeKlar")}</p>;
  const v = q.data;
  return (
    <div>
      <p className="mb-0">
        <a
          className="button button-primary"
          href={v.url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid={testId}
        >
          {t("samtaleBorger.video.gaaTil")}
          <span className="sr-only"> {t("samtaleBorger.nytVindue")}</span>
        </a>
      </p>
      <p className="ju-small mt-2" data-testid={gyldigTestId}>
        {t("samtaleBorger.video.gyldig", {
          dato: f.date(v.gyldigFra),
          fra: klokken(v.gyldigFra, f.lang),
          til: klokken(v.gyldigTil, f.lang),
        })}
      </p>
    </div>
  );
}

/** The calendar file of a conversation, for the citizen's own calendar. */
export function KalenderLink({ href, testId }: { href: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <a className="function-link" href={href} download data-testid={testId}>
      <Icon name="calendar-month" />
      {t("samtaleBorger.kalenderfil")}
    </a>
  );
}

import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { Alert, BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import type { Samtale } from "../types.ts";
import { KalenderLink, useSted, VideoKnap } from "./dele.tsx";
import { useKanalNavn } from "../kanal.ts";
import { kalenderUrl } from "./queries.ts";
import { samtaleTid } from "../tid.ts";

/**
 * The receipt after booking or moving: what, when, how and where, the calendar file, the video button for a video
 * meeting, and for a meeting at the jobcentre the check-in code, large, to show in the reception.
 */
export function Kvittering({ samtale: s, flyttet }: { samtale: Samtale; flyttet: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const kanal = useKanalNavn("samtaleBorger");
  const sted = useSted();
  const heading = flyttet ? t("samtaleBorger.kvittering.flyttet") : t("samtaleBorger.kvittering.booket");
  return (
    <div data-testid={ids.kvittering.view}>
      <BackLink to="/borger/samtaler">{t("samtaleBorger.booking.tilbage")}</BackLink>
      <PageHeading testId={ids.kvittering.heading}>{heading}</PageHeading>
      <Alert kind="success" heading={t("samtaleBorger.kvittering.alert", { tid: samtaleTid(s.start, s.slut, f.lang) })}>
        <p>{t("samtaleBorger.kvittering.besked")}</p>
      </Alert>
      <Facts
        testId={ids.kvittering.facts}
        items={[
          [t("samtaleBorger.felt.samtale"), s.moedetype.navn],
          [t("samtaleBorger.felt.tid"), samtaleTid(s.start, s.slut, f.lang)],
          [t("samtaleBorger.felt.kanal"), kanal(s.kanal)],
          [t("samtaleBorger.felt.sted"), sted(s)],
          [t("samtaleBorger.felt.medarbejder"), s.medarbejder.navn],
        ]}
      />
      {s.kanal === "fremmoede" && s.checkinKode ? (
        <section aria-labelledby="checkin-code-heading" className="ju-editor">
          <h2 id="checkin-code-heading" className="h3">
            {t("samtaleBorger.kvittering.checkinHeading")}
          </h2>
          <p className="h1 mt-0 mb-3" data-testid={ids.kvittering.checkinKode}>
            <span className="sr-only">{t("samtaleBorger.kvittering.checkinKodeSr")} </span>
            {s.checkinKode}
          </p>
          <p>{t("samtaleBorger.kvittering.checkinNote")}</p>
        </section>
      ) : null}
      {s.kanal === "video" ? (
        <section aria-labelledby="video-heading">
          <h2 id="video-heading" className="h3">
            {t("samtaleBorger.kvittering.videoHeading")}
          </h2>
          <VideoKnap samtaleId={s.id} testId={ids.kvittering.videoLink} />
        </section>
      ) : null}
      <p className="mt-5">
        <KalenderLink href={kalenderUrl(s.id)} testId={ids.kvittering.kalender} />
      </p>
      <p>
        <Link className="button button-secondary" to="/borger/samtaler">
          {t("samtaleBorger.kvittering.tilOversigt")}
        </Link>
      </p>
    </div>
  );
}

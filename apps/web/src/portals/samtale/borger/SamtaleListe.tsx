import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import type { Samtale } from "../types.ts";
import { useKanalNavn } from "../kanal.ts";
import { SamtaleKort } from "./SamtaleKort.tsx";
import { samtaleTid } from "../tid.ts";

/** A booked conversation that has not ended yet (a little after its end it is an earlier one, awaiting registration). */
export const erKommende = (s: Samtale, nu: number) => s.status === "booket" && new Date(s.slut).getTime() > nu;

/** Coming conversations first (soonest first), then earlier ones (newest first); a moved booking's old time is left out. */
export function delSamtaler(samtaler: Samtale[], nu: number) {
  const kommende = samtaler.filter((s) => erKommende(s, nu)).sort((a, b) => a.start.localeCompare(b.start));
  const tidligere = samtaler
    .filter((s) => !erKommende(s, nu) && s.status !== "flyttet")
    .sort((a, b) => b.start.localeCompare(a.start));
  return { kommende, tidligere };
}

export function KommendeSamtaler({ samtaler, onAflyst }: { samtaler: Samtale[]; onAflyst: (s: Samtale) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="upcoming-heading" data-testid={ids.samtaler.upcoming}>
      <h2 id="upcoming-heading">{t("samtaleBorger.samtaler.kommende")}</h2>
      {samtaler.length === 0 ? (
        <p data-testid={ids.samtaler.upcomingEmpty}>{t("samtaleBorger.samtaler.ingenKommende")}</p>
      ) : (
        <ul className="ju-cards nobullet-list">
          {samtaler.map((s) => (
            <li key={s.id}>
              <SamtaleKort samtale={s} onAflyst={onAflyst} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Earlier conversations: held, missed, cancelled (with the reason), or awaiting registration; the approved minutes. */
export function TidligereSamtaler({ samtaler }: { samtaler: Samtale[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const kanal = useKanalNavn("samtaleBorger");
  if (samtaler.length === 0) return null;
  return (
    <section aria-labelledby="earlier-heading" data-testid={ids.samtaler.earlier}>
      <h2 id="earlier-heading">{t("samtaleBorger.samtaler.tidligere")}</h2>
      <ul className="ju-cards nobullet-list">
        {samtaler.map((s) => {
          const status = s.status === "booket" ? "afventer" : s.status;
          return (
            <li key={s.id}>
              <article
                className={`ju-card ${s.status === "afholdt" ? "ju-card-opfyldt" : s.status === "udeblevet" ? "ju-card-forfalden" : "ju-card-proposal"}`}
                aria-labelledby={`earlier-${s.id}`}
                data-testid={ids.samtaler.card(s.id)}
              >
                <h3 className="ju-card-heading h4" id={`earlier-${s.id}`}>
                  {s.moedetype.navn}, {f.date(s.start)}
                </h3>
                <p>
                  <span
                    className={`badge ${s.status === "afholdt" ? "badge-success" : s.status === "udeblevet" ? "badge-error" : "ju-badge-neutral"}`}
                    data-testid={ids.samtaler.status(s.id)}
                  >
                    {t(`samtaleBorger.status.${status}`)}
                  </span>{" "}
                  <span data-testid={ids.samtaler.tid(s.id)}>
                    {samtaleTid(s.start, s.slut, f.lang)}, {kanal(s.kanal).toLowerCase()}, {s.medarbejder.navn}
                  </span>
                </p>
                {s.status === "aflyst" && s.aflystAarsag ? (
                  <p>{t("samtaleBorger.samtaler.aflystAarsag", { aarsag: s.aflystAarsag })}</p>
                ) : null}
                {s.status === "udeblevet" ? <p>{t("samtaleBorger.samtaler.udeblevet")}</p> : null}
                {s.referat?.status === "godkendt" ? (
                  <p>
                    <Link
                      className="function-link"
                      to={`/borger/samtaler?referat=${s.id}`}
                      data-testid={ids.samtaler.referatLink(s.id)}
                    >
                      {t("samtaleBorger.samtaler.laesReferat")}
                      <span className="sr-only">: {f.date(s.start)}</span>
                    </Link>
                  </p>
                ) : s.status === "afholdt" ? (
                  <p className="ju-muted">{t("samtaleBorger.samtaler.referatIkkeKlar")}</p>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

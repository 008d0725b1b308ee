import { minsideIds as ids } from "#contracts/testids-minside.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { Forpligtelser } from "../dele.tsx";
import type { Overblik } from "../types.ts";

/**
 * Min side's own cards: "Det skal du gøre nu" (the law's obligations with "Hvorfor bliver jeg bedt om det?"), how to
 * move the next conversation, the plan in short, and the way to give a companion access.
 */

export function NuKort({ o }: { o: Overblik }) {
  const { t } = useTranslation();
  return (
    <section className="ju-editor mt-0" aria-labelledby="ms-now" data-testid={ids.overblik.nu}>
      <h2 id="ms-now" className="h3 mt-0">
        {t("minside.nu.heading")}
      </h2>
      <p>{t("minside.nu.lead")}</p>
      {o.jobcenter?.telefon ? (
        <p>{t("minside.kontakt.kort", { jobcenter: o.jobcenter.navn, telefon: o.jobcenter.telefon })}</p>
      ) : null}
      <Forpligtelser list={o.forpligtelser} niveau={3} />
    </section>
  );
}

/** Under "Mine samtaler": until when the next conversation can be moved or cancelled, or whom to call. */
export function FlytHjaelp({ o }: { o: Overblik }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const s = o.naesteSamtale;
  if (!s) return null;
  return (
    <section className="ju-editor" aria-labelledby="ms-move">
      <h2 id="ms-move" className="h3 mt-0">
        {t("minside.samtale.flytNaeste")}
      </h2>
      <p data-testid={ids.overblik.flyt}>
        {s.kanAendres
          ? t("minside.samtale.kanFlyttes", {
              tid: fmt.dateTime(s.aendresSenest),
            })
          : o.jobcenter?.telefon
            ? t("minside.samtale.forSent", { telefon: o.jobcenter.telefon })
            : t("minside.samtale.forSentUdenTelefon")}
      </p>
      {s.kanAendres ? (
        <p>
          <Link className="function-link" to="/borger/samtaler" data-testid={ids.overblik.flytLink}>
            {t("minside.samtale.flytLink")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function PlanKort({ o }: { o: Overblik }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const p = o.plan;
  return (
    <section className="ju-editor" aria-labelledby="ms-plan-card" data-testid={ids.overblik.planKort}>
      <h2 id="ms-plan-card" className="h3 mt-0">
        {t("minside.plan.heading")}
      </h2>
      {p.offentliggjort ? (
        <>
          <p>
            {t("minside.plan.antal", { maal: p.maal.length, aktiviteter: p.aktiviteter.length })}.{" "}
            {t("minside.plan.offentliggjort", { dato: fmt.date(p.offentliggjort) })}
          </p>
          {p.maal.length > 0 ? (
            <ul>
              {p.maal.map((m) => (
                <li key={m.id}>{m.titel}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <p>{t("minside.plan.ikkeOffentliggjort")}</p>
      )}
      <p>
        <Link className="function-link" to="/borger/plan" data-testid={ids.overblik.planLink}>
          {t("minside.plan.seHele")}
        </Link>
      </p>
    </section>
  );
}

export function BisidderKort() {
  const { t } = useTranslation();
  return (
    <div className="card collapsed-height">
      <div className="card-content">
        <h2 className="card-heading h3">{t("minside.bisidderKort.heading")}</h2>
        <p>{t("minside.bisidderKort.tekst")}</p>
        <p className="card-actions">
          <Link className="function-link" to="/borger/bisidder" data-testid={ids.overblik.bisidderLink}>
            {t("minside.bisidderKort.link")}
          </Link>
        </p>
      </div>
    </div>
  );
}

import { indsigtIds as ids } from "#contracts/testids-indsigt.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { useAnmodninger, useMinSag } from "../queries.ts";
import { tilstandBadge, useTilstandTekst } from "./Aktindsigt.tsx";

/**
 * Min side: the citizen's case (how many items, how many withheld) with the way to Min sag, and their aktindsigt
 * requests with status and deadline, with the way to make one.
 */
export function IndsigtKort() {
  const { t } = useTranslation();
  const f = useFormat();
  const sag = useMinSag("");
  const anmodninger = useAnmodninger();
  const tilstand = useTilstandTekst();
  const synlige = (anmodninger.data ?? []).slice(0, 3);
  return (
    <section className="ju-editor" aria-labelledby="insight-card-heading" data-testid={ids.kort.card}>
      <h2 id="insight-card-heading" className="h3 mt-0">
        {t("indsigt.card.heading")}
      </h2>
      {sag.data ? (
        <p data-testid={ids.kort.antal}>
          {t("indsigt.card.count", { count: sag.data.antal.alle })}
          {sag.data.undtagne > 0 ? ` ${t("indsigt.card.withheld", { count: sag.data.undtagne })}` : ""}
        </p>
      ) : null}
      {synlige.length > 0 ? (
        <>
          <h3 className="h5" id="insight-card-requests">
            {t("indsigt.card.openRequests")}
          </h3>
          <ul className="nobullet-list" aria-labelledby="insight-card-requests">
            {synlige.map((a) => (
              <li key={a.id} className="mb-2" data-testid={ids.kort.anmodning(a.id)}>
                {t("indsigt.card.request", { dato: f.date(a.modtaget) })}{" "}
                <span className={`badge ${tilstandBadge(a)}`}>{tilstand(a)}</span>
                {a.tilstand !== "besvaret" ? (
                  <span className="d-block ju-small">
                    {a.status === "udsat" ? t("indsigt.request.expected") : t("indsigt.request.deadline")}:{" "}
                    {f.date(a.svarSenest)}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul className="nobullet-list">
        <li>
          <Link className="function-link" to="/borger/sag" data-testid={ids.kort.minSagLink}>
            {t("indsigt.card.toCase")}
          </Link>
        </li>
        <li>
          <Link className="function-link" to="/borger/aktindsigt" data-testid={ids.kort.aktindsigtLink}>
            {t("indsigt.card.toRequest")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

import { befordringIds as ids } from "#contracts/testids-befordring.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useOverblik } from "../api.ts";
import { statusKlasse, useBefordringFormat } from "../dele.tsx";

/** "Befordringsgodtgørelse" on Min side: the latest claims with their status and amount, and the way to claim. */
export function BefordringKort() {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  const overblik = useOverblik();
  const seneste = (overblik.data?.ansoegninger ?? []).slice(0, 3);
  return (
    <section className="ju-editor" aria-labelledby="transport-card-heading" data-testid={ids.kort.card}>
      <h2 id="transport-card-heading" className="h3 mt-0">
        {t("befordring.kort.heading")}
      </h2>
      {overblik.isPending ? (
        <p>{t("common.loading")}</p>
      ) : overblik.isError ? null : seneste.length === 0 ? (
        <p data-testid={ids.kort.tom}>{t("befordring.kort.tom")}</p>
      ) : (
        <>
          <h3 className="h5" id="transport-card-latest">
            {t("befordring.kort.seneste")}
          </h3>
          <ul className="nobullet-list" aria-labelledby="transport-card-latest" data-testid={ids.kort.seneste}>
            {seneste.map((c) => (
              <li key={c.id} className="mb-3" data-testid={ids.kort.ansoegning(c.id)}>
                <span className="weight-semibold d-block">{c.aktivitet.titel}</span>
                <span className="d-block ju-small">
                  {c.kvitteringsnr} · {f.kroner(c.godkendtOere ?? c.beloebOere)}
                </span>
                <span className={statusKlasse(c.status)} data-testid={ids.kort.status(c.id)}>
                  {f.status(c.status)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link className="function-link" to="/borger/befordring" data-testid={ids.kort.link}>
          {seneste.length === 0 ? t("befordring.kort.link") : t("befordring.kort.linkSe")}
        </Link>
      </p>
    </section>
  );
}

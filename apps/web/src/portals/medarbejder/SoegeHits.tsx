import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { SoegeHit } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Uddrag } from "../../ui/legal.tsx";
import { dokumentUrl } from "./queries.ts";

/**
 * Search hits with their highlighted excerpt. Across cases (`formaal` unknown) a note opens on its own page and a
 * document opens its case, both after asking for the purpose; inside a case opened for a purpose they open at once.
 */
export function SoegeHits({ hits, formaal }: { hits: SoegeHit[]; formaal?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const location = useLocation();
  const back = { tilbage: `${location.pathname}${location.search}` };
  return (
    <ul className="nobullet-list ju-cards" data-testid={testIds.soeg.results}>
      {hits.map((h) => (
        <li key={`${h.type}-${h.id}`} className="ju-card" data-testid={testIds.soeg.hit}>
          <h3 className="ju-card-heading">
            {h.type === "notat" ? (
              <Link
                to={`/medarbejder/notat/${h.id}${formaal ? `?formaal=${encodeURIComponent(formaal)}` : ""}`}
                state={back}
              >
                {h.titel}
              </Link>
            ) : formaal ? (
              <a href={dokumentUrl(h.id, formaal)} download>
                {h.titel}
              </a>
            ) : (
              <Link to={`/medarbejder/borger/${h.borger.id}?fane=dokumenter`} state={{ navn: h.borger.navn }}>
                {h.titel}
              </Link>
            )}{" "}
            <span className="badge badge-info">{t(`soeg.hitType.${h.type}`)}</span>{" "}
            {h.helbred ? <span className="badge badge-warning">{t("sag.health")}</span> : null}
          </h3>
          <p className="ju-muted">
            {formaal ? null : (
              <>
                {t("soeg.hitCitizen")}: {h.borger.navn} ·{" "}
              </>
            )}
            {f.date(h.dato)} ·{" "}
            {h.type === "notat"
              ? t(`sag.notatKategori.${h.kategori}`, { defaultValue: h.kategori })
              : t(`sag.dokKategori.${h.kategori}`, { defaultValue: h.kategori })}
          </p>
          <p className="ju-excerpt">
            {h.helbred ? (
              <span className="ju-muted">{t("soeg.healthNoExcerpt")}</span>
            ) : h.uddrag.length ? (
              <Uddrag dele={h.uddrag} />
            ) : (
              <span className="ju-muted">{t("soeg.noExcerpt")}</span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

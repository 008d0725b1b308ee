import { cvIds as ids } from "#contracts/testids-cv.ts";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format.ts";
import type { Cv, Erfaring } from "./types.ts";

/** "2019–2022" or "2019–nu" for a period of experience or education. */
export function usePeriode() {
  const { t } = useTranslation();
  return (fra: string | null, til: string | null) =>
    fra || til ? `${fra?.slice(0, 4) ?? "?"}–${til ? til.slice(0, 4) : t("cv.nu")}` : "";
}

/** Whole years of an experience (at least 1), as an employer sees it. */
export function aarAf(e: Erfaring, idag: string): number {
  const til = e.til ?? idag;
  const dage = (Date.parse(til) - Date.parse(e.fra)) / 86_400_000;
  return Math.max(1, Math.round(dage / 365));
}

/** The CV read-only: experience, education, skills, languages, licences, hours, goals (the caseworker's view). */
export function CvVisning({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const periode = usePeriode();
  return (
    <>
      <section aria-labelledby="cv-v-erfaring" className="mb-6">
        <h2 id="cv-v-erfaring">{t("cv.erfaring.heading")}</h2>
        {cv.erfaring.length === 0 ? <p>{t("cv.erfaring.ingen")}</p> : null}
        <ul className="nobullet-list">
          {cv.erfaring.map((e) => (
            <li key={e.id} className="mb-3">
              <strong>{e.titel}</strong>
              {e.arbejdsgiver ? `, ${e.arbejdsgiver}` : ""} <span className="ju-small">{periode(e.fra, e.til)}</span>
              {e.erhverv ? (
                <span className="d-block ju-small">{t("cv.erfaring.escoErhverv", { titel: e.erhverv.titel })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cv-v-uddannelse" className="mb-6">
        <h2 id="cv-v-uddannelse">{t("cv.uddannelse.heading")}</h2>
        {cv.uddannelse.length === 0 ? <p>{t("cv.uddannelse.ingen")}</p> : null}
        <ul className="nobullet-list">
          {cv.uddannelse.map((u) => (
            <li key={u.id} className="mb-3">
              <strong>{u.titel}</strong>
              {u.institution ? `, ${u.institution}` : ""}{" "}
              <span className="ju-small">
                {t(`cv.niveau.${u.niveau}`)} {periode(u.fra, u.til)}
                {u.afsluttet ? "" : ` (${t("cv.uddannelse.ikkeAfsluttet")})`}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cv-v-kompetencer" className="mb-6">
        <h2 id="cv-v-kompetencer">{t("cv.kompetencer.heading")}</h2>
        {cv.faerdigheder.length === 0 ? <p>{t("cv.kompetencer.ingen")}</p> : null}
        <ul>
          {cv.faerdigheder.map((f) => (
            <li key={f.uri}>{f.titel}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="cv-v-praktisk" className="mb-6">
        <h2 id="cv-v-praktisk">{t("cv.praktisk")}</h2>
        <dl className="ju-inline-facts">
          <div>
            <dt>{t("cv.arbejdstid.heading")}</dt>
            <dd>{t("cv.arbejdstid.visning", { min: cv.timerMin, max: cv.timerMax, km: cv.maxAfstandKm })}</dd>
          </div>
          <div>
            <dt>{t("cv.arbejdstid.tilgaengeligFra")}</dt>
            <dd>{cv.tilgaengeligFra ? fmt.date(cv.tilgaengeligFra) : t("cv.arbejdstid.nu")}</dd>
          </div>
          <div>
            <dt>{t("cv.sprog.heading")}</dt>
            <dd>
              {cv.sprog.length === 0
                ? t("cv.ingenAngivet")
                : cv.sprog.map((s) => `${s.sprog} (${t(`cv.sprogniveau.${s.niveau}`)})`).join(", ")}
            </dd>
          </div>
          <div>
            <dt>{t("cv.koerekort.heading")}</dt>
            <dd>
              {[...cv.koerekort.map((k) => t("cv.koerekort.kategori", { k })), ...cv.certifikater].join(", ") ||
                t("cv.ingenAngivet")}
            </dd>
          </div>
          <div>
            <dt>{t("cv.jobmaal.heading")}</dt>
            <dd>
              {cv.jobmaal.length === 0
                ? t("cv.ingenAngivet")
                : cv.jobmaal
                    .map((j) => (j.brancheskift ? `${j.erhverv.titel} (${t("cv.jobmaal.skift")})` : j.erhverv.titel))
                    .join(", ")}
            </dd>
          </div>
          <div>
            <dt>{t("cv.synlighed.heading")}</dt>
            <dd>
              {cv.synlig
                ? cv.synligNaboer
                  ? t("cv.synlighed.statusNaboer")
                  : t("cv.synlighed.statusSynlig")
                : t("cv.synlighed.statusSkjult")}
            </dd>
          </div>
        </dl>
        {cv.omMig ? <p className="ju-prose">{cv.omMig}</p> : null}
      </section>
    </>
  );
}

/** How an employer sees the CV among the candidates: no name, no employers, years instead of dates. */
export function AnonymVisning({ cv, idag }: { cv: Cv; idag: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="ju-card" data-testid={ids.synlighed.preview}>
      <h3 className="h4">{t("cv.synlighed.kandidat")}</h3>
      <dl className="ju-inline-facts">
        <div>
          <dt>{t("cv.erfaring.heading")}</dt>
          <dd>
            {cv.erfaring.length === 0
              ? t("cv.ingenAngivet")
              : cv.erfaring.map((e) => t("cv.synlighed.aar", { titel: e.titel, count: aarAf(e, idag) })).join(", ")}
          </dd>
        </div>
        <div>
          <dt>{t("cv.kompetencer.heading")}</dt>
          <dd>{cv.faerdigheder.map((f) => f.titel).join(", ") || t("cv.ingenAngivet")}</dd>
        </div>
        <div>
          <dt>{t("cv.arbejdstid.heading")}</dt>
          <dd>{t("cv.arbejdstid.timer", { min: cv.timerMin, max: cv.timerMax })}</dd>
        </div>
        <div>
          <dt>{t("cv.arbejdstid.tilgaengeligFra")}</dt>
          <dd>
            {cv.tilgaengeligFra && cv.tilgaengeligFra > idag ? fmt.date(cv.tilgaengeligFra) : t("cv.arbejdstid.nu")}
          </dd>
        </div>
      </dl>
    </div>
  );
}

import { jobIds as ids } from "#contracts/testids-job.ts";
import { cvIds } from "#contracts/testids-cv.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useJobTilDig } from "../queries.ts";

/** "Job til dig" on Min side: requests waiting for her answer and the best matched jobs, with the way to the page. */
export function JobKort() {
  const { t } = useTranslation();
  const job = useJobTilDig();
  const afventer = job.data?.kontakter.filter((k) => k.status === "afventer" && k.kilde !== "ansoegning").length ?? 0;
  return (
    <section className="ju-editor" aria-labelledby="job-kort-heading" data-testid={ids.kort.card}>
      <h2 id="job-kort-heading" className="h3 mt-0">
        {t("job.kort.heading")}
      </h2>
      {job.isPending ? (
        <p>{t("common.loading")}</p>
      ) : job.isError ? (
        <p>{t("job.kort.fejl")}</p>
      ) : (
        <>
          {afventer > 0 ? (
            <p data-testid={ids.kort.afventer}>
              <strong>{t("job.kort.afventer", { count: afventer })}</strong>
            </p>
          ) : null}
          {!job.data.harCv ? (
            <p>{t("job.borger.ingenCv")}</p>
          ) : job.data.ordrer.length === 0 ? (
            <p>{t("job.borger.ingenMatches")}</p>
          ) : (
            <ul data-testid={ids.kort.top}>
              {job.data.ordrer.slice(0, 3).map((o) => (
                <li key={o.ordreId}>
                  {t("job.kort.match", { titel: o.titel, virksomhed: o.virksomhed, score: o.score })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p>
        <Link className="function-link" to="/borger/job" data-testid={ids.kort.link}>
          {t("job.kort.link")}
        </Link>
      </p>
      <p>
        <Link className="function-link" to="/borger/cv" data-testid={cvIds.minsideLink}>
          {t("cv.heading")}
        </Link>
      </p>
    </section>
  );
}

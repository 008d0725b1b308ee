import { cvIds } from "#contracts/testids-cv.ts";
import { jobIds } from "#contracts/testids-job.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** The case's way to the citizen's CV and matched jobs (each page records the read with its purpose). */
export function JobSektion({ borgerId }: { borgerId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="job-sektion-heading" data-testid={jobIds.sektion}>
      <h2 id="job-sektion-heading">{t("job.sektion.heading")}</h2>
      <p>{t("job.sektion.tekst")}</p>
      <ul className="nobullet-list">
        <li>
          <Link className="function-link" to={`/medarbejder/borger/${borgerId}/cv`} data-testid={cvIds.medarbejderLink}>
            {t("job.sektion.cv")}
          </Link>
        </li>
        <li>
          <Link className="function-link" to={`/medarbejder/borger/${borgerId}/job`} data-testid={jobIds.sektionLink}>
            {t("job.sektion.job")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

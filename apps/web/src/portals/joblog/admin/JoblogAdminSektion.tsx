import { joblogIds as ids } from "#contracts/testids-joblog.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** The administrator's front page: where the municipality's job log numbers are set. */
export function JoblogAdminSektion() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="joblog-admin-heading">
      <h2 id="joblog-admin-heading">{t("joblog.admin.heading")}</h2>
      <p>{t("joblog.admin.lead")}</p>
      <p>
        <Link className="function-link" to="/admin/joblog" data-testid={ids.admin.link}>
          {t("joblog.admin.forsideLink")}
        </Link>
      </p>
    </section>
  );
}

import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { escoIds as ids } from "#contracts/testids-esco.ts";

/** The administrator's front page: where the ESCO taxonomy's source, size and import are shown. */
export function EscoAdminSektion() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="esco-admin-heading">
      <h2 id="esco-admin-heading">{t("esco.admin.heading")}</h2>
      <p>{t("esco.admin.forsideTekst")}</p>
      <p>
        <Link className="function-link" to="/admin/esco" data-testid={ids.admin.link}>
          {t("esco.admin.forsideLink")}
        </Link>
      </p>
    </section>
  );
}

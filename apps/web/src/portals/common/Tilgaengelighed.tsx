import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { PageHeading } from "../../ui/page.tsx";

/** The accessibility statement (tilgængelighedserklæring) linked from every page's footer. */
export function Tilgaengelighed() {
  const { t } = useTranslation();
  return (
    <article data-testid={testIds.accessibility.page} className="ju-prose">
      <PageHeading>{t("a11y.heading")}</PageHeading>
      <p className="font-lead">{t("a11y.lead")}</p>
      <h2>{t("a11y.statusHeading")}</h2>
      <p>{t("a11y.status")}</p>
      <h2>{t("a11y.howHeading")}</h2>
      <ul>
        <li>{t("a11y.how1")}</li>
        <li>{t("a11y.how2")}</li>
        <li>{t("a11y.how3")}</li>
        <li>{t("a11y.how4")}</li>
      </ul>
      <h2>{t("a11y.knownHeading")}</h2>
      <p>{t("a11y.known")}</p>
      <h2>{t("a11y.feedbackHeading")}</h2>
      <p>{t("a11y.feedback")}</p>
      <p>{t("a11y.complaint")}</p>
    </article>
  );
}

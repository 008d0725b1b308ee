import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeading } from "../../ui/page.tsx";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <div data-testid={testIds.problem.notFound}>
      <PageHeading>{t("notFound.heading")}</PageHeading>
      <p className="font-lead">{t("notFound.lead")}</p>
      <p>
        <Link to="/">{t("notFound.toFront")}</Link>
      </p>
    </div>
  );
}

import { roleLabel, type Role } from "#contracts/roles.ts";
import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../ui/format.ts";
import { PageHeading } from "../../ui/page.tsx";
import { homePath } from "../../ui/portal.ts";

export function NoAccess({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  return (
    <div data-testid={testIds.problem.noAccess}>
      <PageHeading>{t("noAccess.heading")}</PageHeading>
      <p className="font-lead">{t("noAccess.lead", { role: roleLabel[role][lang].toLowerCase() })}</p>
      <p>{t("noAccess.help")}</p>
      <p>
        <Link className="button button-primary" to={homePath[role]}>
          {t("noAccess.toHome")}
        </Link>
      </p>
    </div>
  );
}

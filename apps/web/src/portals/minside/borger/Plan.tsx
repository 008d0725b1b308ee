import { minsideIds as ids } from "#contracts/testids-minside.ts";
import { useTranslation } from "react-i18next";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { useOverblik } from "../../borger/queries.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { PlanVisning } from "../dele.tsx";

/** "Min plan" (`/borger/plan`): the whole plan as published to the citizen (LAB § 42), goals and activities. */
export function Plan() {
  const { t } = useTranslation();
  const query = useOverblik();
  return (
    <div data-testid={ids.plan.page}>
      <BackLink to="/borger">{t("borger.backToMinSide")}</BackLink>
      <PageHeading>{t("minside.plan.pageHeading")}</PageHeading>
      <p className="font-lead">{t("minside.plan.lead")}</p>
      <QueryView query={query}>{(o) => <PlanVisning plan={o.plan} />}</QueryView>
      <p>{t("minside.plan.spoergsmaal")}</p>
    </div>
  );
}

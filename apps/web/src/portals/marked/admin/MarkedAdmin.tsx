import { markedAdminIds as ids } from "#contracts/testids-marked-admin.ts";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { Tabs } from "../../../ui/Tabs.tsx";
import { Tokens } from "./Tokens.tsx";
import { UdbudGodkendelse } from "./UdbudGodkendelse.tsx";

const FANER = ["udbud", "tokens"] as const;
type Fane = (typeof FANER)[number];

/**
 * The administrator's marketplace (`/admin/marked`): the providers' offers waiting for approval (approve, or reject
 * with a reason), and the municipality's tokens (the ledger, the budget, the grant rules and the refund rule). The tab
 * is in the address, so a reload or a link keeps it.
 */
export function MarkedAdmin() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fane: Fane = params.get("fane") === "tokens" ? "tokens" : "udbud";
  return (
    <div data-testid={ids.page}>
      <BackLink to="/admin">{t("markedAdmin.tilForsiden")}</BackLink>
      <PageHeading>{t("markedAdmin.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("markedAdmin.lead")}</p>
      <Tabs
        tabs={FANER.map((f) => ({ key: f, label: t(`markedAdmin.fane.${f}`) }))}
        selected={fane}
        onSelect={(f) => setParams(f === "udbud" ? {} : { fane: f }, { replace: true })}
        label={t("markedAdmin.faneLabel")}
        idPrefix="marketplace-admin"
        testId={ids.tab}
        panelTestId={ids.panel}
      >
        {fane === "udbud" ? <UdbudGodkendelse /> : <Tokens />}
      </Tabs>
    </div>
  );
}

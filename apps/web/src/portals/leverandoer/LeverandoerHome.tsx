import { testIds } from "#contracts/testids.ts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { LeverandoerMig } from "../../api/types.ts";
import { Facts, PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";

/** The provider's home: the organisation they represent, and what is coming. */
export function LeverandoerHome() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["leverandoer", "mig"],
    queryFn: () => api<LeverandoerMig>("/api/leverandoer/mig"),
  });
  return (
    <div data-testid={testIds.leverandoer.home}>
      <PageHeading>{t("leverandoer.heading")}</PageHeading>
      <QueryView query={query}>
        {(l) => (
          <>
            <p className="font-lead">{t("leverandoer.lead", { navn: l.navn })}</p>
            <h2>{t("leverandoer.orgHeading")}</h2>
            <Facts
              testId={testIds.leverandoer.organisation}
              items={[
                [t("leverandoer.name"), l.navn],
                [t("fields.cvr"), l.cvr],
              ]}
            />
            <h2>{t("common.comingHeading")}</h2>
            <p>{t("leverandoer.coming")}</p>
            <ul>
              <li>{t("leverandoer.coming1")}</li>
              <li>{t("leverandoer.coming2")}</li>
              <li>{t("leverandoer.coming3")}</li>
            </ul>
          </>
        )}
      </QueryView>
    </div>
  );
}

import { testIds } from "#contracts/testids.ts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/client.ts";
import type { VirksomhedMig } from "../../api/types.ts";
import { Facts, PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";

/** The employer's home: the company they act for, and their job orders. */
export function VirksomhedHome() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ["virksomhed", "mig"], queryFn: () => api<VirksomhedMig>("/api/virksomhed/mig") });
  return (
    <div data-testid={testIds.virksomhed.home}>
      <PageHeading>{t("virksomhed.heading")}</PageHeading>
      <QueryView query={query}>
        {(v) => (
          <>
            <p className="font-lead">{t("virksomhed.lead", { navn: v.navn })}</p>
            <h2>{t("virksomhed.companyHeading")}</h2>
            <Facts
              testId={testIds.virksomhed.company}
              items={[
                [t("virksomhed.name"), v.navn],
                [t("fields.cvr"), v.cvr],
                [t("virksomhed.kommune"), v.kommunenavn],
              ]}
            />
            <h2>{t("virksomhed.ordrerHeading")}</h2>
            <p>{t("virksomhed.ordrerTekst")}</p>
            <p>
              <Link className="button button-primary" to="/virksomhed/ordrer" data-testid={testIds.virksomhed.ordrer}>
                {t("virksomhed.ordrerLink")}
              </Link>
            </p>
            <p>{t("virksomhed.contact")}</p>
          </>
        )}
      </QueryView>
    </div>
  );
}

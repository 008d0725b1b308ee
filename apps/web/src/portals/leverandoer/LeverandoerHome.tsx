import { markedLeverandoerIds } from "#contracts/testids-marked-leverandoer.ts";
import { testIds } from "#contracts/testids.ts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/client.ts";
import type { LeverandoerMig } from "../../api/types.ts";
import { Facts, PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";

/** The marketplace's pages for the provider, each a card with a link. */
const KORT = [
  { key: "udbud", to: "/leverandoer/udbud", testId: markedLeverandoerIds.home.udbud },
  { key: "tilmeldinger", to: "/leverandoer/tilmeldinger", testId: markedLeverandoerIds.home.tilmeldinger },
  { key: "api", to: "/leverandoer/api", testId: markedLeverandoerIds.home.api },
] as const;

/** The provider's home: the organisation they represent, and the way to its offers, enrolments and API. */
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
            <section aria-labelledby="marketplace-heading">
              <h2 id="marketplace-heading">{t("markedLeverandoer.forside.heading")}</h2>
              <p className="ju-prose">{t("markedLeverandoer.forside.lead")}</p>
              <ul className="nobullet-list ju-cards">
                {KORT.map((k) => (
                  <li key={k.key}>
                    <section className="ju-card" aria-labelledby={`home-card-${k.key}`}>
                      <h3 className="ju-card-heading" id={`home-card-${k.key}`}>
                        <Link to={k.to} data-testid={k.testId}>
                          {t(`markedLeverandoer.forside.${k.key}`)}
                        </Link>
                      </h3>
                      <p>{t(`markedLeverandoer.forside.${k.key}Tekst`)}</p>
                    </section>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}

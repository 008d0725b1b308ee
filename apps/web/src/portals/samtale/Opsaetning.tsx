import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { SelectField } from "../../ui/Field.tsx";
import { BackLink, PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { Aabningstider } from "./opsaetning/Aabningstider.tsx";
import { Fravaer } from "./opsaetning/Fravaer.tsx";
import { Lokaler } from "./opsaetning/Lokaler.tsx";
import { Lukkedage } from "./opsaetning/Lukkedage.tsx";
import { Moedetyper } from "./opsaetning/Moedetyper.tsx";
import { API, type Medarbejder, OPSAETNING_KEY, type Opsaetning as OpsaetningData } from "./opsaetning/types.ts";

/**
 * The administrator sets up conversations (`/admin/samtaler`): the municipality's meeting types and rooms, each
 * caseworker's weekly opening windows and absences, and the days the jobcentre is closed. Citizens and caseworkers
 * book within what is set up here.
 */
export function Opsaetning() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: OPSAETNING_KEY, queryFn: () => api<OpsaetningData>(`${API}/opsaetning`) });

  return (
    <div data-testid={ids.page}>
      <BackLink to="/admin">{t("samtaleAdmin.backToAdmin")}</BackLink>
      <PageHeading>{t("samtaleAdmin.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("samtaleAdmin.lead")}</p>
      <nav aria-labelledby="setup-contents-heading">
        <h2 id="setup-contents-heading" className="h4">
          {t("samtaleAdmin.indhold")}
        </h2>
        <ul>
          <li>
            <a href="#meeting-types-heading">{t("samtaleAdmin.moedetyper.heading")}</a>
          </li>
          <li>
            <a href="#rooms-heading">{t("samtaleAdmin.lokaler.heading")}</a>
          </li>
          <li>
            <a href="#caseworkers-heading">{t("samtaleAdmin.medarbejdere.heading")}</a>
          </li>
          <li>
            <a href="#closed-days-heading">{t("samtaleAdmin.lukkedage.heading")}</a>
          </li>
        </ul>
      </nav>
      <QueryView query={query}>
        {(data) => (
          <>
            <Moedetyper moedetyper={data.moedetyper} />
            <Lokaler lokaler={data.lokaler} />
            <Medarbejdere medarbejdere={data.medarbejdere} idag={data.idag} />
            <Lukkedage lukkedage={data.lukkedage} helligdage={data.helligdage} />
          </>
        )}
      </QueryView>
    </div>
  );
}

/** One caseworker at a time: the weekly opening windows and the absences of the one chosen. */
function Medarbejdere({ medarbejdere, idag }: { medarbejdere: Medarbejder[]; idag: string }) {
  const { t } = useTranslation();
  const [valgt, setValgt] = useState(medarbejdere[0]?.id ?? "");
  const m = medarbejdere.find((x) => x.id === valgt) ?? medarbejdere[0];

  return (
    <section aria-labelledby="caseworkers-heading">
      <h2 id="caseworkers-heading">{t("samtaleAdmin.medarbejdere.heading")}</h2>
      <p className="ju-prose">{t("samtaleAdmin.medarbejdere.lead")}</p>
      {m ? (
        <>
          <SelectField
            id="caseworker"
            label={t("samtaleAdmin.medarbejdere.vaelg")}
            hint={t("samtaleAdmin.medarbejdere.vaelgHint")}
            value={m.id}
            onChange={setValgt}
            testId={ids.medarbejder}
            options={medarbejdere.map((x) => ({
              value: x.id,
              label: x.team ? `${x.navn} (${x.team})` : x.navn,
            }))}
          />
          <Aabningstider key={`vinduer-${m.id}`} medarbejder={m} idag={idag} />
          <Fravaer key={`fravaer-${m.id}`} medarbejder={m} />
        </>
      ) : (
        <p className="ju-empty">{t("samtaleAdmin.medarbejdere.empty")}</p>
      )}
    </section>
  );
}

import { markedAdminIds } from "#contracts/testids-marked-admin.ts";
import { testIds } from "#contracts/testids.ts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EscoAdminSektion } from "../esco/admin/EscoAdminSektion.tsx";
import { JoblogAdminSektion } from "../joblog/admin/JoblogAdminSektion.tsx";
import { api } from "../../api/client.ts";
import type { AdminKommune, Weekday } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Facts, PageHeading } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { SvartidSektion } from "../dialog/AdminSvartid.tsx";
import { ChatbotAdminSektion } from "../chatbot/ChatbotAdminSektion.tsx";

const WEEK: Weekday[] = ["man", "tir", "ons", "tor", "fre", "lor", "son"];

/** The municipality's administrator: the jobcentre's settings and the staff with their roles. */
export function AdminHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const query = useQuery({ queryKey: ["admin", "kommune"], queryFn: () => api<AdminKommune>("/api/admin/kommune") });
  return (
    <div data-testid={testIds.admin.home}>
      <PageHeading>{t("admin.heading")}</PageHeading>
      <QueryView query={query}>
        {(k) => {
          const hours = new Map(k.aabningstider.map((h) => [h.dag, h]));
          return (
            <>
              <p className="font-lead">{t("admin.lead", { kommune: k.navn })}</p>
              <section aria-labelledby="rule-set-heading">
                <h2 id="rule-set-heading">{t("admin.ruleSetHeading")}</h2>
                <p>{t("admin.ruleSetText")}</p>
                <p>
                  <Link className="function-link" to="/admin/regelsaet" data-testid={testIds.admin.ruleSetLink}>
                    {t("admin.ruleSetLink")}
                  </Link>
                </p>
              </section>
              <section aria-labelledby="macro-heading">
                <h2 id="macro-heading">{t("admin.macroHeading")}</h2>
                <p>{t("admin.macroText")}</p>
                <p>
                  <Link className="function-link" to="/admin/makrotekster" data-testid={testIds.admin.macroLink}>
                    {t("admin.macroLink")}
                  </Link>
                </p>
              </section>
              <section aria-labelledby="samtale-heading">
                <h2 id="samtale-heading">{t("samtaleAdmin.forsideOverskrift")}</h2>
                <p>{t("samtaleAdmin.forsideTekst")}</p>
                <p>
                  <Link className="function-link" to="/admin/samtaler" data-testid="admin-samtaler-link">
                    {t("samtaleAdmin.forsideLink")}
                  </Link>
                </p>
              </section>
              <section aria-labelledby="marketplace-heading">
                <h2 id="marketplace-heading">{t("markedAdmin.forside.heading")}</h2>
                <p>{t("markedAdmin.forside.tekst")}</p>
                <p>
                  <Link className="function-link" to="/admin/marked" data-testid={markedAdminIds.homeLink}>
                    {t("markedAdmin.forside.link")}
                  </Link>
                </p>
              </section>
              <SvartidSektion />
              <ChatbotAdminSektion />
              <JoblogAdminSektion />
              <EscoAdminSektion />
              <div className="row">
                <section className="col-12 col-lg-6" aria-labelledby="settings-heading">
                  <h2 id="settings-heading">{t("admin.settingsHeading")}</h2>
                  <Facts
                    testId={testIds.admin.settings}
                    items={[
                      [t("admin.kommune"), k.navn],
                      [t("admin.kommunekode"), k.kommunekode],
                      [t("admin.jobcenter"), k.jobcenterNavn],
                      [t("fields.adresse"), `${k.adresse}, ${k.postnr} ${k.bynavn}`],
                      [t("fields.telefon"), k.telefon],
                      [t("fields.email"), k.email],
                    ]}
                  />
                </section>
                <section className="col-12 col-lg-6" aria-labelledby="hours-heading">
                  <h2 id="hours-heading">{t("admin.hoursHeading")}</h2>
                  <table className="table table--compact" data-testid={testIds.admin.openingHours}>
                    <caption className="sr-only">{t("admin.hoursCaption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("admin.day")}</th>
                        <th scope="col">{t("admin.hours")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {WEEK.map((d) => {
                        const h = hours.get(d);
                        return (
                          <tr key={d}>
                            <th scope="row" className="weight-normal">
                              {t(`days.${d}`)}
                            </th>
                            <td>
                              {h ? t("admin.fromTo", { from: f.clock(h.fra), to: f.clock(h.til) }) : t("admin.closed")}
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </section>
              </div>
              <section aria-labelledby="staff-heading">
                <h2 id="staff-heading">{t("admin.staffHeading")}</h2>
                <div className="table--responsive-scroll">
                  <table className="table table--zebra" data-testid={testIds.admin.staff}>
                    <caption>{t("admin.staffCaption", { count: k.medarbejdere.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("fields.navn")}</th>
                        <th scope="col">{t("admin.role")}</th>
                        <th scope="col">{t("admin.title")}</th>
                        <th scope="col">{t("admin.team")}</th>
                        <th scope="col">{t("fields.email")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {k.medarbejdere.map((m) => (
                        <tr key={m.id}>
                          <th scope="row" className="weight-normal">
                            {m.navn}
                          </th>
                          <td>{codes.role(m.rolle)}</td>
                          <td>{m.titel ?? ""}</td>
                          <td>{m.team ?? ""}</td>
                          <td>{m.email ? <a href={`mailto:${m.email}`}>{m.email}</a> : ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            </>
          );
        }}
      </QueryView>
    </div>
  );
}

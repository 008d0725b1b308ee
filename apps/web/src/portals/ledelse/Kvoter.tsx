import { testIds } from "#contracts/testids.ts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import type { Kohortesvar } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Reference } from "../../ui/legal.tsx";
import { ScrollTable } from "../../ui/ScrollTable.tsx";
import { QueryView } from "../common/QueryView.tsx";

/**
 * The 2026 quotas over cohorts (lov nr. 1750/2025): of the citizens who started in the last half-year, how many the
 * jobcentre reached in time, how many were exempted after an assessment, and whether the quota is met.
 */
export function Kvoter() {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery({
    queryKey: ["ledelse", "kohorter"],
    queryFn: () => api<Kohortesvar>("/api/ledelse/kohorter"),
  });
  return (
    <section aria-labelledby="quotas-heading">
      <h2 id="quotas-heading">{t("ledelse.quotas.heading")}</h2>
      <QueryView query={query}>
        {(k) => (
          <>
            <p>{t("ledelse.quotas.lead", { fra: f.date(k.periode.fra), til: f.date(k.periode.til) })}</p>
            {k.kvoter.length === 0 ? (
              <p className="ju-empty">{t("ledelse.quotas.none")}</p>
            ) : (
              <ScrollTable captionId="quotas-caption">
                <table className="table" data-testid={testIds.ledelse.quotas}>
                  <caption id="quotas-caption">{t("ledelse.quotas.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("ledelse.quotas.rule")}</th>
                      <th scope="col" className="align-text-right">
                        {t("ledelse.quotas.cohort")}
                      </th>
                      <th scope="col" className="align-text-right">
                        {t("ledelse.quotas.reached")}
                      </th>
                      <th scope="col" className="align-text-right">
                        {t("ledelse.quotas.exempted")}
                      </th>
                      <th scope="col" className="align-text-right">
                        {t("ledelse.quotas.running")}
                      </th>
                      <th scope="col" className="align-text-right">
                        {t("ledelse.quotas.share")}
                      </th>
                      <th scope="col">{t("ledelse.quotas.status")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {k.kvoter.map((r) => (
                      <tr key={`${r.regelId}-${r.del ?? ""}`}>
                        <th scope="row" className="weight-normal">
                          {r.titel}
                          <br />
                          <small>
                            {r.regelId} · <Reference henvisning={r.henvisning} />
                          </small>
                        </th>
                        <td className="align-text-right">{f.number(r.kohorte, 0)}</td>
                        <td className="align-text-right">{f.number(r.naaet, 0)}</td>
                        <td className="align-text-right">{f.number(r.undtaget, 0)}</td>
                        <td className="align-text-right">{f.number(r.igang, 0)}</td>
                        <td className="align-text-right">{r.andel === null ? "–" : f.percent(r.andel)}</td>
                        <td>
                          {r.kvoteOpfyldt ? (
                            <span className="badge badge-success">
                              {t("ledelse.quotas.met", { kvote: f.percent(r.kvote) })}
                            </span>
                          ) : r.afgjort ? (
                            <span className="badge badge-error">
                              {t("ledelse.quotas.notMet", { kvote: f.percent(r.kvote) })}
                            </span>
                          ) : (
                            <span className="badge badge-warning">
                              {t("ledelse.quotas.behind", { kvote: f.percent(r.kvote) })}
                            </span>
                          )}
                          {r.undtagetOverGraense ? (
                            <span className="badge badge-error">{t("ledelse.quotas.tooManyExempted")}</span>
                          ) : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollTable>
            )}
            <p className="ju-muted-note">{t("ledelse.quotas.note")}</p>
          </>
        )}
      </QueryView>
    </section>
  );
}

import { testIds } from "#contracts/testids.ts";
import { markedLedelseIds } from "#contracts/testids-marked-ledelse.ts";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/client.ts";
import type { LedelseOverblik } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { PageHeading } from "../../ui/page.tsx";
import { ScrollTable } from "../../ui/ScrollTable.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { Kvoter } from "./Kvoter.tsx";

/** The manager's overview: key figures and the citizens per target group, as a table with a simple bar per row. */
export function Overblik() {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const query = useQuery({
    queryKey: ["ledelse", "overblik"],
    queryFn: () => api<LedelseOverblik>("/api/ledelse/overblik"),
  });
  return (
    <div data-testid={testIds.ledelse.home}>
      <PageHeading>{t("ledelse.heading")}</PageHeading>
      <QueryView query={query}>
        {(o) => {
          const max = Math.max(1, ...o.perMaalgruppe.map((g) => g.antal));
          return (
            <>
              <p className="font-lead">{t("ledelse.lead")}</p>
              <h2>{t("ledelse.keyFigures")}</h2>
              <ul className="ju-key-figures nobullet-list" data-testid={testIds.ledelse.keyFigures}>
                <li>
                  <span className="ju-key-figure">{f.number(o.borgere, 0)}</span>
                  <span>{t("ledelse.citizens")}</span>
                </li>
                <li>
                  <span className="ju-key-figure">{f.number(o.jobkonsulenter, 0)}</span>
                  <span>{t("ledelse.consultants")}</span>
                </li>
                <li>
                  <span className="ju-key-figure">{f.number(o.sagerPrJobkonsulent, 1)}</span>
                  <span>{t("ledelse.casesPerConsultant")}</span>
                </li>
              </ul>
              <h2>{t("ledelse.perGroupHeading")}</h2>
              <ScrollTable captionId="per-group-caption">
                <table className="table" data-testid={testIds.ledelse.perTargetGroup}>
                  <caption id="per-group-caption">{t("ledelse.perGroupCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("fields.maalgruppe")}</th>
                      <th scope="col" className="align-text-right">
                        {t("ledelse.count")}
                      </th>
                      <th scope="col" className="align-text-right">
                        {t("ledelse.share")}
                      </th>
                      <th scope="col">
                        <span className="sr-only">{t("ledelse.bar")}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.perMaalgruppe.map((g) => (
                      <tr key={g.kode}>
                        <th scope="row" className="weight-normal">
                          {codes.maalgruppe(g)}
                        </th>
                        <td className="align-text-right">{f.number(g.antal, 0)}</td>
                        <td className="align-text-right">{f.percent(o.borgere ? g.antal / o.borgere : 0)}</td>
                        <td className="ju-bar-cell" aria-hidden="true">
                          <div className="ju-bar" style={{ width: `${(g.antal / max) * 100}%` }} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">{t("ledelse.total")}</th>
                      <td className="align-text-right weight-semibold">{f.number(o.borgere, 0)}</td>
                      <td className="align-text-right">{f.percent(o.borgere ? 1 : 0)}</td>
                      <td aria-hidden="true" />
                    </tr>
                  </tfoot>
                </table>
              </ScrollTable>
            </>
          );
        }}
      </QueryView>
      <Kvoter />
      <section aria-labelledby="more-heading">
        <h2 id="more-heading">{t("ledelse.moreHeading")}</h2>
        <ul className="nobullet-list">
          <li>
            <Link className="function-link" to="/medarbejder" data-testid={testIds.ledelse.caseloadLink}>
              {t("ledelse.caseloadLink")}
            </Link>
          </li>
          <li>
            <Link className="function-link" to="/ledelse/regelsaet" data-testid={testIds.ledelse.ruleSetLink}>
              {t("ledelse.ruleSetLink")}
            </Link>
          </li>
          <li>
            <Link className="function-link" to="/ledelse/marked" data-testid={markedLedelseIds.overblikLink}>
              {t("markedLedelse.overblikLink")}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}

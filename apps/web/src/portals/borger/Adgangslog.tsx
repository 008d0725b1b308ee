import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AdgangslogEntry } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { PageHeading } from "../../ui/page.tsx";
import { ScrollTable } from "../../ui/ScrollTable.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { useAdgangslog } from "./queries.ts";

/**
 * "Hvem har set mine oplysninger": every time a member of staff (or a companion the citizen gave access) has looked
 * at the citizen's data, with who, when, what and why, newest first. (The citizen's own visits are not logged.)
 */
export function Adgangslog() {
  const { t } = useTranslation();
  const query = useAdgangslog();
  return (
    <div data-testid={testIds.borger.accessLogPage}>
      <p className="ju-back">
        <Link className="back-link" to="/borger">
          <Icon name="chevron-left" />
          {t("borger.backToMinSide")}
        </Link>
      </p>
      <PageHeading>{t("accessLog.heading")}</PageHeading>
      <div className="ju-prose">
        <p className="font-lead">{t("accessLog.lead")}</p>
        <p>{t("accessLog.explanation")}</p>
        <p>{t("accessLog.questions")}</p>
      </div>
      <QueryView query={query}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="ju-empty" data-testid={testIds.borger.accessLogEmpty}>
              {t("accessLog.empty")}
            </p>
          ) : (
            <AccessTable rows={[...rows].sort((a, b) => b.tidspunkt.localeCompare(a.tidspunkt))} />
          )
        }
      </QueryView>
    </div>
  );
}

function AccessTable({ rows }: { rows: AdgangslogEntry[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  return (
    <ScrollTable captionId="access-log-caption">
      <table className="table table--zebra" data-testid={testIds.borger.accessLogTable}>
        <caption id="access-log-caption">{t("accessLog.caption", { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("accessLog.when")}</th>
            <th scope="col">{t("accessLog.who")}</th>
            <th scope="col">{t("accessLog.role")}</th>
            <th scope="col">{t("accessLog.what")}</th>
            <th scope="col">{t("accessLog.why")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={testIds.borger.accessLogRow}>
              <td>{f.dateTime(r.tidspunkt)}</td>
              <td>{r.aktoerNavn}</td>
              <td>{r.aktoerRolle === "Bisidder" ? t("accessLog.roleBisidder") : codes.role(r.aktoerRolle)}</td>
              <td>
                {codes.logText("handling", r.handling)}
                <br />
                <span className="ju-muted">{codes.logText("ressource", r.ressource)}</span>
              </td>
              <td>{codes.formaalFromText(r.formaal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

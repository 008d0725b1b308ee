import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "../../../ui/DataTable.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Alert, PageHeading } from "../../../ui/page.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { VenterPaa } from "../dele.tsx";
import { useIndbakke, useRettelserTilBehandling } from "../queries.ts";
import { TraadPanel, useKanSkrive } from "./TraadPanel.tsx";

/**
 * /medarbejder/dialog: the caseworker's inbox. Threads that wait for an answer from us, of my citizens and of my
 * team's colleagues who are away, overdue first; below, my citizens' corrections of their details to handle.
 */
export function Indbakke() {
  const { t } = useTranslation();
  const kanSkrive = useKanSkrive();
  if (!kanSkrive)
    return (
      <div data-testid={ids.indbakke.page}>
        <PageHeading>{t("dialog.indbakke.heading")}</PageHeading>
        <Alert kind="info" heading={t("dialog.indbakke.kunSagsbehandlere")} />
      </div>
    );
  return <IndbakkeForSagsbehandler />;
}

function IndbakkeForSagsbehandler() {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useIndbakke();
  const rettelser = useRettelserTilBehandling();
  const [aaben, setAaben] = useState<string | null>(null);
  const formaal = "HENVENDELSE";
  return (
    <div data-testid={ids.indbakke.page}>
      <PageHeading>{t("dialog.indbakke.heading")}</PageHeading>
      <p className="font-lead">{t("dialog.indbakke.intro")}</p>
      <QueryView query={q}>
        {(rows) =>
          rows.length === 0 ? (
            <p data-testid={ids.indbakke.tom}>{t("dialog.indbakke.tom")}</p>
          ) : (
            <DataTable
              captionId="dialog-inbox-caption"
              caption={t("dialog.indbakke.caption", { count: rows.length })}
              testId={ids.indbakke.tabel}
              columns={[
                t("dialog.indbakke.emne"),
                t("dialog.indbakke.borger"),
                t("dialog.indbakke.status"),
                t("dialog.indbakke.frist"),
              ]}
              rows={rows}
              rowKey={(r) => r.id}
              rowTestId={ids.indbakke.raekke}
            >
              {(r) => (
                <>
                  <th scope="row">
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-expanded={aaben === r.id}
                      aria-controls="dialog-inbox-thread"
                      onClick={() => setAaben(aaben === r.id ? null : r.id)}
                    >
                      {r.emne}
                    </button>
                    {r.ulaeste > 0 ? (
                      <span className="badge badge-info ml-2">{t("dialog.ulaeste", { count: r.ulaeste })}</span>
                    ) : null}
                  </th>
                  <td>
                    <Link to={`/medarbejder/borger/${r.borger.id}?formaal=${formaal}&fane=dialog`}>
                      {r.borger.navn}
                    </Link>
                    {r.forKollega ? (
                      <span className="d-block ju-small">
                        {t("dialog.indbakke.forKollega", { navn: r.sagsbehandler ?? "" })}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <VenterPaa traad={r} side="jobcenter" />
                  </td>
                  <td>{r.svarfrist ? f.date(r.svarfrist) : ""}</td>
                </>
              )}
            </DataTable>
          )
        }
      </QueryView>
      <div id="dialog-inbox-thread">{aaben ? <TraadPanel id={aaben} formaal={formaal} headingLevel={2} /> : null}</div>
      <h2 className="h3">{t("dialog.indbakke.rettelserHeading")}</h2>
      <QueryView query={rettelser}>
        {(rows) =>
          rows.length === 0 ? (
            <p>{t("dialog.indbakke.ingenRettelser")}</p>
          ) : (
            <ul className="nobullet-list" data-testid={ids.indbakke.rettelser}>
              {rows.map((r) => (
                <li key={r.id} className="mb-2" data-testid={ids.indbakke.rettelse(r.id)}>
                  <Link to={`/medarbejder/borger/${r.borger.id}?formaal=${formaal}&fane=selvbetjening`}>
                    {r.borger.navn}
                  </Link>
                  {": "}
                  {t(`dialog.opl.gruppe.${r.gruppe}`)} · {f.dateTime(r.oprettet)}
                  {r.straks ? "" : ` · ${t("dialog.sektion.afventerDig")}`}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../ui/format.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { VenterPaa } from "../dele.tsx";
import { useSagDialog } from "../queries.ts";
import { NyTraadForm } from "./NyTraadForm.tsx";
import { TraadPanel, useKanSkrive } from "./TraadPanel.tsx";

/** The caseworker's dialog with the citizen (tab Dialog): the threads, overdue first, and the one opened. */
export function DialogFane({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useSagDialog(borgerId, formaal);
  const [aaben, setAaben] = useState<string | null>(null);
  const kanSkrive = useKanSkrive();
  return (
    <div data-testid={ids.fane.root}>
      <h2 className="h3 mt-0">{t("dialog.fane.heading")}</h2>
      <QueryView query={q}>
        {(d) => (
          <>
            <p className="ju-small">{t("dialog.fane.svartid", { count: d.svarfristArbejdsdage })}</p>
            {d.besvares.fravaerende ? (
              <p className="ju-small">
                {t("dialog.medarbejder.fravaer", { navn: d.besvares.sagsbehandler ?? "", team: d.besvares.team ?? "" })}
              </p>
            ) : null}
            {d.traade.length === 0 ? (
              <p>{t("dialog.fane.ingen")}</p>
            ) : (
              <ul className="nobullet-list" data-testid={ids.fane.liste}>
                {d.traade.map((x) => (
                  <li key={x.id} className="mb-3" data-testid={ids.fane.traad(x.id)}>
                    <button
                      type="button"
                      className="button button-tertiary"
                      aria-expanded={aaben === x.id}
                      onClick={() => setAaben(aaben === x.id ? null : x.id)}
                      data-testid={ids.fane.aaben(x.id)}
                    >
                      {x.emne}
                    </button>{" "}
                    <VenterPaa traad={x} side="jobcenter" />
                    {x.ulaeste > 0 ? (
                      <span className="badge badge-info ml-2">{t("dialog.ulaeste", { count: x.ulaeste })}</span>
                    ) : null}
                    <span className="d-block ju-small">
                      {t("dialog.liste.senest", { tid: f.dateTime(x.sidsteBesked) })}
                      {x.venterPaa === "jobcenter" && x.svarfrist
                        ? ` · ${t("dialog.medarbejder.frist", { dato: f.weekdayDate(x.svarfrist) })}`
                        : ""}
                    </span>
                    {aaben === x.id ? <TraadPanel id={x.id} formaal={formaal} /> : null}
                  </li>
                ))}
              </ul>
            )}
            {kanSkrive ? <NyTraadForm borgerId={borgerId} formaal={formaal} onSendt={setAaben} /> : null}
          </>
        )}
      </QueryView>
    </div>
  );
}

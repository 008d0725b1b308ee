import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryView } from "../../common/QueryView.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Alert, BackLink, PageHeading } from "../../../ui/page.tsx";
import { VenterPaa } from "../dele.tsx";
import { useMineTraade } from "../queries.ts";
import type { Besvares } from "../types.ts";
import "../dialog.css";

/** Who answers: the caseworker, or their team while the caseworker is away (said plainly to the citizen). */
export function BesvaresAf({
  besvares,
  jobcenter,
  testId,
}: {
  besvares: Besvares;
  jobcenter: string | null;
  testId: string;
}) {
  const { t } = useTranslation();
  if (besvares.fravaerende)
    return (
      <Alert kind="info" headingLevel={2} heading={t("dialog.team.heading")} testId={testId}>
        <p>
          {t("dialog.team.tekst", {
            sagsbehandler: besvares.sagsbehandler ?? t("dialog.team.dinSagsbehandler"),
            team: besvares.team ?? jobcenter ?? "",
          })}
        </p>
      </Alert>
    );
  return null;
}

/** /borger/dialog: the citizen's threads with the jobcentre, each with who it waits for. */
export function DialogListe() {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useMineTraade();
  return (
    <div data-testid={ids.liste.page}>
      <BackLink to="/borger">{t("dialog.tilMinSide")}</BackLink>
      <PageHeading>{t("dialog.liste.heading")}</PageHeading>
      <QueryView query={q}>
        {(d) => (
          <>
            <p className="font-lead" data-testid={ids.liste.svartid}>
              {t("dialog.liste.intro", {
                jobcenter: d.jobcenter ?? t("dialog.jobcentret"),
                count: d.svarfristArbejdsdage,
              })}
            </p>
            <BesvaresAf besvares={d.besvares} jobcenter={d.jobcenter} testId={ids.liste.fravaer} />
            <p>
              <Link className="button button-primary" to="/borger/dialog/ny" data-testid={ids.liste.ny}>
                {t("dialog.liste.ny")}
              </Link>
            </p>
            <h2 className="h3">{t("dialog.liste.traade")}</h2>
            {d.traade.length === 0 ? (
              <p data-testid={ids.liste.tom}>{t("dialog.liste.tom")}</p>
            ) : (
              <ul className="nobullet-list ju-cards" data-testid={ids.liste.traade}>
                {d.traade.map((x) => (
                  <li key={x.id} className="ju-card" data-testid={ids.liste.traad(x.id)}>
                    <h3 className="h5 mt-0 mb-2">
                      <Link to={`/borger/dialog/${x.id}`}>{x.emne}</Link>
                    </h3>
                    <p className="mt-0 mb-2">
                      <VenterPaa traad={x} side="borger" testId={ids.liste.status(x.id)} />
                      {x.ulaeste > 0 ? (
                        <span className="badge badge-info ml-2">{t("dialog.ulaeste", { count: x.ulaeste })}</span>
                      ) : null}
                    </p>
                    <p className="ju-small mt-0 mb-0">
                      {t("dialog.liste.senest", { tid: f.dateTime(x.sidsteBesked) })}
                      {x.venterPaa === "jobcenter" && x.svarfrist && !x.overskredet
                        ? ` · ${t("dialog.fristKort", { dato: f.weekdayDate(x.svarfrist) })}`
                        : ""}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}

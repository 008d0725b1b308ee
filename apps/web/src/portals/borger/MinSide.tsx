import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../ui/format.ts";
import { Facts, PageHeading } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { BefordringKort } from "../befordring/borger/BefordringKort.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { DialogKort } from "../dialog/borger/DialogKort.tsx";
import { IndsigtKort } from "../indsigt/borger/IndsigtKort.tsx";
import { JobKort } from "../job/borger/JobKort.tsx";
import { JoblogKort } from "../joblog/borger/JoblogKort.tsx";
import { KurserKort } from "../marked/borger/KurserKort.tsx";
import { BisidderKort, FlytHjaelp, NuKort, PlanKort } from "../minside/borger/Kort.tsx";
import { JobcenterKontakt, SagFakta } from "../minside/dele.tsx";
import { MineSamtalerKort } from "../samtale/borger/MineSamtalerKort.tsx";
import { useBorgerMig, useOverblik } from "./queries.ts";

/**
 * The citizen's home, mobile first. "Det skal du gøre nu" comes first: what the law asks of them with its "why", and
 * the next conversation with how to move it. Then the plan, courses, dialog, job log, claims, the case with letters
 * and decisions, and the own details. On the side (below on a phone): a person to talk to (the jobcentre's phone and
 * opening hours), who has seen my data, and the companion access.
 */
export function MinSide() {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const query = useBorgerMig();
  const overblik = useOverblik();
  return (
    <div data-testid={testIds.borger.home}>
      <PageHeading>{t("borger.heading")}</PageHeading>
      <QueryView query={query}>
        {(b) => (
          <>
            <p className="font-lead">{t("borger.hello", { name: b.navn.split(" ")[0] })}</p>
            <div className="row">
              <div className="col-12 col-lg-8">
                <QueryView query={overblik}>
                  {(o) => (
                    <>
                      <NuKort o={o} />
                      <MineSamtalerKort />
                      <FlytHjaelp o={o} />
                      <PlanKort o={o} />
                    </>
                  )}
                </QueryView>
                <KurserKort />
                <DialogKort />
                <JoblogKort />
                <BefordringKort />
                <JobKort />
                <h2>{t("borger.caseHeading")}</h2>
                {overblik.data ? (
                  <SagFakta o={overblik.data} />
                ) : (
                  <Facts
                    items={[
                      [t("fields.maalgruppe"), codes.maalgruppe(b.maalgruppe)],
                      [t("fields.ydelseStart"), f.date(b.ydelseStart)],
                    ]}
                  />
                )}
                <IndsigtKort />
                <h2>{t("borger.detailsHeading")}</h2>
                <Facts
                  testId={testIds.borger.details}
                  items={[
                    [t("fields.navn"), b.navn],
                    [t("fields.cpr"), b.cpr],
                    [t("fields.foedselsdato"), f.date(b.foedselsdato)],
                    [t("fields.adresse"), `${b.adresse}, ${b.postnr} ${b.bynavn}`],
                    [t("fields.telefon"), b.telefon],
                    [t("fields.email"), b.email],
                    [t("fields.uddannelse"), codes.uddannelse(b.uddannelse)],
                  ]}
                />
                <p>{t("borger.wrongDetails")}</p>
              </div>
              <aside className="col-12 col-lg-4" aria-label={t("minside.kontakt.heading")}>
                {overblik.data?.jobcenter ? (
                  <JobcenterKontakt jobcenter={overblik.data.jobcenter} />
                ) : b.jobcenter ? (
                  <div className="card collapsed-height">
                    <div className="card-content">
                      <h2 className="card-heading h3">{t("borger.jobcenterHeading")}</h2>
                      <p>
                        <span className="weight-semibold">{b.jobcenter.navn}</span>
                        <br />
                        {t("fields.telefon")}:{" "}
                        <a href={`tel:${b.jobcenter.telefon.replaceAll(" ", "")}`}>{b.jobcenter.telefon}</a>
                      </p>
                    </div>
                  </div>
                ) : null}
                <div className="card collapsed-height">
                  <div className="card-content">
                    <h2 className="card-heading h3" id="access-log-teaser">
                      {t("accessLog.heading")}
                    </h2>
                    <p>{t("borger.accessLogTeaser")}</p>
                    <p className="card-actions">
                      <Link
                        className="function-link"
                        to="/borger/adgangslog"
                        data-testid={testIds.borger.accessLogLink}
                      >
                        {t("borger.accessLogLink")}
                      </Link>
                    </p>
                  </div>
                </div>
                <BisidderKort />
              </aside>
            </div>
          </>
        )}
      </QueryView>
    </div>
  );
}

import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../ui/format.ts";
import { Facts, PageHeading } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { KurserKort } from "../marked/borger/KurserKort.tsx";
import { MineSamtalerKort } from "../samtale/borger/MineSamtalerKort.tsx";
import { BefordringKort } from "../befordring/borger/BefordringKort.tsx";
import { DialogKort } from "../dialog/borger/DialogKort.tsx";
import { IndsigtKort } from "../indsigt/borger/IndsigtKort.tsx";
import { JoblogKort } from "../joblog/borger/JoblogKort.tsx";
import { useBorgerMig } from "./queries.ts";

/**
 * The citizen's home: their conversations (the next one, what the law asks, the messages), their courses and tokens
 * from the marketplace, their own details, their case and their jobcentre, and the way to the access log.
 */
export function MinSide() {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const query = useBorgerMig();
  return (
    <div data-testid={testIds.borger.home}>
      <PageHeading>{t("borger.heading")}</PageHeading>
      <QueryView query={query}>
        {(b) => (
          <>
            <p className="font-lead">{t("borger.hello", { name: b.navn.split(" ")[0] })}</p>
            <div className="row">
              <div className="col-12 col-lg-8">
                <MineSamtalerKort />
                <KurserKort />
                <DialogKort />
                <JoblogKort />
                <BefordringKort />
                <IndsigtKort />
                <h2>{t("borger.caseHeading")}</h2>
                <Facts
                  items={[
                    [t("fields.maalgruppe"), codes.maalgruppe(b.maalgruppe)],
                    [t("fields.ydelseStart"), f.date(b.ydelseStart)],
                    [
                      t("borger.yourCaseworker"),
                      b.sagsbehandler
                        ? `${b.sagsbehandler.navn}${b.sagsbehandler.team ? `, ${b.sagsbehandler.team}` : ""}`
                        : t("borger.noCaseworker"),
                    ],
                  ]}
                />
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
              <aside className="col-12 col-lg-4" aria-labelledby="access-log-teaser">
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
                {b.jobcenter ? (
                  <div className="card collapsed-height">
                    <div className="card-content">
                      <h2 className="card-heading h3">{t("borger.jobcenterHeading")}</h2>
                      <p>
                        <span className="weight-semibold">{b.jobcenter.navn}</span>
                        <br />
                        {b.jobcenter.adresse}
                        <br />
                        {b.jobcenter.postnr} {b.jobcenter.bynavn}
                      </p>
                      <p>
                        {t("fields.telefon")}:{" "}
                        <a href={`tel:${b.jobcenter.telefon.replaceAll(" ", "")}`}>{b.jobcenter.telefon}</a>
                        <br />
                        {t("fields.email")}: <a href={`mailto:${b.jobcenter.email}`}>{b.jobcenter.email}</a>
                      </p>
                    </div>
                  </div>
                ) : null}
              </aside>
            </div>
          </>
        )}
      </QueryView>
    </div>
  );
}

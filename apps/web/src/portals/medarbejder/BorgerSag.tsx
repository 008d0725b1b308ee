import { errors } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import { localProblem } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Alert, Facts, PageHeading } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { useCitizen, usePurposes } from "./queries.ts";

const PURPOSE_ID = "formaal";

/**
 * Opening a citizen's data: first the purpose (formål), which is recorded with the access in the log the citizen can
 * read; then the data. The purpose is kept in the address (?formaal=…), so the page can be bookmarked and reloaded.
 */
export function BorgerSag() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const formaal = params.get("formaal");
  const navn = (useLocation().state as { navn?: string } | null)?.navn;
  return (
    <div>
      <p className="ju-back">
        <Link className="back-link" to="/medarbejder">
          <Icon name="chevron-left" />
          {t("medarbejder.backToList")}
        </Link>
      </p>
      {formaal ? (
        <CitizenView id={id} formaal={formaal} />
      ) : (
        <PurposeStep navn={navn} onChosen={(kode) => setParams({ formaal: kode })} />
      )}
    </div>
  );
}

function PurposeStep({ navn, onChosen }: { navn?: string; onChosen: (kode: string) => void }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const codes = useCodeTexts();
  const purposes = usePurposes();
  const [value, setValue] = useState("");
  const [missing, setMissing] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!value) {
      setMissing(true);
      return;
    }
    onChosen(value);
  };
  const message = errors.PURPOSE_REQUIRED[lang];
  return (
    <>
      <PageHeading>{t("sag.purposeHeading")}</PageHeading>
      {navn ? <p className="font-lead">{t("sag.purposeFor", { navn })}</p> : null}
      <p>{t("sag.purposeLead")}</p>
      {missing ? (
        <ErrorSummary
          problem={{ ...localProblem("VALIDATION_FAILED"), errors: [{ path: PURPOSE_ID, message }] }}
          fieldIds={{ [PURPOSE_ID]: PURPOSE_ID }}
        />
      ) : null}
      <QueryView query={purposes}>
        {(list) => (
          <form onSubmit={onSubmit} noValidate data-testid={testIds.medarbejder.purposeForm}>
            <div className={`form-group${missing ? " form-error" : ""}`}>
              <label className="form-label" htmlFor={PURPOSE_ID}>
                {t("sag.purposeLabel")}
              </label>
              <span className="form-hint" id={`${PURPOSE_ID}-hint`}>
                {t("sag.purposeHint")}
              </span>
              {missing ? (
                <span className="form-error-message" id={`${PURPOSE_ID}-error`}>
                  <span className="sr-only">{t("common.error")}: </span>
                  {message}
                </span>
              ) : null}
              <select
                id={PURPOSE_ID}
                className="form-select"
                value={value}
                onChange={(e) => {
                  setValue(e.target.value);
                  if (e.target.value) setMissing(false);
                }}
                aria-describedby={`${PURPOSE_ID}-hint${missing ? ` ${PURPOSE_ID}-error` : ""}`}
                aria-invalid={missing ? true : undefined}
                data-testid={testIds.medarbejder.purposeSelect}
              >
                <option value="">{t("sag.purposeChoose")}</option>
                {list.map((p) => (
                  <option key={p.kode} value={p.kode}>
                    {codes.formaal(p.kode, p.tekst)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-primary" data-testid={testIds.medarbejder.purposeSubmit}>
              {t("sag.open")}
            </button>
          </form>
        )}
      </QueryView>
    </>
  );
}

function CitizenView({ id, formaal }: { id: string; formaal: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const query = useCitizen(id, formaal);
  return (
    <div data-testid={testIds.medarbejder.citizenView}>
      {query.isSuccess ? (
        <PageHeading title={query.data.navn}>{query.data.navn}</PageHeading>
      ) : (
        <PageHeading>{t("sag.heading")}</PageHeading>
      )}
      <QueryView query={query}>
        {(b) => (
          <>
            <Alert kind="info" heading={t("sag.loggedHeading")} testId={testIds.medarbejder.citizenAuditNotice}>
              <p>{t("sag.loggedText", { formaal: codes.formaal(formaal) })}</p>
            </Alert>
            <div className="row">
              <div className="col-12 col-lg-6">
                <h2>{t("sag.personHeading")}</h2>
                <Facts
                  items={[
                    [t("fields.cpr"), b.cpr.replace(/^(\d{6})(\d{4})$/, "$1-$2")],
                    [t("fields.foedselsdato"), `${f.date(b.foedselsdato)} (${t("common.years", { count: b.alder })})`],
                    [t("fields.koen"), codes.koen(b.koen)],
                    [t("fields.adresse"), `${b.adresse}, ${b.postnr} ${b.bynavn}`],
                    [t("fields.telefon"), b.telefon],
                    [t("fields.email"), b.email],
                    [t("fields.uddannelse"), codes.uddannelse(b.uddannelse)],
                  ]}
                />
              </div>
              <div className="col-12 col-lg-6">
                <h2>{t("sag.caseHeading")}</h2>
                <Facts
                  items={[
                    [t("fields.maalgruppe"), codes.maalgruppe(b.maalgruppe)],
                    [t("fields.ydelseStart"), f.date(b.ydelseStart)],
                    [
                      t("fields.sagsbehandler"),
                      b.sagsbehandler
                        ? `${b.sagsbehandler.navn}${b.sagsbehandler.team ? `, ${b.sagsbehandler.team}` : ""}`
                        : null,
                    ],
                  ]}
                />
              </div>
            </div>
          </>
        )}
      </QueryView>
    </div>
  );
}

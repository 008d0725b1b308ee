import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Alert, Facts, PageHeading } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { PurposeStep } from "./PurposeStep.tsx";
import { useNotat } from "./queries.ts";

/**
 * One journal note opened on its own, e.g. from a search hit: first the purpose, then the note, with a warning when it
 * has been corrected and links to the correction, the original and the citizen's case.
 */
export function NotatSide() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const formaal = params.get("formaal");
  const tilbage = (useLocation().state as { tilbage?: string } | null)?.tilbage;
  const back = tilbage?.startsWith("/medarbejder") ? tilbage : "/medarbejder/soeg";
  return (
    <div data-testid={testIds.notat.page}>
      <p className="ju-back">
        <Link className="back-link" to={back}>
          <Icon name="chevron-left" />
          {back.startsWith("/medarbejder/soeg") ? t("notat.backToSearch") : t("medarbejder.backToList")}
        </Link>
      </p>
      {formaal ? (
        <NotatView id={id} formaal={formaal} />
      ) : (
        <PurposeStep
          onChosen={(kode) =>
            setParams(
              (p) => {
                p.set("formaal", kode);
                return p;
              },
              { state: { tilbage } },
            )
          }
        />
      )}
    </div>
  );
}

function NotatView({ id, formaal }: { id: string; formaal: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const query = useNotat(id, formaal);
  const state = { tilbage: (useLocation().state as { tilbage?: string } | null)?.tilbage };
  const noteLink = (noteId: string) => `/medarbejder/notat/${noteId}?formaal=${encodeURIComponent(formaal)}`;
  return (
    <>
      {query.isSuccess ? (
        <PageHeading title={query.data.emne}>{query.data.emne}</PageHeading>
      ) : (
        <PageHeading>{t("notat.heading")}</PageHeading>
      )}
      <QueryView query={query}>
        {(n) => (
          <>
            <Alert kind="info" heading={t("sag.loggedHeading")} testId={testIds.medarbejder.citizenAuditNotice}>
              <p>{t("sag.loggedText", { formaal: codes.formaal(formaal) })}</p>
            </Alert>
            {n.rettetAf ? (
              <Alert kind="warning" heading={t("notat.correctedHeading")} testId={testIds.notat.correctedBy}>
                <p>{t("notat.correctedText")}</p>
                <p>
                  <Link to={noteLink(n.rettetAf)} state={state}>
                    {t("notat.seeCorrection")}
                  </Link>
                </p>
              </Alert>
            ) : null}
            {n.retter ? (
              <Alert kind="info" heading={t("notat.correctsHeading")}>
                <p>
                  <Link to={noteLink(n.retter)} state={state}>
                    {t("notat.seeOriginal")}
                  </Link>
                </p>
              </Alert>
            ) : null}
            <Facts
              items={[
                [
                  t("notat.citizen"),
                  <Link
                    key="borger"
                    to={`/medarbejder/borger/${n.borger.id}?formaal=${encodeURIComponent(formaal)}&fane=notater`}
                  >
                    {n.borger.navn}
                  </Link>,
                ],
                [t("notat.date"), f.date(n.dato)],
                [t("notat.category"), t(`sag.notatKategori.${n.kategori}`, { defaultValue: n.kategori })],
                [t("notat.author"), n.forfatter],
                [t("notat.saved"), f.dateTime(n.oprettet)],
              ]}
            />
            <h2 className="sr-only">{t("notat.heading")}</h2>
            <p className="ju-note-text ju-prose" data-testid={testIds.notat.text}>
              {n.tekst}
            </p>
          </>
        )}
      </QueryView>
    </>
  );
}

import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.ts";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import type { CitizenDetails, Sag } from "../../api/types.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Alert, Loading, PageHeading } from "../../ui/page.tsx";
import { Tabs } from "../../ui/Tabs.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { PurposeStep } from "./PurposeStep.tsx";
import { useCitizen, useSag } from "./queries.ts";
import { SagDokumenter } from "./SagDokumenter.tsx";
import { SagFrister } from "./SagFrister.tsx";
import { SagNotater } from "./SagNotater.tsx";
import { SagOverblik } from "./SagOverblik.tsx";
import { SagPlan } from "./SagPlan.tsx";
import { SagSoeg } from "./SagSoeg.tsx";
import { SagTidslinje } from "./SagTidslinje.tsx";
import { SagSamtaler } from "../samtale/SagSamtaler.tsx";
import { SagForloeb } from "../marked/medarbejder/SagForloeb.tsx";
import { DialogFane } from "../dialog/medarbejder/DialogFane.tsx";
import { SelvbetjeningFane } from "../minside/medarbejder/SelvbetjeningFane.tsx";

const SAG_FANER = [
  "overblik",
  "frister",
  "samtaler",
  "dialog",
  "selvbetjening",
  "forloeb",
  "plan",
  "tidslinje",
  "notater",
  "dokumenter",
] as const;
type SagFane = (typeof SAG_FANER)[number];

/**
 * Sagen: first the purpose (formål), which is recorded with the access in the log the citizen can read; then the
 * citizen's data and case file. The purpose and the part shown are kept in the address (?formaal=…&fane=…), so the
 * page can be bookmarked and reloaded.
 */
export function BorgerSag() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const formaal = params.get("formaal");
  const navn = (useLocation().state as { navn?: string } | null)?.navn;
  const leder = useSession().data?.user.role === "leder";
  return (
    <div data-testid={testIds.sag.page}>
      <p className="ju-back">
        <Link className="back-link" to="/medarbejder">
          <Icon name="chevron-left" />
          {leder ? t("medarbejder.backToListLeder") : t("medarbejder.backToList")}
        </Link>
      </p>
      {formaal ? (
        <SagView id={id} formaal={formaal} navn={navn} />
      ) : (
        <PurposeStep
          subject={navn ? t("sag.purposeFor", { navn }) : undefined}
          onChosen={(kode) =>
            setParams((p) => {
              p.set("formaal", kode);
              return p;
            })
          }
        />
      )}
    </div>
  );
}

function SagView({ id, formaal, navn }: { id: string; formaal: string; navn?: string }) {
  const { t } = useTranslation();
  const codes = useCodeTexts();
  const [params, setParams] = useSearchParams();
  const citizen = useCitizen(id, formaal);
  const sag = useSag(id, formaal);
  const wanted = params.get("fane");
  const fane: SagFane = SAG_FANER.includes(wanted as SagFane) ? (wanted as SagFane) : "overblik";
  const choose = (f: SagFane) =>
    setParams(
      (p) => {
        p.set("fane", f);
        return p;
      },
      { replace: true },
    );
  const loaded = citizen.isSuccess || sag.isSuccess;
  return (
    <div data-testid={testIds.medarbejder.citizenView}>
      {citizen.isSuccess || (navn && !citizen.isFetching) ? (
        // The name from the caseload or a search when the personal data are not fetched (a manager).
        <PageHeading title={citizen.data?.navn ?? navn}>{citizen.data?.navn ?? navn}</PageHeading>
      ) : (
        <PageHeading>{t("sag.heading")}</PageHeading>
      )}
      {!loaded && (citizen.isPending || sag.isPending) ? <Loading /> : null}
      {loaded ? (
        <Alert kind="info" heading={t("sag.loggedHeading")} testId={testIds.medarbejder.citizenAuditNotice}>
          <p>{t("sag.loggedText", { formaal: codes.formaal(formaal) })}</p>
        </Alert>
      ) : null}
      {citizen.isError ? <QueryView query={citizen}>{() => null}</QueryView> : null}
      <QueryView query={sag}>
        {(s) => (
          <>
            <SagSoeg borgerId={id} formaal={formaal} />
            <Tabs
              tabs={SAG_FANER.map((key) => ({ key, label: t(`sag.tab.${key}`) }))}
              selected={fane}
              onSelect={choose}
              label={t("sag.tabsLabel")}
              idPrefix="sag"
              testId={testIds.sag.tab}
              panelTestId={testIds.sag.panel}
            >
              <Panel fane={fane} sag={s} citizen={citizen.data} borgerId={id} formaal={formaal} />
            </Tabs>
          </>
        )}
      </QueryView>
    </div>
  );
}

function Panel({
  fane,
  sag,
  citizen,
  borgerId,
  formaal,
}: {
  fane: SagFane;
  sag: Sag;
  citizen: CitizenDetails | undefined;
  borgerId: string;
  formaal: string;
}) {
  switch (fane) {
    case "overblik":
      return <SagOverblik citizen={citizen} sag={sag} />;
    case "frister":
      return <SagFrister sag={sag} />;
    case "samtaler":
      return <SagSamtaler borgerId={borgerId} formaal={formaal} />;
    case "dialog":
      return <DialogFane borgerId={borgerId} formaal={formaal} />;
    case "selvbetjening":
      return <SelvbetjeningFane borgerId={borgerId} formaal={formaal} />;
    case "forloeb":
      return <SagForloeb borgerId={borgerId} />;
    case "plan":
      return <SagPlan plan={sag.plan} borgerId={borgerId} formaal={formaal} />;
    case "tidslinje":
      return <SagTidslinje tidslinje={sag.tidslinje} />;
    case "notater":
      return <SagNotater notater={sag.notater} borgerId={borgerId} formaal={formaal} />;
    case "dokumenter":
      return <SagDokumenter dokumenter={sag.dokumenter} borgerId={borgerId} formaal={formaal} />;
  }
}

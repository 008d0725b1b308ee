import { cvIds as ids } from "#contracts/testids-cv.ts";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { PurposeStep } from "../../medarbejder/PurposeStep.tsx";
import { CvVisning } from "../dele.tsx";
import { useBorgerCv } from "../queries.ts";

/**
 * /medarbejder/borger/:id/cv: the citizen's CV, read only. First the purpose (formål), which is logged with the read
 * in the citizen's access log; the purpose is kept in the address (?formaal=…) as on the case page.
 */
export function CvMedarbejder() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const formaal = params.get("formaal");
  return (
    <div data-testid={ids.medarbejder.page}>
      <BackLink
        to={`/medarbejder/borger/${encodeURIComponent(id)}${formaal ? `?formaal=${encodeURIComponent(formaal)}` : ""}`}
      >
        {t("cv.medarbejder.tilbage")}
      </BackLink>
      {formaal ? (
        <Visning id={id} formaal={formaal} />
      ) : (
        <PurposeStep
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

function Visning({ id, formaal }: { id: string; formaal: string }) {
  const { t } = useTranslation();
  const query = useBorgerCv(id, formaal);
  return (
    <QueryView query={query}>
      {(cv) => (
        <>
          <PageHeading>{t("cv.medarbejder.heading", { navn: cv.borger.navn })}</PageHeading>
          <p className="font-lead">{t("cv.medarbejder.lead")}</p>
          {cv.findes ? <CvVisning cv={cv} /> : <p data-testid={ids.medarbejder.tom}>{t("cv.medarbejder.tom")}</p>}
        </>
      )}
    </QueryView>
  );
}

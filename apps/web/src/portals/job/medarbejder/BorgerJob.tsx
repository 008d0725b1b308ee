import { jobIds as ids } from "#contracts/testids-job.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { problemOf } from "../../../api/client.ts";
import { useSession } from "../../../api/session.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { Anmodninger, MatchKort } from "../borger/JobTilDig.tsx";
import { useBorgerJob, useFormidling } from "../queries.ts";
import type { MatchetJob } from "../types.ts";

/**
 * /medarbejder/borger/:id/job: the citizen's matched jobs with explanations (the read is logged with the purpose
 * "Jobformidling"), the contact requests, and "Foreslå borgeren" (formidling): the citizen is asked for consent
 * before the employer sees who she is.
 */
export function BorgerJob() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useBorgerJob(id);
  const rolle = useSession().data?.user.role;
  return (
    <div data-testid={ids.medarbejder.side}>
      <BackLink to={`/medarbejder/borger/${id}`}>{t("job.medarbejder.tilbage")}</BackLink>
      <QueryView query={query}>
        {(j) => (
          <>
            <PageHeading>{t("job.medarbejder.heading", { navn: j.borger.navn })}</PageHeading>
            <p className="ju-prose">{t("job.medarbejder.lead")}</p>
            <div data-testid={ids.medarbejder.kontakter}>
              <Anmodninger liste={j.kontakter} kanSvare={false} />
            </div>
            <section aria-labelledby="job-medarbejder-matches">
              <h2 id="job-medarbejder-matches">{t("job.medarbejder.matchesHeading")}</h2>
              {!j.harCv ? (
                <p>{t("job.medarbejder.ingenCv")}</p>
              ) : j.ordrer.length === 0 ? (
                <p>{t("job.borger.ingenMatches")}</p>
              ) : (
                <ol className="nobullet-list">
                  {j.ordrer.map((o) => (
                    <li key={o.ordreId} data-testid={ids.medarbejder.match(o.ordreId)}>
                      <MatchKort o={o} medLink={false} />
                      {rolle === "jobkonsulent" ? <Foreslaa borgerId={id} o={o} /> : null}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}

function Foreslaa({ borgerId, o }: { borgerId: string; o: MatchetJob }) {
  const { t } = useTranslation();
  const [noegle] = useState(newUuid);
  const f = useFormidling(borgerId);
  const fejl = problemOf(f.error);
  if (o.kontakt)
    return (
      <p className="mb-6" data-testid={ids.medarbejder.foreslaaet(o.ordreId)}>
        {t(`job.kilde.${o.kontakt.kilde}`)}: {t(`job.status.${o.kontakt.status}`)}
      </p>
    );
  return (
    <div className="mb-6">
      {fejl ? <ErrorSummary problem={fejl} /> : null}
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={f.isPending || undefined}
        onClick={() => !f.isPending && f.mutate({ ordreId: o.ordreId, idempotensnoegle: noegle })}
        data-testid={ids.medarbejder.foreslaa(o.ordreId)}
      >
        {t("job.medarbejder.foreslaa")}
        <span className="sr-only"> {o.titel}</span>
      </button>
      <p className="ju-small mt-1">{t("job.medarbejder.foreslaaHint")}</p>
    </div>
  );
}

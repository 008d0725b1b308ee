import { jobIds as ids } from "#contracts/testids-job.ts";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { Hvorfor, Score } from "../dele.tsx";
import { useOrdre } from "../queries.ts";
import { Ansoeg } from "./Ansoeg.tsx";

/** /borger/job/:ordreId: an open job of her municipality (title, employer, place, hours, start, scheme), her match, and "Søg jobbet". */
export function OrdreSide() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { ordreId = "" } = useParams();
  const query = useOrdre(ordreId);
  return (
    <div data-testid={ids.ordre.side}>
      <BackLink to="/borger/job">{t("job.ordre.tilbage")}</BackLink>
      <QueryView query={query}>
        {(o) => (
          <>
            <PageHeading>{o.titel}</PageHeading>
            <Facts
              testId={ids.ordre.fakta}
              items={[
                [t("job.ordre.virksomhed"), o.virksomhed],
                [t("job.ordre.sted"), `${o.arbejdssted}, ${o.postnr}${o.bynavn ? ` ${o.bynavn}` : ""}`],
                [t("job.ordre.art"), t(`job.art.${o.art}`)],
                [t("job.ordre.timer"), o.timer],
                [t("job.ordre.start"), fmt.date(o.start)],
                [t("job.ordre.slut"), o.slut ? fmt.date(o.slut) : t("job.ordre.fast")],
              ]}
            />
            {o.beskrivelse ? <p className="ju-prose">{o.beskrivelse}</p> : null}
            {o.match ? (
              <section aria-labelledby="job-ordre-match-heading" className="mb-6" data-testid={ids.ordre.hvorfor}>
                <h2 id="job-ordre-match-heading">{t("job.ordre.matchHeading")}</h2>
                <Score score={o.match.score} />
                <Hvorfor forklaring={o.match.forklaring} />
                {o.match.mangler.length > 0 ? (
                  <p>
                    <strong>{t("job.borger.mangler")}</strong>{" "}
                    {o.match.mangler.map((m) => (m.essentiel ? `${m.titel} (${t("job.vigtig")})` : m.titel)).join(", ")}
                  </p>
                ) : null}
              </section>
            ) : null}
            <section aria-labelledby="job-ordre-ansoeg-heading" className="ju-editor mb-6">
              <h2 id="job-ordre-ansoeg-heading" className="h3 mt-0">
                {t("job.ansoeg.heading")}
              </h2>
              <Ansoeg ordreId={o.id} kontakt={o.kontakt} />
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}

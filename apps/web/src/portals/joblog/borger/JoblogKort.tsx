import { joblogIds as ids } from "#contracts/testids-joblog.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { UgeBadge } from "../dele.tsx";
import { useJoblog, useRettigheder } from "../queries.ts";

/**
 * "Joblog og rettigheder" on Min side: this week's applications against the requirement, and whether the rights and
 * duties review in force is confirmed (a new version asks again), with the ways to both pages.
 */
export function JoblogKort() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const joblog = useJoblog();
  const rettigheder = useRettigheder();
  const u = joblog.data?.denneUge;
  const r = rettigheder.data;
  return (
    <section className="ju-editor" aria-labelledby="joblog-card-heading" data-testid={ids.kort.card}>
      <h2 id="joblog-card-heading" className="h3 mt-0">
        {t("joblog.kort.heading")}
      </h2>
      <p data-testid={ids.kort.uge}>
        {joblog.isPending ? (
          t("common.loading")
        ) : joblog.isError ? (
          t("joblog.kort.fejl")
        ) : !joblog.data.krav.pligt || !u || u.krav === 0 ? (
          t("joblog.kort.ingenPligt")
        ) : (
          <>
            {u.status === "opfyldt"
              ? t("joblog.kort.denneUgeOpfyldt", { uge: u.uge, antal: u.antal })
              : t("joblog.kort.denneUge", { uge: u.uge, antal: u.antal, krav: u.krav })}{" "}
            <UgeBadge status={u.status} />
          </>
        )}
      </p>
      <p>
        <Link className="function-link" to="/borger/joblog" data-testid={ids.kort.link}>
          {t("joblog.kort.tilJoblog")}
        </Link>
      </p>
      {r?.gennemgang ? (
        <>
          <p data-testid={ids.kort.rettigheder}>
            {r.status === "bekraeftet" && r.iKraftBekraeftet
              ? t("joblog.kort.rettighederOk", { dato: fmt.date(r.iKraftBekraeftet.bekraeftet) })
              : r.status === "ny_version"
                ? t("joblog.kort.rettighederNy")
                : t("joblog.kort.rettighederIkke")}
          </p>
          <p>
            <Link className="function-link" to="/borger/rettigheder" data-testid={ids.kort.rettighederLink}>
              {t("joblog.kort.tilRettigheder")}
            </Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

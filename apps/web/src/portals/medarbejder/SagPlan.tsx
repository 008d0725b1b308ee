import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import type { JobplanPunkt } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";

/** The jobplan: the job goals and the activities, each with its status and whether it is agreed with the citizen. */
export function SagPlan({ plan }: { plan: JobplanPunkt[] }) {
  const { t } = useTranslation();
  const maal = plan.filter((p) => p.art === "maal");
  const aktiviteter = plan.filter((p) => p.art === "aktivitet");
  return (
    <div data-testid={testIds.sag.plan}>
      <h2>{t("sag.planHeading")}</h2>
      {plan.length === 0 ? (
        <p className="ju-empty">{t("sag.noPlan")}</p>
      ) : (
        <>
          <h3>{t("sag.goals")}</h3>
          {maal.length ? <PlanList items={maal} /> : <p className="ju-empty">{t("sag.noGoals")}</p>}
          <h3>{t("sag.activities")}</h3>
          {aktiviteter.length ? <PlanList items={aktiviteter} /> : <p className="ju-empty">{t("sag.noActivities")}</p>}
        </>
      )}
    </div>
  );
}

function PlanList({ items }: { items: JobplanPunkt[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="nobullet-list ju-cards">
      {items.map((p) => (
        <li key={p.id} className="ju-card">
          <p className="ju-card-heading weight-semibold">{p.titel}</p>
          {p.beskrivelse ? <p className="ju-prose">{p.beskrivelse}</p> : null}
          <p className="ju-plan-meta">
            <span className="badge badge-info">{t(`sag.planStatus.${p.status}`)}</span>{" "}
            {p.aftaltMedBorger ? (
              <span className="ju-agreed">
                <Icon name="check" />
                {t("sag.agreed")}
              </span>
            ) : (
              <span className="ju-muted">{t("sag.notAgreed")}</span>
            )}
            {p.start || p.slut ? (
              <span className="ju-muted">
                {" "}
                · {t("sag.period")}: {f.date(p.start)}
                {p.slut ? ` – ${f.date(p.slut)}` : ""}
              </span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../api/client.ts";
import type { JobplanPunkt, JobplanStatus, PlanOffentliggjort } from "../../api/types.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, SelectField } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Alert } from "../../ui/page.tsx";
import { JobplanForm } from "./JobplanForm.tsx";
import { useAendrJobplanPunkt, useCanWrite, useOffentliggoerPlan } from "./queries.ts";

/**
 * The jobplan: the job goals and the activities, each with its status and whether it is agreed with the citizen.
 * A caseworker (not a manager) adds items, changes their status and agreement, and publishes the plan to the citizen.
 */
export function SagPlan({ plan, borgerId, formaal }: { plan: JobplanPunkt[]; borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const canWrite = useCanWrite();
  const maal = plan.filter((p) => p.art === "maal");
  const aktiviteter = plan.filter((p) => p.art === "aktivitet");
  const edit = canWrite ? { borgerId, formaal } : undefined;
  return (
    <div data-testid={testIds.sag.plan}>
      <h2>{t("sag.planHeading")}</h2>
      {canWrite ? <Offentliggoer borgerId={borgerId} formaal={formaal} tom={plan.length === 0} /> : null}
      {plan.length === 0 ? (
        <p className="ju-empty">{t("sag.noPlan")}</p>
      ) : (
        <>
          <h3>{t("sag.goals")}</h3>
          {maal.length ? <PlanList items={maal} edit={edit} /> : <p className="ju-empty">{t("sag.noGoals")}</p>}
          <h3>{t("sag.activities")}</h3>
          {aktiviteter.length ? (
            <PlanList items={aktiviteter} edit={edit} />
          ) : (
            <p className="ju-empty">{t("sag.noActivities")}</p>
          )}
        </>
      )}
      {canWrite ? <NytPunkt borgerId={borgerId} formaal={formaal} /> : null}
    </div>
  );
}

function NytPunkt({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<JobplanPunkt>();
  const receipt = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) receipt.current?.focus();
  }, [saved]);
  return (
    <>
      {saved ? (
        <div ref={receipt} className="ju-receipt" tabIndex={-1}>
          <Alert kind="success" heading={t("planForm.receipt")} testId={testIds.planForm.receipt} headingLevel={3}>
            <p>{t("planForm.receiptText", { titel: saved.titel })}</p>
          </Alert>
        </div>
      ) : null}
      <JobplanForm borgerId={borgerId} formaal={formaal} onSaved={setSaved} />
    </>
  );
}

function Offentliggoer({ borgerId, formaal, tom }: { borgerId: string; formaal: string; tom: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const publish = useOffentliggoerPlan(borgerId, formaal);
  const [done, setDone] = useState<PlanOffentliggjort>();
  const receipt = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) receipt.current?.focus();
  }, [done]);
  const problem = problemOf(publish.error);
  return (
    <section className="ju-editor" aria-labelledby="plan-publish-heading">
      <h3 id="plan-publish-heading">{t("planPublish.heading")}</h3>
      <p className="ju-prose">{t("planPublish.lead")}</p>
      {problem ? <ErrorSummary problem={problem} /> : null}
      {done ? (
        <div ref={receipt} className="ju-receipt" tabIndex={-1}>
          <Alert
            kind="success"
            heading={t("planPublish.receipt")}
            testId={testIds.planPublish.receipt}
            headingLevel={3}
          >
            <p>
              {done.ny
                ? t("planPublish.receiptText", { dato: f.date(done.dato), tidspunkt: f.dateTime(done.registreret) })
                : t("planPublish.alreadyText", { tidspunkt: f.dateTime(done.registreret) })}
            </p>
          </Alert>
        </div>
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={publish.isPending || tom}
        onClick={() => publish.mutate(undefined, { onSuccess: setDone })}
        data-testid={testIds.planPublish.button}
      >
        {t("planPublish.button")}
      </button>
    </section>
  );
}

function PlanList({ items, edit }: { items: JobplanPunkt[]; edit?: { borgerId: string; formaal: string } }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <ul className="nobullet-list ju-cards">
      {items.map((p) => (
        <li key={p.id} className="ju-card" data-testid={testIds.sag.planItem(p.id)}>
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
          {edit ? <PunktRedigering punkt={p} {...edit} /> : null}
        </li>
      ))}
    </ul>
  );
}

/** An item's status (only the statuses it may change to) and its agreement with the citizen, saved together. */
function PunktRedigering({ punkt, borgerId, formaal }: { punkt: JobplanPunkt; borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<JobplanStatus>(punkt.status);
  const [aftalt, setAftalt] = useState(punkt.aftaltMedBorger);
  const aendr = useAendrJobplanPunkt(borgerId, formaal);
  useEffect(() => {
    setStatus(punkt.status);
    setAftalt(punkt.aftaltMedBorger);
  }, [punkt.status, punkt.aftaltMedBorger]);
  const finished = punkt.naesteStatus.length === 0;
  const unchanged = status === punkt.status && aftalt === punkt.aftaltMedBorger;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (aendr.isPending || unchanged) return;
    aendr.mutate({
      id: punkt.id,
      ...(status !== punkt.status ? { status } : {}),
      ...(aftalt !== punkt.aftaltMedBorger ? { aftaltMedBorger: aftalt } : {}),
    });
  };
  if (finished) return <p className="ju-muted">{t("planEdit.final")}</p>;
  const problem = problemOf(aendr.error);
  const statusId = `plan-status-${punkt.id}`;
  const agreedId = `plan-agreed-${punkt.id}`;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="ju-plan-edit"
      aria-label={t("planEdit.label", { titel: punkt.titel })}
    >
      {problem ? <ErrorSummary problem={problem} focus={false} /> : null}
      <SelectField
        id={statusId}
        label={t("planEdit.status")}
        value={status}
        onChange={(v) => setStatus(v as JobplanStatus)}
        testId={testIds.planEdit.status(punkt.id)}
        options={[punkt.status, ...punkt.naesteStatus].map((s) => ({ value: s, label: t(`sag.planStatus.${s}`) }))}
      />
      <CheckboxField
        id={agreedId}
        label={t("sag.agreed")}
        checked={aftalt}
        onChange={setAftalt}
        testId={testIds.planEdit.agreed(punkt.id)}
      />
      <SubmitButton
        variant="secondary"
        disabled={aendr.isPending || unchanged}
        testId={testIds.planEdit.save(punkt.id)}
      >
        {t("planEdit.save")}
      </SubmitButton>
      {aendr.isSuccess && unchanged ? (
        <p className="ju-muted-note" role="status" data-testid={testIds.planEdit.saved(punkt.id)}>
          {t("planEdit.saved")}
        </p>
      ) : null}
    </form>
  );
}

import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../api/client.ts";
import type { JobplanPunkt } from "../../api/types.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, SelectField, TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { newUuid } from "../../ui/uuid.ts";
import { useOpretJobplanPunkt } from "./queries.ts";

const IDS = {
  art: "plan-new-art",
  titel: "plan-new-title",
  beskrivelse: "plan-new-description",
  start: "plan-new-start",
  slut: "plan-new-end",
  aftalt: "plan-new-agreed",
};
const FIELD_IDS = {
  "body.art": IDS.art,
  "body.titel": IDS.titel,
  "body.beskrivelse": IDS.beskrivelse,
  "body.start": IDS.start,
  "body.slut": IDS.slut,
};

/**
 * Adding a job goal or an activity to the plan. The idempotency key is made with the form and renewed after each
 * saved item, so a double click or a retry adds the item once.
 */
export function JobplanForm({
  borgerId,
  formaal,
  onSaved,
}: {
  borgerId: string;
  formaal: string;
  onSaved: (p: JobplanPunkt) => void;
}) {
  const { t } = useTranslation();
  const [noegle, setNoegle] = useState(newUuid);
  const [art, setArt] = useState<"maal" | "aktivitet">("aktivitet");
  const [titel, setTitel] = useState("");
  const [beskrivelse, setBeskrivelse] = useState("");
  const [start, setStart] = useState("");
  const [slut, setSlut] = useState("");
  const [aftalt, setAftalt] = useState(false);
  const [missing, setMissing] = useState<Problem>();
  const opret = useOpretJobplanPunkt(borgerId, formaal);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (opret.isPending) return;
    if (!titel.trim()) {
      setMissing(validationProblem([{ path: "body.titel", message: t("planForm.titleRequired") }]));
      return;
    }
    setMissing(undefined);
    opret.mutate(
      {
        art,
        titel: titel.trim(),
        beskrivelse: beskrivelse.trim() || undefined,
        aftaltMedBorger: aftalt,
        start: start || undefined,
        slut: slut || undefined,
        idempotensnoegle: noegle,
      },
      {
        onSuccess: (p) => {
          setNoegle(newUuid());
          setTitel("");
          setBeskrivelse("");
          setStart("");
          setSlut("");
          setAftalt(false);
          onSaved(p);
        },
      },
    );
  };

  const problem = missing ?? problemOf(opret.error);
  const headingId = "plan-form-heading";
  return (
    <section className="ju-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("planForm.heading")}</h3>
      {problem ? <ErrorSummary problem={problem} fieldIds={FIELD_IDS} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={testIds.planForm.form}>
        <SelectField
          id={IDS.art}
          label={t("planForm.art")}
          error={fieldMessage(problem, ["body.art"])}
          value={art}
          onChange={(v) => setArt(v === "maal" ? "maal" : "aktivitet")}
          testId={testIds.planForm.art}
          options={[
            { value: "aktivitet", label: t("planForm.artAktivitet") },
            { value: "maal", label: t("planForm.artMaal") },
          ]}
        />
        <TextInput
          id={IDS.titel}
          label={t("planForm.title")}
          error={fieldMessage(problem, ["body.titel"])}
          width="xl"
          maxLength={200}
          value={titel}
          onChange={setTitel}
          testId={testIds.planForm.title}
        />
        <TextInput
          id={IDS.beskrivelse}
          label={t("planForm.description")}
          hint={t("planForm.optional")}
          error={fieldMessage(problem, ["body.beskrivelse"])}
          width="xl"
          maxLength={2000}
          value={beskrivelse}
          onChange={setBeskrivelse}
          testId={testIds.planForm.description}
        />
        <TextInput
          id={IDS.start}
          type="date"
          label={t("planForm.start")}
          hint={t("planForm.optional")}
          error={fieldMessage(problem, ["body.start"])}
          value={start}
          onChange={setStart}
          testId={testIds.planForm.start}
        />
        <TextInput
          id={IDS.slut}
          type="date"
          label={t("planForm.end")}
          hint={t("planForm.optional")}
          error={fieldMessage(problem, ["body.slut"])}
          value={slut}
          onChange={setSlut}
          testId={testIds.planForm.end}
        />
        <CheckboxField
          id={IDS.aftalt}
          label={t("sag.agreed")}
          checked={aftalt}
          onChange={setAftalt}
          testId={testIds.planForm.agreed}
        />
        <FormButtons submit={t("planForm.save")} submitTestId={testIds.planForm.save} disabled={opret.isPending} />
      </form>
    </section>
  );
}

import { errors } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { validationProblem } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { SelectField } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { useFormat } from "../../ui/format.ts";
import { PageHeading } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";
import { usePurposes } from "./queries.ts";

const PURPOSE_ID = "formaal";

/**
 * The purpose (formål) asked for before a citizen's data is opened; it is recorded with the access in the log the
 * citizen can read. `subject` names what is opened ("Borger: Ahmad Hassan"), when it is known.
 */
export function PurposeStep({ subject, onChosen }: { subject?: string; onChosen: (kode: string) => void }) {
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
      {subject ? <p className="font-lead">{subject}</p> : null}
      <p className="ju-prose">{t("sag.purposeLead")}</p>
      {missing ? (
        <ErrorSummary
          problem={validationProblem([{ path: PURPOSE_ID, message }])}
          fieldIds={{ [PURPOSE_ID]: PURPOSE_ID }}
        />
      ) : null}
      <QueryView query={purposes}>
        {(list) => (
          <form onSubmit={onSubmit} noValidate data-testid={testIds.medarbejder.purposeForm}>
            <SelectField
              id={PURPOSE_ID}
              label={t("sag.purposeLabel")}
              hint={t("sag.purposeHint")}
              error={missing ? message : undefined}
              value={value}
              onChange={(v) => {
                setValue(v);
                if (v) setMissing(false);
              }}
              testId={testIds.medarbejder.purposeSelect}
              placeholder={t("sag.purposeChoose")}
              options={list.map((p) => ({ value: p.kode, label: codes.formaal(p.kode, p.tekst) }))}
            />
            <SubmitButton testId={testIds.medarbejder.purposeSubmit}>{t("sag.open")}</SubmitButton>
          </form>
        )}
      </QueryView>
    </>
  );
}

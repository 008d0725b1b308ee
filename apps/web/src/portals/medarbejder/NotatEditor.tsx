import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../api/client.ts";
import { NOTAT_KATEGORIER, type Notat, type NotatKategori, type SagNotat } from "../../api/types.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { Field, SelectField, TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { useFormat } from "../../ui/format.ts";
import { Alert } from "../../ui/page.tsx";
import { newUuid } from "../../ui/uuid.ts";
import { useGemNotat, useMakrotekster, useUdfyldMakro } from "./queries.ts";

const IDS = { makro: "note-macro", emne: "note-subject", tekst: "note-text", kategori: "note-category" };
const FIELD_IDS = {
  makro: IDS.makro,
  "body.emne": IDS.emne,
  "body.tekst": IDS.tekst,
  "body.kategori": IDS.kategori,
};

const isKategori = (k: string): k is NotatKategori => (NOTAT_KATEGORIER as readonly string[]).includes(k);

/**
 * Writing a journal note, or a correction of one (`retter`): a macro text filled from the case, then subject, text and
 * category. The idempotency key is made when the editor opens, so a double click or a retry saves the note once.
 */
export function NotatEditor({
  borgerId,
  formaal,
  retter,
  onSaved,
  onCancel,
}: {
  borgerId: string;
  formaal: string;
  retter?: SagNotat;
  onSaved: (n: Notat) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [noegle] = useState(newUuid);
  const [emne, setEmne] = useState(retter?.emne ?? "");
  const [tekst, setTekst] = useState(retter?.tekst ?? "");
  const [kategori, setKategori] = useState<NotatKategori>(
    retter && isKategori(retter.kategori) ? retter.kategori : "notat",
  );
  const [valgtMakro, setValgtMakro] = useState("");
  const [makroId, setMakroId] = useState<string>();
  const [localProblemState, setLocalProblem] = useState<Problem>();
  const makroer = useMakrotekster(!retter);
  const udfyld = useUdfyldMakro(borgerId);
  const gem = useGemNotat(borgerId, formaal);

  const missing = (errors: { path: string; message: string }[]) =>
    setLocalProblem(errors.length ? validationProblem(errors) : undefined);

  const onInsert = () => {
    if (!valgtMakro) {
      missing([{ path: "makro", message: t("noteEditor.macroRequired") }]);
      return;
    }
    setLocalProblem(undefined);
    udfyld.mutate(valgtMakro, {
      onSuccess: (m) => {
        setEmne(m.emne);
        setTekst(m.tekst);
        if (isKategori(m.kategori)) setKategori(m.kategori);
        setMakroId(m.id);
      },
    });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending) return;
    const errors = [
      ...(emne.trim() ? [] : [{ path: "body.emne", message: t("noteEditor.subjectRequired") }]),
      ...(tekst.trim() ? [] : [{ path: "body.tekst", message: t("noteEditor.textRequired") }]),
    ];
    missing(errors);
    if (errors.length) return;
    gem.mutate(
      { emne: emne.trim(), tekst, kategori, makroId, retter: retter?.id, idempotensnoegle: noegle },
      { onSuccess: onSaved },
    );
  };

  const serverError = gem.error ?? udfyld.error;
  const problem = localProblemState ?? problemOf(serverError);
  const headingId = "note-editor-heading";

  return (
    <section className="ju-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{retter ? t("noteEditor.correctHeading") : t("noteEditor.heading")}</h3>
      {retter ? (
        <p className="ju-prose">{t("noteEditor.correctLead", { emne: retter.emne, dato: f.date(retter.dato) })}</p>
      ) : null}
      <p className="ju-prose">{t("noteEditor.immutable")}</p>
      {problem ? <ErrorSummary problem={problem} fieldIds={FIELD_IDS} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={testIds.noteEditor.form}>
        {!retter ? (
          <div className="ju-macro-row">
            <SelectField
              id={IDS.makro}
              label={t("noteEditor.macro")}
              hint={t("noteEditor.macroHint")}
              error={fieldMessage(problem, ["makro"])}
              value={valgtMakro}
              onChange={setValgtMakro}
              testId={testIds.noteEditor.macroSelect}
              placeholder={t("noteEditor.macroChoose")}
              options={(makroer.data ?? []).map((m) => ({ value: m.id, label: m.titel }))}
            />
            <button
              type="button"
              className="button button-secondary"
              onClick={onInsert}
              disabled={udfyld.isPending}
              data-testid={testIds.noteEditor.macroInsert}
            >
              {t("noteEditor.insert")}
            </button>
          </div>
        ) : null}
        {udfyld.isSuccess && udfyld.data.ukendte.length > 0 ? (
          <Alert
            kind="warning"
            heading={t("noteEditor.unknownHeading")}
            headingLevel={3}
            testId={testIds.noteEditor.macroUnknown}
          >
            <p>{t("noteEditor.unknownText", { felter: udfyld.data.ukendte.map((u) => `{{${u}}}`).join(", ") })}</p>
          </Alert>
        ) : udfyld.isSuccess ? (
          <p className="ju-muted-note" role="status">
            {t("noteEditor.macroInserted", { titel: udfyld.data.titel })}
          </p>
        ) : null}
        <TextInput
          id={IDS.emne}
          label={t("noteEditor.subject")}
          error={fieldMessage(problem, ["body.emne"])}
          width="xl"
          maxLength={200}
          value={emne}
          onChange={setEmne}
          testId={testIds.noteEditor.subject}
        />
        <SelectField
          id={IDS.kategori}
          label={t("noteEditor.category")}
          error={fieldMessage(problem, ["body.kategori"])}
          value={kategori}
          onChange={(k) => isKategori(k) && setKategori(k)}
          testId={testIds.noteEditor.category}
          options={NOTAT_KATEGORIER.map((k) => ({ value: k, label: t(`sag.notatKategori.${k}`) }))}
        />
        <Field id={IDS.tekst} label={t("noteEditor.text")} error={fieldMessage(problem, ["body.tekst"])}>
          {(props) => (
            <textarea
              {...props}
              className="form-input ju-note-textarea"
              rows={14}
              maxLength={20_000}
              value={tekst}
              onChange={(e) => setTekst(e.target.value)}
              data-testid={testIds.noteEditor.text}
            />
          )}
        </Field>
        <p className="ju-muted-note">{t("noteEditor.logged")}</p>
        <FormButtons
          submit={retter ? t("noteEditor.saveCorrection") : t("noteEditor.save")}
          submitTestId={testIds.noteEditor.save}
          disabled={gem.isPending}
          cancel={{ label: t("common.cancel"), testId: testIds.noteEditor.cancel, onClick: onCancel }}
        />
      </form>
    </section>
  );
}

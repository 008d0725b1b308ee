import { useEnGang } from "../../../ui/en-gang.ts";
import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "#contracts/errors.ts";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { FilVaelger } from "../dele.tsx";
import { useMedarbejderNyTraad } from "../queries.ts";
import type { ValgtFil } from "../types.ts";

/** The caseworker writes a new message to the citizen (a new thread), optionally asking for an answer. */
export function NyTraadForm({
  borgerId,
  formaal,
  onSendt,
}: {
  borgerId: string;
  formaal: string;
  onSendt: (id: string) => void;
}) {
  const { t } = useTranslation();
  const ny = useMedarbejderNyTraad(borgerId, formaal);
  const [emne, setEmne] = useState("");
  const [tekst, setTekst] = useState("");
  const [svarOenskes, setSvarOenskes] = useState(false);
  const [filer, setFiler] = useState<ValgtFil[]>([]);
  const [lokal, setLokal] = useState<Problem>();
  const [noegle, setNoegle] = useState(newUuid);
  const [sendt, setSendt] = useState(false);
  const sender = useEnGang();
  const problem = lokal ?? problemOf(ny.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const fejl = [
      ...(emne.trim() ? [] : [{ path: "body.emne", message: t("dialog.ny.emneMangler") }]),
      ...(tekst.trim() ? [] : [{ path: "body.tekst", message: t("dialog.ny.tekstMangler") }]),
    ];
    if (fejl.length) return setLokal(validationProblem(fejl));
    setLokal(undefined);
    if (!sender.start()) return;
    ny.mutate(
      { emne, tekst, svarOenskes, filer, idempotensnoegle: noegle },
      {
        onSuccess: (r) => {
          setSendt(true);
          setEmne("");
          setTekst("");
          setFiler([]);
          setSvarOenskes(false);
          setNoegle(newUuid());
          onSendt(r.id);
        },
        onSettled: () => {
          sender.faerdig();
        },
      },
    );
  };
  return (
    <section className="ju-editor" aria-labelledby="new-thread-heading">
      <h3 id="new-thread-heading" className="h4 mt-0">
        {t("dialog.fane.nyHeading")}
      </h3>
      {sendt ? <Receipt heading={t("dialog.fane.nySendt")} headingLevel={3} /> : null}
      {problem ? (
        <ErrorSummary
          problem={problem}
          fieldIds={{ "body.emne": "new-thread-subject", "body.tekst": "new-thread-text" }}
        />
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="new-thread-subject"
          label={t("dialog.ny.emne")}
          value={emne}
          onChange={setEmne}
          maxLength={200}
          width="xl"
          error={fieldMessage(problem, ["body.emne"])}
          testId={`${ids.fane.ny}-subject`}
        />
        <TextArea
          id="new-thread-text"
          label={t("dialog.ny.tekst")}
          value={tekst}
          onChange={setTekst}
          rows={5}
          maxLength={5000}
          error={fieldMessage(problem, ["body.tekst"])}
          testId={`${ids.fane.ny}-text`}
        />
        <FilVaelger
          id="new-thread-files"
          filer={filer}
          onChange={setFiler}
          serverFejl={problem?.errors
            ?.filter((e) => e.path.startsWith("body.bilag"))
            .map((e) => e.message)
            .join(" ")}
          testId={`${ids.fane.ny}-files`}
        />
        <CheckboxField
          id="new-thread-answer"
          label={t("dialog.medarbejder.svarOenskes")}
          hint={t("dialog.medarbejder.svarOenskesHint")}
          checked={svarOenskes}
          onChange={setSvarOenskes}
          testId={`${ids.fane.ny}-answer`}
        />
        <FormButtons
          submit={ny.isPending ? t("dialog.ny.sender") : t("dialog.ny.send")}
          submitTestId={ids.fane.ny}
          disabled={ny.isPending}
        />
      </form>
    </section>
  );
}

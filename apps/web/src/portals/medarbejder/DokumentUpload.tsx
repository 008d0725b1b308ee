import { errors, type Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { localProblem, problemOf, validationProblem } from "../../api/client.ts";
import { DOKUMENT_KATEGORIER, type DokumentKategori, type GemtDokument } from "../../api/types.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, Field, SelectField, TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { useFormat } from "../../ui/format.ts";
import { Loading } from "../../ui/page.tsx";
import { newUuid } from "../../ui/uuid.ts";
import { DOKUMENTTYPER, useDokumenttyper, useUploadDokument } from "./queries.ts";

/** The largest file the server receives (10 MB), checked here first so nobody waits for a refusal. */
const MAKS_STOERRELSE = 10 * 1024 * 1024;

const IDS = {
  fil: "document-file",
  titel: "document-title",
  kategori: "document-category",
  helbred: "document-health",
};
const FIELD_IDS = {
  "body.indhold": IDS.fil,
  "body.filnavn": IDS.fil,
  "body.mimetype": IDS.fil,
  "body.titel": IDS.titel,
  "body.kategori": IDS.kategori,
  "body.helbred": IDS.helbred,
};
const FILE_PATHS = ["body.indhold", "body.filnavn", "body.mimetype"];
/** Problems about the file itself are shown on the file field. */
const FILE_CODES = new Set(["DOCUMENT_TYPE_UNSUPPORTED", "DOCUMENT_UNREADABLE", "DOCUMENT_TOO_LARGE"]);

const isKategori = (k: string): k is DokumentKategori => (DOKUMENT_KATEGORIER as readonly string[]).includes(k);

/** The file's bytes as base64, in chunks so a large file does not overflow the call stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Uploading a document to the case: the file, a title, a category and whether it holds health information. The file
 * is sent as base64 with an idempotency key made when the form opens, so a retry never stores it twice.
 */
export function DokumentUpload({
  borgerId,
  formaal,
  uploadetAf,
  onSaved,
  onCancel,
}: {
  borgerId: string;
  formaal: string;
  uploadetAf: string;
  onSaved: (d: GemtDokument) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const [noegle] = useState(newUuid);
  const [fil, setFil] = useState<File>();
  const [titel, setTitel] = useState("");
  const [kategori, setKategori] = useState<DokumentKategori | "">("");
  const [helbred, setHelbred] = useState(false);
  const [reading, setReading] = useState(false);
  const [local, setLocal] = useState<Problem>();
  const typer = useDokumenttyper();
  const upload = useUploadDokument(borgerId, formaal, uploadetAf);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (upload.isPending || reading) return;
    const problems = [
      ...(fil ? [] : [{ path: "body.indhold", message: t("upload.fileRequired") }]),
      ...(fil && fil.size > MAKS_STOERRELSE
        ? [{ path: "body.indhold", message: errors.DOCUMENT_TOO_LARGE[lang] }]
        : []),
      ...(titel.trim() ? [] : [{ path: "body.titel", message: t("upload.titleRequired") }]),
      ...(kategori ? [] : [{ path: "body.kategori", message: t("upload.categoryRequired") }]),
    ];
    if (problems.length || !fil || !kategori) {
      setLocal(validationProblem(problems));
      return;
    }
    setLocal(undefined);
    setReading(true);
    let indhold: string;
    try {
      indhold = await base64Of(fil);
    } catch {
      setLocal({
        ...localProblem("DOCUMENT_UNREADABLE"),
        errors: [{ path: "body.indhold", message: errors.DOCUMENT_UNREADABLE[lang] }],
      });
      return;
    } finally {
      setReading(false);
    }
    upload.mutate(
      {
        titel: titel.trim(),
        kategori,
        helbred: helbred || kategori === "laegeerklaering",
        filnavn: fil.name,
        mimetype: fil.type || undefined,
        indhold,
        idempotensnoegle: noegle,
      },
      { onSuccess: onSaved },
    );
  };

  const server = problemOf(upload.error);
  // A refusal of the file (type, size, unreadable) carries no field; show its message on the file input.
  const problem =
    local ??
    (server && FILE_CODES.has(server.code) && !server.errors?.some((x) => x.message)
      ? { ...server, errors: [{ path: "body.indhold", message: server.title }] }
      : server);
  const headingId = "document-upload-heading";
  const accept = (typer.data ?? DOKUMENTTYPER).join(",");

  return (
    <section className="ju-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("upload.heading")}</h3>
      {problem ? <ErrorSummary problem={problem} fieldIds={FIELD_IDS} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={testIds.upload.form}>
        <Field
          id={IDS.fil}
          label={t("upload.file")}
          hint={t("upload.fileHint")}
          error={fieldMessage(problem, FILE_PATHS)}
        >
          {(props) => (
            <input
              {...props}
              type="file"
              accept={accept}
              onChange={(e) => {
                const f = e.target.files?.[0];
                setFil(f);
                if (f && !titel) setTitel(f.name.replace(/\.[^.]+$/, ""));
              }}
              data-testid={testIds.upload.file}
            />
          )}
        </Field>
        <TextInput
          id={IDS.titel}
          label={t("upload.title")}
          error={fieldMessage(problem, ["body.titel"])}
          width="xl"
          maxLength={200}
          value={titel}
          onChange={setTitel}
          testId={testIds.upload.title}
        />
        <SelectField
          id={IDS.kategori}
          label={t("upload.category")}
          error={fieldMessage(problem, ["body.kategori"])}
          value={kategori}
          onChange={(k) => {
            setKategori(isKategori(k) ? k : "");
            if (k === "laegeerklaering") setHelbred(true);
          }}
          testId={testIds.upload.category}
          placeholder={t("upload.chooseCategory")}
          options={DOKUMENT_KATEGORIER.map((k) => ({ value: k, label: t(`sag.dokKategori.${k}`) }))}
        />
        <CheckboxField
          id={IDS.helbred}
          label={t("upload.health")}
          hint={t("upload.healthHint")}
          checked={helbred || kategori === "laegeerklaering"}
          disabled={kategori === "laegeerklaering"}
          onChange={setHelbred}
          testId={testIds.upload.health}
        />
        {reading ? <Loading label={t("upload.reading")} /> : null}
        {upload.isPending ? <Loading /> : null}
        <FormButtons
          submit={t("upload.submit")}
          submitTestId={testIds.upload.submit}
          disabled={upload.isPending || reading}
          cancel={{ label: t("common.cancel"), testId: testIds.upload.cancel, onClick: onCancel }}
        />
      </form>
    </section>
  );
}

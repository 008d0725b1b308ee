import { testIds } from "#contracts/testids.ts";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.ts";
import type { GemtDokument, SagDokument } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Alert } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { DokumentUpload } from "./DokumentUpload.tsx";
import { dokumentUrl, useCanWrite } from "./queries.ts";

/**
 * The case's documents, newest first; those with health information are marked. Opening one downloads it, logged with
 * the purpose the case was opened for.
 */
export function SagDokumenter({
  dokumenter,
  borgerId,
  formaal,
}: {
  dokumenter: SagDokument[];
  borgerId: string;
  formaal: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const canWrite = useCanWrite();
  const me = useSession().data?.user.name ?? "";
  const [uploading, setUploading] = useState(false);
  const [saved, setSaved] = useState<GemtDokument>();
  const receipt = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) receipt.current?.focus();
  }, [saved]);
  return (
    <div data-testid={testIds.sag.documents}>
      <h2>{t("sag.documentsHeading")}</h2>
      <p className="ju-prose">{t("sag.documentsLead", { formaal: codes.formaal(formaal) })}</p>
      {saved ? (
        <div ref={receipt} className="ju-receipt" tabIndex={-1}>
          <Alert kind="success" heading={t("upload.receipt")} testId={testIds.upload.receipt} headingLevel={3}>
            <p>{t("upload.receiptText", { titel: saved.titel })}</p>
          </Alert>
        </div>
      ) : null}
      {canWrite && !uploading ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setSaved(undefined);
            setUploading(true);
          }}
          data-testid={testIds.sag.newDocument}
        >
          <Icon name="upload" />
          {t("sag.uploadDocument")}
        </button>
      ) : null}
      {uploading ? (
        <DokumentUpload
          borgerId={borgerId}
          formaal={formaal}
          uploadetAf={me}
          onSaved={(d) => {
            setUploading(false);
            setSaved(d);
          }}
          onCancel={() => setUploading(false)}
        />
      ) : null}
      {dokumenter.length === 0 ? (
        <p className="ju-empty">{t("sag.noDocuments")}</p>
      ) : (
        <ul className="nobullet-list ju-cards">
          {dokumenter.map((d) => (
            <li key={d.id} className="ju-card" data-testid={testIds.sag.document(d.id)}>
              <p className="ju-card-heading">
                <a href={dokumentUrl(d.id, formaal)} download={d.filnavn} className="weight-semibold">
                  <Icon name={d.mimetype === "application/pdf" ? "file-pdf" : "document"} />
                  {d.titel}
                </a>{" "}
                {d.helbred ? <span className="badge badge-warning">{t("sag.health")}</span> : null}
              </p>
              <p className="ju-muted">
                {f.date(d.dato)} · {t(`sag.dokKategori.${d.kategori}`, { defaultValue: d.kategori })} ·{" "}
                {t("sag.fileInfo", { filnavn: d.filnavn, stoerrelse: f.bytes(d.stoerrelse) })}
              </p>
              <p className="ju-muted">
                {t("sag.uploadedBy", { navn: d.uploadetAf, tidspunkt: f.dateTime(d.uploadet) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

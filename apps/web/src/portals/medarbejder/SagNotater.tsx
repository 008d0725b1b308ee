import { testIds } from "#contracts/testids.ts";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Notat, SagNotat } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Alert } from "../../ui/page.tsx";
import { NotatEditor } from "./NotatEditor.tsx";
import { useCanWrite } from "./queries.ts";

type Editor = { mode: "new" } | { mode: "correct"; note: SagNotat } | null;

/**
 * The journal notes, newest first. A saved note is never changed: a correction is a new note that points to the one
 * it corrects, which stays and is marked "Rettet".
 */
export function SagNotater({ notater, borgerId, formaal }: { notater: SagNotat[]; borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const canWrite = useCanWrite();
  const [editor, setEditor] = useState<Editor>(null);
  const [saved, setSaved] = useState<Notat>();
  const receipt = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) receipt.current?.focus();
  }, [saved]);
  const correctionOf = new Map(notater.filter((n) => n.retter).map((n) => [n.retter!, n]));
  const byId = new Map(notater.map((n) => [n.id, n]));

  const open = (e: Editor) => {
    setSaved(undefined);
    setEditor(e);
  };

  return (
    <div data-testid={testIds.sag.notes}>
      <h2>{t("sag.notesHeading")}</h2>
      <p className="ju-prose">{t("sag.notesLead")}</p>
      {saved ? (
        <div ref={receipt} className="ju-receipt" tabIndex={-1}>
          <Alert kind="success" heading={t("noteEditor.receipt")} testId={testIds.noteEditor.receipt} headingLevel={3}>
            <p>{t("noteEditor.receiptText", { emne: saved.emne, tidspunkt: f.dateTime(saved.oprettet) })}</p>
          </Alert>
        </div>
      ) : null}
      {canWrite && !editor ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => open({ mode: "new" })}
          data-testid={testIds.sag.newNote}
        >
          <Icon name="plus" />
          {t("sag.newNote")}
        </button>
      ) : null}
      {editor ? (
        <NotatEditor
          key={editor.mode === "correct" ? editor.note.id : "new"}
          borgerId={borgerId}
          formaal={formaal}
          retter={editor.mode === "correct" ? editor.note : undefined}
          onSaved={(n) => {
            setEditor(null);
            setSaved(n);
          }}
          onCancel={() => setEditor(null)}
        />
      ) : null}
      {notater.length === 0 ? (
        <p className="ju-empty">{t("sag.noNotes")}</p>
      ) : (
        <ul className="nobullet-list ju-cards">
          {notater.map((n) => {
            const correction = correctionOf.get(n.id);
            const original = n.retter ? byId.get(n.retter) : undefined;
            return (
              <li key={n.id} id={`notat-${n.id}`} className="ju-card" data-testid={testIds.sag.note(n.id)}>
                <h3 className="ju-card-heading">
                  {n.emne} {n.erRettet ? <span className="badge badge-warning">{t("sag.corrected")}</span> : null}
                  {n.retter ? <span className="badge badge-info">{t("sag.correction")}</span> : null}
                </h3>
                <p className="ju-muted">
                  {f.date(n.dato)} · {t(`sag.notatKategori.${n.kategori}`, { defaultValue: n.kategori })} ·{" "}
                  {t("sag.writtenBy", { forfatter: n.forfatter, tidspunkt: f.dateTime(n.oprettet) })}
                </p>
                {n.retter ? (
                  <p>
                    {t("sag.corrects")}:{" "}
                    {original ? <a href={`#notat-${original.id}`}>{original.emne}</a> : <span>{n.retter}</span>}
                  </p>
                ) : null}
                {n.erRettet && correction ? (
                  <p>
                    <a href={`#notat-${correction.id}`}>{t("sag.seeCorrection")}</a>
                  </p>
                ) : null}
                <p className="ju-note-text">{n.tekst}</p>
                {canWrite && !n.erRettet ? (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => open({ mode: "correct", note: n })}
                    data-testid={testIds.sag.correctNote(n.id)}
                  >
                    <Icon name="edit" />
                    {t("sag.correctNote")}
                    <span className="sr-only">: {n.emne}</span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

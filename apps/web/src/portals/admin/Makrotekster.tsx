import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, problemOf, validationProblem } from "../../api/client.ts";
import {
  type AdminMakrotekst,
  type AdminMakrotekster,
  type MakrotekstAendring,
  MAKRO_KATEGORIER,
  type MakroKategori,
  type NyMakrotekst,
} from "../../api/types.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { CheckboxField, Field, SelectField, TextInput } from "../../ui/Field.tsx";
import { FormButtons } from "../../ui/FormButtons.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { Alert, PageHeading } from "../../ui/page.tsx";
import { ScrollTable } from "../../ui/ScrollTable.tsx";
import { newUuid } from "../../ui/uuid.ts";
import { QueryView } from "../common/QueryView.tsx";

const KEY = ["admin", "makrotekster"] as const;
const IDS = { titel: "macro-title", kategori: "macro-category", tekst: "macro-text", aktiv: "macro-active" };
const FIELD_IDS = { "body.titel": IDS.titel, "body.kategori": IDS.kategori, "body.tekst": IDS.tekst };

const isKategori = (k: string): k is MakroKategori => (MAKRO_KATEGORIER as readonly string[]).includes(k);

type Editor = { mode: "new" } | { mode: "edit"; makro: AdminMakrotekst } | null;
type Saved = { makro: AdminMakrotekst; created: boolean };

/**
 * The administrator's macro texts: the municipality's templates for journal notes, active and deactivated, and an
 * editor with the placeholders a text may use. A macro text is never deleted (notes refer to it); deactivating it
 * hides it from the caseworkers.
 */
export function Makrotekster() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: KEY, queryFn: () => api<AdminMakrotekster>("/api/admin/makrotekster") });
  const [editor, setEditor] = useState<Editor>(null);
  const [saved, setSaved] = useState<Saved>();
  const receipt = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) receipt.current?.focus();
  }, [saved]);

  const open = (e: Editor) => {
    setSaved(undefined);
    setEditor(e);
  };

  return (
    <div data-testid={testIds.makrotekster.page}>
      <p className="ju-back">
        <Link className="back-link" to="/admin">
          <Icon name="chevron-left" />
          {t("makrotekster.backToAdmin")}
        </Link>
      </p>
      <PageHeading>{t("makrotekster.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("makrotekster.lead")}</p>
      {saved ? (
        <div ref={receipt} className="ju-receipt" tabIndex={-1}>
          <Alert
            kind="success"
            heading={saved.created ? t("makrotekster.receiptCreated") : t("makrotekster.receiptUpdated")}
            testId={testIds.makrotekster.receipt}
          >
            <p>
              {saved.makro.aktiv
                ? t("makrotekster.receiptActive", { titel: saved.makro.titel })
                : t("makrotekster.receiptInactive", { titel: saved.makro.titel })}
            </p>
          </Alert>
        </div>
      ) : null}
      <QueryView query={query}>
        {(data) => (
          <>
            {editor ? (
              <MakroEditor
                key={editor.mode === "edit" ? editor.makro.id : "new"}
                makro={editor.mode === "edit" ? editor.makro : undefined}
                felter={data.felter}
                referatFelter={data.referatFelter}
                onSaved={(s) => {
                  setEditor(null);
                  setSaved(s);
                }}
                onCancel={() => setEditor(null)}
              />
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => open({ mode: "new" })}
                data-testid={testIds.makrotekster.create}
              >
                <Icon name="plus" />
                {t("makrotekster.create")}
              </button>
            )}
            <section aria-labelledby="macro-list-heading">
              <h2 id="macro-list-heading">{t("makrotekster.listHeading")}</h2>
              {data.makrotekster.length ? (
                <MakroListe makroer={data.makrotekster} onEdit={(makro) => open({ mode: "edit", makro })} />
              ) : (
                <p className="ju-empty">{t("makrotekster.empty")}</p>
              )}
            </section>
          </>
        )}
      </QueryView>
    </div>
  );
}

function MakroListe({ makroer, onEdit }: { makroer: AdminMakrotekst[]; onEdit: (m: AdminMakrotekst) => void }) {
  const { t } = useTranslation();
  const captionId = "macro-list-caption";
  return (
    <ScrollTable captionId={captionId}>
      <table className="table table--zebra" data-testid={testIds.makrotekster.list}>
        <caption id={captionId}>{t("makrotekster.caption", { count: makroer.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("makrotekster.title")}</th>
            <th scope="col">{t("makrotekster.category")}</th>
            <th scope="col">{t("makrotekster.status")}</th>
            <th scope="col">{t("makrotekster.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {makroer.map((m) => (
            <tr key={m.id} data-testid={testIds.makrotekster.row(m.id)}>
              <th scope="row" className="weight-normal">
                {m.titel}
              </th>
              <td>{t(`sag.notatKategori.${m.kategori}`, { defaultValue: m.kategori })}</td>
              <td>
                {m.aktiv ? (
                  <span className="badge badge-success">{t("makrotekster.active")}</span>
                ) : (
                  <span className="badge badge-warning">{t("makrotekster.inactive")}</span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="function-link"
                  onClick={() => onEdit(m)}
                  data-testid={testIds.makrotekster.edit(m.id)}
                >
                  {t("makrotekster.edit")}
                  <span className="sr-only"> {m.titel}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/**
 * Creating or correcting a macro text, with the placeholder catalogue beside it: pressing a placeholder inserts it
 * where the cursor is. The server checks that every placeholder is in the catalogue and names the ones that are not.
 * A new text gets its idempotency key when the editor opens, so a double click creates it once.
 */
function MakroEditor({
  makro,
  felter: notatFelter,
  referatFelter,
  onSaved,
  onCancel,
}: {
  makro?: AdminMakrotekst;
  felter: AdminMakrotekster["felter"];
  referatFelter: AdminMakrotekster["referatFelter"];
  onSaved: (s: Saved) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [noegle] = useState(newUuid);
  const [titel, setTitel] = useState(makro?.titel ?? "");
  const [kategori, setKategori] = useState<MakroKategori>(
    makro && isKategori(makro.kategori) ? makro.kategori : "notat",
  );
  // a minutes template is filled from the minutes' draft, so it has fields of its own
  const felter = kategori === "referatskabelon" ? referatFelter : notatFelter;
  const [tekst, setTekst] = useState(makro?.tekst ?? "");
  const [aktiv, setAktiv] = useState(makro?.aktiv ?? true);
  const [local, setLocal] = useState<Problem>();
  const heading = useRef<HTMLHeadingElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);

  // The editor opens above the list: take the focus to its heading, so keyboard and screen reader users follow.
  useEffect(() => heading.current?.focus(), []);
  // After a placeholder is inserted, the cursor stands right after it.
  useEffect(() => {
    if (caret.current === null || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const gem = useMutation({
    mutationFn: (): Promise<AdminMakrotekst> =>
      makro
        ? api<AdminMakrotekst>(`/api/admin/makrotekster/${encodeURIComponent(makro.id)}`, {
            method: "PUT",
            body: { titel: titel.trim(), kategori, tekst, aktiv } satisfies MakrotekstAendring,
          })
        : api<AdminMakrotekst>("/api/admin/makrotekster", {
            method: "POST",
            body: { titel: titel.trim(), kategori, tekst, idempotensnoegle: noegle } satisfies NyMakrotekst,
          }),
    onSuccess: async (m) => {
      await queryClient.invalidateQueries({ queryKey: KEY });
      onSaved({ makro: m, created: !makro });
    },
  });

  const insert = (navn: string) => {
    const el = textarea.current;
    const felt = `{{${navn}}}`;
    const start = el?.selectionStart ?? tekst.length;
    const end = el?.selectionEnd ?? tekst.length;
    setTekst(tekst.slice(0, start) + felt + tekst.slice(end));
    caret.current = start + felt.length;
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending) return;
    const errors = [
      ...(titel.trim() ? [] : [{ path: "body.titel", message: t("makrotekster.titleRequired") }]),
      ...(tekst.trim() ? [] : [{ path: "body.tekst", message: t("makrotekster.textRequired") }]),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    gem.mutate();
  };

  const problem = local ?? problemOf(gem.error);
  const headingId = "macro-editor-heading";

  return (
    <section className="ju-editor ju-macro-editor" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {makro ? t("makrotekster.editHeading", { titel: makro.titel }) : t("makrotekster.newHeading")}
      </h2>
      {problem ? <ErrorSummary problem={problem} fieldIds={FIELD_IDS} /> : null}
      <div className="row">
        <form className="col-12 col-lg-8" onSubmit={onSubmit} noValidate data-testid={testIds.makrotekster.form}>
          <TextInput
            id={IDS.titel}
            label={t("makrotekster.title")}
            error={fieldMessage(problem, ["body.titel"])}
            width="xl"
            maxLength={200}
            value={titel}
            onChange={setTitel}
            testId={testIds.makrotekster.title}
          />
          <SelectField
            id={IDS.kategori}
            label={t("makrotekster.category")}
            error={fieldMessage(problem, ["body.kategori"])}
            value={kategori}
            onChange={(k) => isKategori(k) && setKategori(k)}
            testId={testIds.makrotekster.category}
            options={MAKRO_KATEGORIER.map((k) => ({ value: k, label: t(`sag.notatKategori.${k}`) }))}
          />
          <Field
            id={IDS.tekst}
            label={t("makrotekster.text")}
            hint={t("makrotekster.textHint")}
            error={fieldMessage(problem, ["body.tekst"])}
          >
            {(props) => (
              <textarea
                {...props}
                ref={textarea}
                className="form-input ju-note-textarea"
                rows={14}
                maxLength={20_000}
                value={tekst}
                onChange={(e) => setTekst(e.target.value)}
                data-testid={testIds.makrotekster.text}
              />
            )}
          </Field>
          {makro ? (
            <CheckboxField
              id={IDS.aktiv}
              label={t("makrotekster.activeLabel")}
              hint={t("makrotekster.activeHint")}
              checked={aktiv}
              onChange={setAktiv}
              testId={testIds.makrotekster.active}
            />
          ) : (
            <p className="ju-muted-note">{t("makrotekster.newIsActive")}</p>
          )}
          <FormButtons
            submit={t("makrotekster.save")}
            submitTestId={testIds.makrotekster.save}
            disabled={gem.isPending}
            cancel={{ label: t("common.cancel"), testId: testIds.makrotekster.cancel, onClick: onCancel }}
          />
        </form>
        <div className="col-12 col-lg-4">
          <h3 id="macro-fields-heading">{t("makrotekster.fieldsHeading")}</h3>
          <p className="ju-small">{t("makrotekster.fieldsLead")}</p>
          <ul className="nobullet-list" data-testid={testIds.makrotekster.fields}>
            {felter.map((f) => (
              <li key={f.navn} className="ju-macro-field">
                <button
                  type="button"
                  className="function-link"
                  onClick={() => insert(f.navn)}
                  data-testid={testIds.makrotekster.insert(f.navn)}
                >
                  <span className="sr-only">{t("makrotekster.insert")} </span>
                  <code>{`{{${f.navn}}}`}</code>
                </button>
                <span className="d-block ju-small">
                  {t(`makrotekster.felt.${f.navn}`, { defaultValue: f.beskrivelse })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

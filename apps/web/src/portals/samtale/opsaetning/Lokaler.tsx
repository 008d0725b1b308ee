import type { Problem } from "#contracts/errors.ts";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { Icon } from "../../../ui/Icon.tsx";
import { ScrollTable } from "../../../ui/ScrollTable.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { erHeltal, NumberInput, Receipt } from "./felter.tsx";
import { API, type Lokale, OPSAETNING_KEY } from "./types.ts";

const FIELD_IDS = { "body.navn": "room-name", "body.adresse": "room-address", "body.kapacitet": "room-capacity" };

type Editor = { mode: "new" } | { mode: "edit"; lokale: Lokale } | null;

/** The rooms for meetings in person: a booking in person gets the smallest free room with room enough. */
export function Lokaler({ lokaler }: { lokaler: Lokale[] }) {
  const { t } = useTranslation();
  const [editor, setEditor] = useState<Editor>(null);
  const [saved, setSaved] = useState<{ navn: string; created: boolean }>();
  const captionId = "rooms-caption";
  const open = (e: Editor) => {
    setSaved(undefined);
    setEditor(e);
  };

  return (
    <section aria-labelledby="rooms-heading">
      <h2 id="rooms-heading">{t("samtaleAdmin.lokaler.heading")}</h2>
      <p className="ju-prose">{t("samtaleAdmin.lokaler.lead")}</p>
      {saved ? (
        <Receipt
          heading={saved.created ? t("samtaleAdmin.lokaler.receiptCreated") : t("samtaleAdmin.lokaler.receiptSaved")}
          testId={ids.receipt("lokaler")}
        >
          <p>{t("samtaleAdmin.lokaler.receiptText", { navn: saved.navn })}</p>
        </Receipt>
      ) : null}
      {lokaler.length ? (
        <ScrollTable captionId={captionId}>
          <table className="table table--zebra" data-testid={ids.lokaler.table}>
            <caption id={captionId}>{t("samtaleAdmin.lokaler.caption", { count: lokaler.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("samtaleAdmin.lokaler.navn")}</th>
                <th scope="col">{t("samtaleAdmin.lokaler.adresse")}</th>
                <th scope="col">{t("samtaleAdmin.lokaler.kapacitet")}</th>
                <th scope="col">{t("samtaleAdmin.status")}</th>
                <th scope="col">{t("samtaleAdmin.handling")}</th>
              </tr>
            </thead>
            <tbody>
              {lokaler.map((l) => (
                <tr key={l.id} data-testid={ids.lokaler.row(l.id)}>
                  <th scope="row" className="weight-normal">
                    {l.navn}
                  </th>
                  <td>{l.adresse}</td>
                  <td>{t("samtaleAdmin.lokaler.personer", { count: l.kapacitet })}</td>
                  <td>
                    {l.aktiv ? (
                      <span className="badge badge-success">{t("samtaleAdmin.aktiv")}</span>
                    ) : (
                      <span className="badge badge-warning">{t("samtaleAdmin.inaktiv")}</span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="function-link"
                      onClick={() => open({ mode: "edit", lokale: l })}
                      data-testid={ids.lokaler.edit(l.id)}
                    >
                      {t("samtaleAdmin.ret")}
                      <span className="sr-only"> {l.navn}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : (
        <p className="ju-empty">{t("samtaleAdmin.lokaler.empty")}</p>
      )}
      {editor ? (
        <LokaleEditor
          key={editor.mode === "edit" ? editor.lokale.id : "new"}
          lokale={editor.mode === "edit" ? editor.lokale : undefined}
          onSaved={(l, created) => {
            setEditor(null);
            setSaved({ navn: l.navn, created });
          }}
          onCancel={() => setEditor(null)}
        />
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => open({ mode: "new" })}
          data-testid={ids.lokaler.create}
        >
          <Icon name="plus" />
          {t("samtaleAdmin.lokaler.create")}
        </button>
      )}
    </section>
  );
}

function LokaleEditor({
  lokale,
  onSaved,
  onCancel,
}: {
  lokale?: Lokale;
  onSaved: (l: Lokale, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [id] = useState(newUuid);
  const [navn, setNavn] = useState(lokale?.navn ?? "");
  const [adresse, setAdresse] = useState(lokale?.adresse ?? "");
  const [kapacitet, setKapacitet] = useState(String(lokale?.kapacitet ?? 2));
  const [aktiv, setAktiv] = useState(lokale?.aktiv ?? true);
  const [local, setLocal] = useState<Problem>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const gem = useMutation({
    mutationFn: () => {
      const felter = { navn: navn.trim(), adresse: adresse.trim(), kapacitet: Number(kapacitet.trim()), aktiv };
      return lokale
        ? api<Lokale>(`${API}/lokaler/${encodeURIComponent(lokale.id)}`, { method: "PUT", body: felter })
        : api<Lokale>(`${API}/lokaler`, { method: "POST", body: { id, ...felter } });
    },
    onSuccess: async (l) => {
      await queryClient.invalidateQueries({ queryKey: OPSAETNING_KEY });
      onSaved(l, !lokale);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending) return;
    const errors = [
      ...(navn.trim() ? [] : [{ path: "body.navn", message: t("samtaleAdmin.lokaler.navnMangler") }]),
      ...(adresse.trim() ? [] : [{ path: "body.adresse", message: t("samtaleAdmin.lokaler.adresseMangler") }]),
      ...(erHeltal(kapacitet)
        ? []
        : [
            {
              path: "body.kapacitet",
              message: t("samtaleAdmin.heltal", { felt: t("samtaleAdmin.lokaler.kapacitet") }),
            },
          ]),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    gem.mutate();
  };

  const problem = local ?? problemOf(gem.error);
  const headingId = "room-editor-heading";

  return (
    <section className="ju-editor" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {lokale ? t("samtaleAdmin.lokaler.editHeading", { navn: lokale.navn }) : t("samtaleAdmin.lokaler.newHeading")}
      </h3>
      {problem ? <ErrorSummary problem={problem} fieldIds={FIELD_IDS} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={ids.lokaler.form}>
        <TextInput
          id={FIELD_IDS["body.navn"]}
          label={t("samtaleAdmin.lokaler.navn")}
          error={fieldMessage(problem, ["body.navn"])}
          width="l"
          maxLength={100}
          value={navn}
          onChange={setNavn}
          testId={ids.lokaler.navn}
        />
        <TextInput
          id={FIELD_IDS["body.adresse"]}
          label={t("samtaleAdmin.lokaler.adresse")}
          hint={t("samtaleAdmin.lokaler.adresseHint")}
          error={fieldMessage(problem, ["body.adresse"])}
          width="xl"
          maxLength={200}
          value={adresse}
          onChange={setAdresse}
          testId={ids.lokaler.adresse}
        />
        <NumberInput
          id={FIELD_IDS["body.kapacitet"]}
          label={t("samtaleAdmin.lokaler.kapacitet")}
          hint={t("samtaleAdmin.lokaler.kapacitetHint")}
          error={fieldMessage(problem, ["body.kapacitet"])}
          value={kapacitet}
          onChange={setKapacitet}
          testId={ids.lokaler.kapacitet}
        />
        <CheckboxField
          id="room-active"
          label={t("samtaleAdmin.lokaler.aktivLabel")}
          hint={t("samtaleAdmin.lokaler.aktivHint")}
          checked={aktiv}
          onChange={setAktiv}
          testId={ids.lokaler.aktiv}
        />
        <FormButtons
          submit={t("samtaleAdmin.lokaler.save")}
          submitTestId={ids.lokaler.save}
          disabled={gem.isPending}
          cancel={{ label: t("common.cancel"), testId: ids.lokaler.cancel, onClick: onCancel }}
        />
      </form>
    </section>
  );
}

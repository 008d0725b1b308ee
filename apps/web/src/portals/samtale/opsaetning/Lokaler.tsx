import type { Problem } from "#contracts/errors.ts";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { DataTable, RowAction } from "../../../ui/DataTable.tsx";
import { fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, TextInput } from "../../../ui/Field.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { AktivCelle, EditorSkal, erHeltal, GemtKvittering, NumberInput, OpretKnap } from "./felter.tsx";
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
      {saved ? <GemtKvittering del="lokaler" saved={saved} /> : null}
      {lokaler.length ? (
        <DataTable
          captionId={captionId}
          caption={t("samtaleAdmin.lokaler.caption", { count: lokaler.length })}
          testId={ids.lokaler.table}
          columns={[
            t("samtaleAdmin.lokaler.navn"),
            t("samtaleAdmin.lokaler.adresse"),
            t("samtaleAdmin.lokaler.kapacitet"),
            t("samtaleAdmin.status"),
            t("samtaleAdmin.handling"),
          ]}
          rows={lokaler}
          rowKey={(l) => l.id}
          rowTestId={ids.lokaler.row}
        >
          {(l) => (
            <>
              <th scope="row" className="weight-normal">
                {l.navn}
              </th>
              <td>{l.adresse}</td>
              <td>{t("samtaleAdmin.lokaler.personer", { count: l.kapacitet })}</td>
              <AktivCelle aktiv={l.aktiv} />
              <RowAction
                label={t("samtaleAdmin.ret")}
                srLabel={l.navn}
                onClick={() => open({ mode: "edit", lokale: l })}
                testId={ids.lokaler.edit(l.id)}
              />
            </>
          )}
        </DataTable>
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
        <OpretKnap
          label={t("samtaleAdmin.lokaler.create")}
          onClick={() => open({ mode: "new" })}
          testId={ids.lokaler.create}
        />
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

  return (
    <EditorSkal
      headingId="room-editor-heading"
      heading={
        lokale ? t("samtaleAdmin.lokaler.editHeading", { navn: lokale.navn }) : t("samtaleAdmin.lokaler.newHeading")
      }
      problem={problem}
      fieldIds={FIELD_IDS}
      onSubmit={onSubmit}
      testId={ids.lokaler.form}
      gem={{ label: t("samtaleAdmin.lokaler.save"), testId: ids.lokaler.save, pending: gem.isPending }}
      cancel={{ testId: ids.lokaler.cancel, onClick: onCancel }}
    >
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
    </EditorSkal>
  );
}

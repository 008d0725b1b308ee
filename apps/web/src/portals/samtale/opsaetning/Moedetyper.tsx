import type { Problem } from "#contracts/errors.ts";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { DataTable, RowAction } from "../../../ui/DataTable.tsx";
import { fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, FieldError, SelectField, TextInput } from "../../../ui/Field.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { AktivCelle, EditorSkal, erHeltal, GemtKvittering, NumberInput, OpretKnap } from "./felter.tsx";
import { KANALER, useKanalNavn } from "../kanal.ts";
import type { Kanal } from "../types.ts";
import { API, MOEDETYPE_KODER, type Moedetype, type MoedetypeKode, OPSAETNING_KEY } from "./types.ts";

const TAL = [
  "varighedMin",
  "bufferMin",
  "minVarselTimer",
  "bookingvindueDage",
  "aendringVarselTimer",
  "minDeltagere",
] as const;
type Tal = (typeof TAL)[number];
const FELT_ID: Record<Tal | "navn" | "kode" | "kanaler", string> = {
  kode: "mt-kode",
  navn: "mt-navn",
  varighedMin: "mt-varighed",
  bufferMin: "mt-buffer",
  minVarselTimer: "mt-varsel",
  bookingvindueDage: "mt-bookingvindue",
  aendringVarselTimer: "mt-aendringsvarsel",
  minDeltagere: "mt-deltagere",
  kanaler: "mt-kanal-fremmoede",
};
const FIELD_IDS = Object.fromEntries(Object.entries(FELT_ID).map(([k, v]) => [`body.${k}`, v]));
const TEST_ID: Record<Tal, string> = {
  varighedMin: ids.moedetyper.varighed,
  bufferMin: ids.moedetyper.buffer,
  minVarselTimer: ids.moedetyper.minVarsel,
  bookingvindueDage: ids.moedetyper.bookingvindue,
  aendringVarselTimer: ids.moedetyper.aendringVarsel,
  minDeltagere: ids.moedetyper.minDeltagere,
};
/** A new meeting type starts from the database's defaults. */
const STANDARD: Record<Tal, number> = {
  varighedMin: 45,
  bufferMin: 15,
  minVarselTimer: 24,
  bookingvindueDage: 56,
  aendringVarselTimer: 24,
  minDeltagere: 2,
};

type Editor = { mode: "new" } | { mode: "edit"; type: Moedetype } | null;

/**
 * The municipality's meeting types: one per kind of conversation, each with its duration, the caseworker's buffer
 * after it, the notice for booking and for changing, how far ahead a citizen may book and the channels it allows.
 */
export function Moedetyper({ moedetyper }: { moedetyper: Moedetype[] }) {
  const { t } = useTranslation();
  const kanalNavn = useKanalNavn("samtaleAdmin");
  const [editor, setEditor] = useState<Editor>(null);
  const [saved, setSaved] = useState<{ navn: string; created: boolean }>();
  const mangler = MOEDETYPE_KODER.filter((k) => !moedetyper.some((m) => m.kode === k));
  const captionId = "meeting-types-caption";
  const open = (e: Editor) => {
    setSaved(undefined);
    setEditor(e);
  };

  return (
    <section aria-labelledby="meeting-types-heading">
      <h2 id="meeting-types-heading">{t("samtaleAdmin.moedetyper.heading")}</h2>
      <p className="ju-prose">{t("samtaleAdmin.moedetyper.lead")}</p>
      {saved ? <GemtKvittering del="moedetyper" saved={saved} /> : null}
      {moedetyper.length ? (
        <DataTable
          captionId={captionId}
          caption={t("samtaleAdmin.moedetyper.caption", { count: moedetyper.length })}
          testId={ids.moedetyper.table}
          columns={[
            t("samtaleAdmin.moedetyper.navn"),
            t("samtaleAdmin.moedetyper.varighedKort"),
            t("samtaleAdmin.moedetyper.bufferKort"),
            t("samtaleAdmin.moedetyper.kanaler"),
            t("samtaleAdmin.moedetyper.varselKort"),
            t("samtaleAdmin.moedetyper.bookingvindueKort"),
            t("samtaleAdmin.status"),
            t("samtaleAdmin.handling"),
          ]}
          rows={moedetyper}
          rowKey={(m) => m.id}
          rowTestId={ids.moedetyper.row}
        >
          {(m) => (
            <>
              <th scope="row" className="weight-normal">
                {m.navn}
              </th>
              <td className="ju-nowrap">{t("samtaleAdmin.minutter", { count: m.varighedMin })}</td>
              <td className="ju-nowrap">{t("samtaleAdmin.minutter", { count: m.bufferMin })}</td>
              <td>{m.kanaler.map((k) => kanalNavn(k)).join(", ")}</td>
              <td className="ju-nowrap">{t("samtaleAdmin.timer", { count: m.minVarselTimer })}</td>
              <td className="ju-nowrap">{t("samtaleAdmin.dage", { count: m.bookingvindueDage })}</td>
              <AktivCelle aktiv={m.aktiv} />
              <RowAction
                label={t("samtaleAdmin.ret")}
                srLabel={m.navn}
                onClick={() => open({ mode: "edit", type: m })}
                testId={ids.moedetyper.edit(m.id)}
              />
            </>
          )}
        </DataTable>
      ) : (
        <p className="ju-empty">{t("samtaleAdmin.moedetyper.empty")}</p>
      )}
      {editor ? (
        <MoedetypeEditor
          key={editor.mode === "edit" ? editor.type.id : "new"}
          type={editor.mode === "edit" ? editor.type : undefined}
          mangler={mangler}
          onSaved={(m, created) => {
            setEditor(null);
            setSaved({ navn: m.navn, created });
          }}
          onCancel={() => setEditor(null)}
        />
      ) : mangler.length ? (
        <OpretKnap
          label={t("samtaleAdmin.moedetyper.create")}
          onClick={() => open({ mode: "new" })}
          testId={ids.moedetyper.create}
        />
      ) : null}
    </section>
  );
}

function MoedetypeEditor({
  type,
  mangler,
  onSaved,
  onCancel,
}: {
  type?: Moedetype;
  mangler: readonly MoedetypeKode[];
  onSaved: (m: Moedetype, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const kanalNavn = useKanalNavn("samtaleAdmin");
  const queryClient = useQueryClient();
  const [id] = useState(newUuid);
  const [kode, setKode] = useState<MoedetypeKode>(type?.kode ?? mangler[0] ?? "jobsamtale");
  const [navn, setNavn] = useState(type?.navn ?? t(`samtaleAdmin.kode.${mangler[0] ?? "jobsamtale"}`));
  const [tal, setTal] = useState<Record<Tal, string>>(
    () => Object.fromEntries(TAL.map((k) => [k, String(type ? type[k] : STANDARD[k])])) as Record<Tal, string>,
  );
  const [kanaler, setKanaler] = useState<Kanal[]>(type?.kanaler ?? [...KANALER]);
  const [aktiv, setAktiv] = useState(type?.aktiv ?? true);
  const [local, setLocal] = useState<Problem>();

  const gem = useMutation({
    mutationFn: () => {
      const felter = {
        navn: navn.trim(),
        ...(Object.fromEntries(TAL.map((k) => [k, Number(tal[k].trim())])) as Record<Tal, number>),
        kanaler,
        aktiv,
      };
      return type
        ? api<Moedetype>(`${API}/moedetyper/${encodeURIComponent(type.id)}`, { method: "PUT", body: felter })
        : api<Moedetype>(`${API}/moedetyper`, { method: "POST", body: { id, kode, ...felter } });
    },
    onSuccess: async (m) => {
      await queryClient.invalidateQueries({ queryKey: OPSAETNING_KEY });
      onSaved(m, !type);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending) return;
    const errors = [
      ...(navn.trim() ? [] : [{ path: "body.navn", message: t("samtaleAdmin.moedetyper.navnMangler") }]),
      ...TAL.filter((k) => !erHeltal(tal[k])).map((k) => ({
        path: `body.${k}`,
        message: t("samtaleAdmin.heltal", { felt: t(`samtaleAdmin.moedetyper.${k}`) }),
      })),
      ...(kanaler.length ? [] : [{ path: "body.kanaler", message: t("samtaleAdmin.moedetyper.kanalMangler") }]),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    gem.mutate();
  };

  const problem = local ?? problemOf(gem.error);
  const kanalFejl = fieldMessage(problem, ["body.kanaler"]);

  return (
    <EditorSkal
      headingId="meeting-type-editor-heading"
      heading={
        type ? t("samtaleAdmin.moedetyper.editHeading", { navn: type.navn }) : t("samtaleAdmin.moedetyper.newHeading")
      }
      problem={problem}
      fieldIds={FIELD_IDS}
      onSubmit={onSubmit}
      testId={ids.moedetyper.form}
      gem={{ label: t("samtaleAdmin.moedetyper.save"), testId: ids.moedetyper.save, pending: gem.isPending }}
      cancel={{ testId: ids.moedetyper.cancel, onClick: onCancel }}
    >
      {type ? null : (
        <SelectField
          id={FELT_ID.kode}
          label={t("samtaleAdmin.moedetyper.kode")}
          hint={t("samtaleAdmin.moedetyper.kodeHint")}
          error={fieldMessage(problem, ["body.kode"])}
          value={kode}
          onChange={(k) => {
            const ny = MOEDETYPE_KODER.find((x) => x === k);
            if (!ny) return;
            if (navn === t(`samtaleAdmin.kode.${kode}`)) setNavn(t(`samtaleAdmin.kode.${ny}`));
            setKode(ny);
          }}
          testId={ids.moedetyper.kode}
          options={mangler.map((k) => ({ value: k, label: t(`samtaleAdmin.kode.${k}`) }))}
        />
      )}
      <TextInput
        id={FELT_ID.navn}
        label={t("samtaleAdmin.moedetyper.navn")}
        hint={t("samtaleAdmin.moedetyper.navnHint")}
        error={fieldMessage(problem, ["body.navn"])}
        width="xl"
        maxLength={100}
        value={navn}
        onChange={setNavn}
        testId={ids.moedetyper.navn}
      />
      {TAL.map((k) => (
        <NumberInput
          key={k}
          id={FELT_ID[k]}
          label={t(`samtaleAdmin.moedetyper.${k}`)}
          hint={t(`samtaleAdmin.moedetyper.${k}Hint`)}
          error={fieldMessage(problem, [`body.${k}`])}
          value={tal[k]}
          onChange={(v) => setTal((x) => ({ ...x, [k]: v }))}
          testId={TEST_ID[k]}
        />
      ))}
      <div className={`form-group${kanalFejl ? " form-error" : ""}`}>
        <fieldset aria-describedby={`mt-kanaler-hint${kanalFejl ? " mt-kanaler-error" : ""}`}>
          <legend className="form-label">{t("samtaleAdmin.moedetyper.kanaler")}</legend>
          <span className="form-hint" id="mt-kanaler-hint">
            {t("samtaleAdmin.moedetyper.kanalerHint")}
          </span>
          {kanalFejl ? <FieldError id="mt-kanaler-error">{kanalFejl}</FieldError> : null}
          <ul className="nobullet-list">
            {KANALER.map((k) => (
              <li key={k}>
                <div className="form-group-checkbox">
                  <input
                    id={`mt-kanal-${k}`}
                    type="checkbox"
                    className="form-checkbox"
                    checked={kanaler.includes(k)}
                    onChange={(e) =>
                      setKanaler((x) => KANALER.filter((y) => (y === k ? e.target.checked : x.includes(y))))
                    }
                    data-testid={ids.moedetyper.kanal(k)}
                  />
                  <label htmlFor={`mt-kanal-${k}`} className="form-label">
                    {kanalNavn(k)}
                  </label>
                </div>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <CheckboxField
        id="mt-aktiv"
        label={t("samtaleAdmin.moedetyper.aktivLabel")}
        hint={t("samtaleAdmin.moedetyper.aktivHint")}
        checked={aktiv}
        onChange={setAktiv}
        testId={ids.moedetyper.aktiv}
      />
    </EditorSkal>
  );
}

import type { Problem } from "#contracts/errors.ts";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, SelectField, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { Icon } from "../../../ui/Icon.tsx";
import { ScrollTable } from "../../../ui/ScrollTable.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { erHeltal, NumberInput, Receipt } from "./felter.tsx";
import {
  API,
  KANALER,
  type Kanal,
  MOEDETYPE_KODER,
  type Moedetype,
  type MoedetypeKode,
  OPSAETNING_KEY,
} from "./types.ts";

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
      {saved ? (
        <Receipt
          heading={
            saved.created ? t("samtaleAdmin.moedetyper.receiptCreated") : t("samtaleAdmin.moedetyper.receiptSaved")
          }
          testId={ids.receipt("moedetyper")}
        >
          <p>{t("samtaleAdmin.moedetyper.receiptText", { navn: saved.navn })}</p>
        </Receipt>
      ) : null}
      {moedetyper.length ? (
        <ScrollTable captionId={captionId}>
          <table className="table table--zebra" data-testid={ids.moedetyper.table}>
            <caption id={captionId}>{t("samtaleAdmin.moedetyper.caption", { count: moedetyper.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("samtaleAdmin.moedetyper.navn")}</th>
                <th scope="col">{t("samtaleAdmin.moedetyper.varighedKort")}</th>
                <th scope="col">{t("samtaleAdmin.moedetyper.bufferKort")}</th>
                <th scope="col">{t("samtaleAdmin.moedetyper.kanaler")}</th>
                <th scope="col">{t("samtaleAdmin.moedetyper.varselKort")}</th>
                <th scope="col">{t("samtaleAdmin.moedetyper.bookingvindueKort")}</th>
                <th scope="col">{t("samtaleAdmin.status")}</th>
                <th scope="col">{t("samtaleAdmin.handling")}</th>
              </tr>
            </thead>
            <tbody>
              {moedetyper.map((m) => (
                <tr key={m.id} data-testid={ids.moedetyper.row(m.id)}>
                  <th scope="row" className="weight-normal">
                    {m.navn}
                  </th>
                  <td className="ju-nowrap">{t("samtaleAdmin.minutter", { count: m.varighedMin })}</td>
                  <td className="ju-nowrap">{t("samtaleAdmin.minutter", { count: m.bufferMin })}</td>
                  <td>{m.kanaler.map((k) => t(`samtaleAdmin.kanal.${k}`)).join(", ")}</td>
                  <td className="ju-nowrap">{t("samtaleAdmin.timer", { count: m.minVarselTimer })}</td>
                  <td className="ju-nowrap">{t("samtaleAdmin.dage", { count: m.bookingvindueDage })}</td>
                  <td>
                    {m.aktiv ? (
                      <span className="badge badge-success">{t("samtaleAdmin.aktiv")}</span>
                    ) : (
                      <span className="badge badge-warning">{t("samtaleAdmin.inaktiv")}</span>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="function-link"
                      onClick={() => open({ mode: "edit", type: m })}
                      data-testid={ids.moedetyper.edit(m.id)}
                    >
                      {t("samtaleAdmin.ret")}
                      <span className="sr-only"> {m.navn}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
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
        <button
          type="button"
          className="button button-secondary"
          onClick={() => open({ mode: "new" })}
          data-testid={ids.moedetyper.create}
        >
          <Icon name="plus" />
          {t("samtaleAdmin.moedetyper.create")}
        </button>
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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

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
  const headingId = "meeting-type-editor-heading";
  const kanalFejl = fieldMessage(problem, ["body.kanaler"]);

  return (
    <section className="ju-editor" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {type ? t("samtaleAdmin.moedetyper.editHeading", { navn: type.navn }) : t("samtaleAdmin.moedetyper.newHeading")}
      </h3>
      {problem ? <ErrorSummary problem={problem} fieldIds={FIELD_IDS} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={ids.moedetyper.form}>
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
            {kanalFejl ? (
              <span className="form-error-message" id="mt-kanaler-error">
                <span className="sr-only">{t("common.error")}: </span>
                {kanalFejl}
              </span>
            ) : null}
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
                      {t(`samtaleAdmin.kanal.${k}`)}
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
        <FormButtons
          submit={t("samtaleAdmin.moedetyper.save")}
          submitTestId={ids.moedetyper.save}
          disabled={gem.isPending}
          cancel={{ label: t("common.cancel"), testId: ids.moedetyper.cancel, onClick: onCancel }}
        />
      </form>
    </section>
  );
}

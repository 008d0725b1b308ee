import type { Problem } from "#contracts/errors.ts";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextInput } from "../../../ui/Field.tsx";
import { SubmitButton } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Icon } from "../../../ui/Icon.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { erKlokkeslaet, useUgedage } from "./felter.tsx";
import { API, type Medarbejder, type NytVindue, OPSAETNING_KEY, type Vindue } from "./types.ts";

interface Raekke {
  /** a local key, so React keeps each row's inputs while rows are added and removed */
  noegle: number;
  ugedag: string;
  fra: string;
  til: string;
  gyldigFra: string;
  gyldigTil: string;
}

const FELTER = ["ugedag", "fra", "til", "gyldigFra", "gyldigTil"] as const;
const feltId = (i: number, felt: (typeof FELTER)[number]) => `window-${i}-${felt}`;

let naeste = 0;
const tilRaekke = (v: Vindue): Raekke => ({
  noegle: naeste++,
  ugedag: String(v.ugedag),
  fra: v.fra,
  til: v.til,
  gyldigFra: v.gyldigFra,
  gyldigTil: v.gyldigTil ?? "",
});

/** "8:30" → "08:30", so the server's format check accepts what people type. */
const klokkeslaet = (v: string) => (/^\d:\d\d$/.test(v.trim()) ? `0${v.trim()}` : v.trim());

/**
 * A caseworker's weekly opening windows: rows of weekday, from and to (Danish time), each valid from a day and
 * optionally until a day. Saved as a whole: the server replaces the caseworker's windows in one transaction and
 * refuses windows that overlap on the same weekday, end before they start or miss the 5-minute steps.
 */
export function Aabningstider({ medarbejder, idag }: { medarbejder: Medarbejder; idag: string }) {
  const { t } = useTranslation();
  const ugedagNavn = useUgedage();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [raekker, setRaekker] = useState<Raekke[]>(() => medarbejder.vinduer.map(tilRaekke));
  const [local, setLocal] = useState<Problem>();
  const [saved, setSaved] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);

  const gem = useMutation({
    mutationFn: (vinduer: NytVindue[]) =>
      api<{ vinduer: Vindue[] }>(`${API}/medarbejdere/${encodeURIComponent(medarbejder.id)}/vinduer`, {
        method: "PUT",
        body: { vinduer },
      }),
    onSuccess: async (r) => {
      setRaekker(r.vinduer.map(tilRaekke));
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: OPSAETNING_KEY });
    },
  });

  const aendr = (noegle: number, felt: (typeof FELTER)[number], v: string) => {
    setSaved(false);
    setRaekker((rs) => rs.map((r) => (r.noegle === noegle ? { ...r, [felt]: v } : r)));
  };
  const tilfoej = () => {
    setSaved(false);
    setLocal(undefined);
    gem.reset();
    const sidste = raekker.at(-1);
    const ny: Raekke = {
      noegle: naeste++,
      ugedag: sidste ? String(Math.min(Number(sidste.ugedag) + 1, 5)) : "1",
      fra: "",
      til: "",
      gyldigFra: "",
      gyldigTil: "",
    };
    setRaekker((rs) => [...rs, ny]);
    // the new row's first field takes the focus once it is there
    requestAnimationFrame(() => document.getElementById(feltId(raekker.length, "ugedag"))?.focus());
  };
  const fjern = (noegle: number) => {
    setSaved(false);
    setLocal(undefined);
    gem.reset();
    setRaekker((rs) => rs.filter((r) => r.noegle !== noegle));
    addButton.current?.focus();
  };
  const fortryd = () => {
    setSaved(false);
    setLocal(undefined);
    gem.reset();
    setRaekker(medarbejder.vinduer.map(tilRaekke));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending) return;
    const errors = raekker.flatMap((r, i) =>
      (["fra", "til"] as const)
        .filter((felt) => !erKlokkeslaet(r[felt]) && r[felt].trim() !== "24:00")
        .map((felt) => ({
          path: `body.vinduer.${i}.${felt}`,
          message: t(felt === "fra" ? "samtaleAdmin.vinduer.fraFejl" : "samtaleAdmin.vinduer.tilFejl", {
            nr: i + 1,
          }),
        })),
    );
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    setSaved(false);
    gem.mutate(
      raekker.map((r) => ({
        ugedag: Number(r.ugedag),
        fra: klokkeslaet(r.fra),
        til: klokkeslaet(r.til),
        ...(r.gyldigFra ? { gyldigFra: r.gyldigFra } : {}),
        gyldigTil: r.gyldigTil || null,
      })),
    );
  };

  const problem = local ?? problemOf(gem.error);
  const fieldIds = Object.fromEntries(
    raekker.flatMap((_, i) => FELTER.map((felt) => [`body.vinduer.${i}.${felt}`, feltId(i, felt)])),
  );

  return (
    <div>
      <h3 id="windows-heading">{t("samtaleAdmin.vinduer.heading", { navn: medarbejder.navn })}</h3>
      <p className="ju-prose">{t("samtaleAdmin.vinduer.lead")}</p>
      {saved ? (
        <Receipt heading={t("samtaleAdmin.vinduer.receipt")} testId={ids.receipt("vinduer")}>
          <p>{t("samtaleAdmin.vinduer.receiptText", { navn: medarbejder.navn, count: raekker.length })}</p>
        </Receipt>
      ) : null}
      {problem ? <ErrorSummary problem={problem} fieldIds={fieldIds} /> : null}
      <form onSubmit={onSubmit} noValidate aria-labelledby="windows-heading" data-testid={ids.vinduer.form}>
        {raekker.length === 0 ? (
          <p className="ju-empty" data-testid={ids.vinduer.empty}>
            {t("samtaleAdmin.vinduer.empty", { navn: medarbejder.navn })}
          </p>
        ) : null}
        {raekker.map((r, i) => (
          <fieldset key={r.noegle} className="ju-free-filters" data-testid={ids.vinduer.row(i)}>
            <legend className="h4">
              {t("samtaleAdmin.vinduer.raekke", { nr: i + 1 })}
              {erKlokkeslaet(r.fra) && (erKlokkeslaet(r.til) || r.til === "24:00") ? (
                <span className="sr-only">
                  {`: ${ugedagNavn(Number(r.ugedag))} ${klokkeslaet(r.fra)}–${klokkeslaet(r.til)}`}
                </span>
              ) : null}
            </legend>
            <div className="ju-filter-grid">
              <SelectField
                id={feltId(i, "ugedag")}
                label={t("samtaleAdmin.vinduer.ugedag")}
                error={fieldMessage(problem, [`body.vinduer.${i}.ugedag`])}
                value={r.ugedag}
                onChange={(v) => aendr(r.noegle, "ugedag", v)}
                testId={ids.vinduer.ugedag(i)}
                options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: ugedagNavn(d) }))}
              />
              <TextInput
                id={feltId(i, "fra")}
                label={t("samtaleAdmin.vinduer.fra")}
                hint={t("samtaleAdmin.vinduer.klHint")}
                error={fieldMessage(problem, [`body.vinduer.${i}.fra`])}
                width="xs"
                maxLength={5}
                value={r.fra}
                onChange={(v) => aendr(r.noegle, "fra", v)}
                testId={ids.vinduer.fra(i)}
              />
              <TextInput
                id={feltId(i, "til")}
                label={t("samtaleAdmin.vinduer.til")}
                hint={t("samtaleAdmin.vinduer.klHint")}
                error={fieldMessage(problem, [`body.vinduer.${i}.til`])}
                width="xs"
                maxLength={5}
                value={r.til}
                onChange={(v) => aendr(r.noegle, "til", v)}
                testId={ids.vinduer.til(i)}
              />
              <TextInput
                id={feltId(i, "gyldigFra")}
                type="date"
                label={t("samtaleAdmin.vinduer.gyldigFra")}
                hint={t("samtaleAdmin.vinduer.gyldigFraHint")}
                error={fieldMessage(problem, [`body.vinduer.${i}.gyldigFra`])}
                value={r.gyldigFra}
                onChange={(v) => aendr(r.noegle, "gyldigFra", v)}
                testId={ids.vinduer.gyldigFra(i)}
              />
              <TextInput
                id={feltId(i, "gyldigTil")}
                type="date"
                label={t("samtaleAdmin.vinduer.gyldigTil")}
                hint={t("samtaleAdmin.vinduer.gyldigTilHint")}
                error={fieldMessage(problem, [`body.vinduer.${i}.gyldigTil`])}
                value={r.gyldigTil}
                onChange={(v) => aendr(r.noegle, "gyldigTil", v)}
                testId={ids.vinduer.gyldigTil(i)}
              />
            </div>
            <p>
              <button
                type="button"
                className="function-link"
                onClick={() => fjern(r.noegle)}
                data-testid={ids.vinduer.remove(i)}
              >
                <Icon name="delete" />
                {t("samtaleAdmin.vinduer.fjern", { nr: i + 1 })}
              </button>
            </p>
          </fieldset>
        ))}
        <p>
          <button
            ref={addButton}
            type="button"
            className="button button-secondary"
            onClick={tilfoej}
            data-testid={ids.vinduer.add}
          >
            <Icon name="plus" />
            {t("samtaleAdmin.vinduer.tilfoej")}
          </button>
        </p>
        <p className="ju-muted-note">{t("samtaleAdmin.vinduer.idag", { dato: f.date(idag) })}</p>
        <div className="ju-button-row">
          <SubmitButton disabled={gem.isPending} testId={ids.vinduer.save}>
            {t("samtaleAdmin.vinduer.save")}
          </SubmitButton>
          <button type="button" className="button button-tertiary" onClick={fortryd} data-testid={ids.vinduer.reset}>
            {t("samtaleAdmin.vinduer.fortryd")}
          </button>
        </div>
      </form>
    </div>
  );
}

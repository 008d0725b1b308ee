import type { Problem } from "#contracts/errors.ts";
import { MAALGRUPPE_KODER, MAALGRUPPER } from "#contracts/maalgrupper.ts";
import { markedLeverandoerIds as ids } from "#contracts/testids-marked-leverandoer.ts";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { FieldError, SelectField, TextArea, TextInput } from "../../../ui/Field.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Icon } from "../../../ui/Icon.tsx";
import type { Felter } from "./UdbudForm.tsx";
import {
  ARTER_MED_MODULER,
  type Kompetence,
  lokal,
  MODUL_FORMER,
  type Modul,
  type ModulForm,
  NIVEAUER,
  SPROG,
  tidspunkt,
  UDBUD_ARTER,
  type UdbudArt,
  type UdbudInput,
  useMarkedKoder,
} from "./udbud.ts";

/** What the provider asks for with the form's button: a draft, the municipality's approval, or a change saved. */
export type Handling = "kladde" | "indsend" | "gem";

type Saet = <K extends keyof Felter>(k: K, v: Felter[K]) => void;
interface Del {
  felter: Felter;
  saet: Saet;
  problem: Problem | undefined;
}

/** A group of checkboxes in its fieldset, with the group's hint and error message. */
function Afkrydsninger({
  id,
  legend,
  hint,
  error,
  options,
  valgt,
  onChange,
  children,
}: {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: string; label: string; testId: string }[];
  valgt: readonly string[];
  onChange: (valgt: string[]) => void;
  children?: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend className="form-label">{legend}</legend>
        {hint ? (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
        {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
        {children}
        <ul className="nobullet-list">
          {options.map((o) => (
            <li key={o.value}>
              <div className="form-group-checkbox">
                <input
                  id={`${id}-${o.value}`}
                  type="checkbox"
                  className="form-checkbox"
                  checked={valgt.includes(o.value)}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...valgt, o.value] : valgt.filter((v) => v !== o.value))
                  }
                  data-testid={o.testId}
                />
                <label htmlFor={`${id}-${o.value}`} className="form-label">
                  {o.label}
                </label>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

/** Section 1: what the course is, its kind, level, languages and how long it takes. */
export function Grundoplysninger({ felter: f, saet, problem }: Del) {
  const { t } = useTranslation();
  const k = useMarkedKoder();
  const artFejl = fieldMessage(problem, ["body.art"]);
  return (
    <section aria-labelledby="udbud-om-heading">
      <h2 id="udbud-om-heading">{t("markedLeverandoer.form.omHeading")}</h2>
      <TextInput
        id="udbud-titel"
        label={t("markedLeverandoer.felt.titel")}
        hint={t("markedLeverandoer.felt.titelHint")}
        error={fieldMessage(problem, ["body.titel"])}
        width="xl"
        maxLength={160}
        value={f.titel}
        onChange={(v) => saet("titel", v)}
        testId={ids.form.titel}
      />
      <TextArea
        id="udbud-beskrivelse"
        label={t("markedLeverandoer.felt.beskrivelse")}
        hint={t("markedLeverandoer.felt.beskrivelseHint")}
        error={fieldMessage(problem, ["body.beskrivelse"])}
        rows={6}
        maxLength={4000}
        value={f.beskrivelse}
        onChange={(v) => saet("beskrivelse", v)}
        testId={ids.form.beskrivelse}
      />
      <div className={`form-group${artFejl ? " form-error" : ""}`}>
        <fieldset aria-describedby={artFejl ? "udbud-art-error" : undefined}>
          <legend className="form-label">{t("markedLeverandoer.felt.art")}</legend>
          {artFejl ? <FieldError id="udbud-art-error">{artFejl}</FieldError> : null}
          {UDBUD_ARTER.map((a) => (
            <div className="form-group-radio" key={a}>
              <input
                type="radio"
                className="form-radio"
                name="art"
                id={`udbud-art-${a}`}
                value={a}
                checked={f.art === a}
                onChange={() => saet("art", a)}
                aria-describedby={`udbud-art-${a}-hint`}
                data-testid={ids.form.art(a)}
              />
              <label className="form-label" htmlFor={`udbud-art-${a}`}>
                {k.art(a)}
              </label>
              <span className="form-hint" id={`udbud-art-${a}-hint`}>
                {t(`markedLeverandoer.artHint.${a}`)}
              </span>
            </div>
          ))}
        </fieldset>
      </div>
      <SelectField
        id="udbud-niveau"
        label={t("markedLeverandoer.felt.niveau")}
        error={fieldMessage(problem, ["body.niveau"])}
        value={f.niveau}
        onChange={(v) => saet("niveau", NIVEAUER.find((n) => n === v) ?? "begynder")}
        testId={ids.form.niveau}
        options={NIVEAUER.map((n) => ({ value: n, label: k.niveau(n) }))}
      />
      <Afkrydsninger
        id="udbud-sprog"
        legend={t("markedLeverandoer.felt.sprog")}
        hint={t("markedLeverandoer.felt.sprogHint")}
        error={fieldMessage(problem, ["body.sprog"])}
        options={SPROG.map((s) => ({ value: s, label: k.sprog(s), testId: ids.form.sprog(s) }))}
        valgt={f.sprog}
        onChange={(v) =>
          saet(
            "sprog",
            SPROG.filter((s) => v.includes(s)),
          )
        }
      />
      <div className="ju-filter-grid">
        <TextInput
          id="udbud-varighed"
          label={t("markedLeverandoer.felt.varighedUger")}
          hint={t("markedLeverandoer.felt.varighedHint")}
          error={fieldMessage(problem, ["body.varighedUger"])}
          width="xs"
          inputMode="numeric"
          maxLength={3}
          value={f.varighed}
          onChange={(v) => saet("varighed", v)}
          testId={ids.form.varighed}
        />
        <TextInput
          id="udbud-timer"
          label={t("markedLeverandoer.felt.timerPrUge")}
          hint={t("markedLeverandoer.felt.timerHint")}
          error={fieldMessage(problem, ["body.timerPrUge"])}
          width="xs"
          inputMode="numeric"
          maxLength={2}
          value={f.timer}
          onChange={(v) => saet("timer", v)}
          testId={ids.form.timer}
        />
      </div>
    </section>
  );
}

/** The last part of an ESCO URI, for a skill's ids. */
const uriId = (uri: string) => uri.split("/").pop() ?? uri;

/**
 * Section 2: the ESCO skills the course teaches (found by a search in the municipality's small taxonomy; the chosen
 * ones stay in view) and the target groups it is for (none: everyone).
 */
export function IndholdOgMaalgrupper({ felter: f, saet, problem }: Del) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const query = useQuery({
    queryKey: ["marked", "kompetencer", lang],
    queryFn: () => api<Kompetence[]>("/api/marked/kompetencer"),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [soeg, setSoeg] = useState("");
  const alle = query.data ?? [];
  const ord = soeg.trim().toLowerCase();
  const valgte = alle.filter((k) => f.kompetencer.includes(k.uri));
  const fund =
    ord.length >= 2 ? alle.filter((k) => !f.kompetencer.includes(k.uri) && k.navn.toLowerCase().includes(ord)) : [];
  const vist = fund.slice(0, 12);
  const kompetenceFejl = fieldMessage(problem, ["body.kompetencer"]);
  // skills of the offer the taxonomy does not know (any more) are kept as they are
  const ukendte = f.kompetencer.filter((uri) => query.isSuccess && !alle.some((k) => k.uri === uri));
  return (
    <section aria-labelledby="udbud-indhold-heading">
      <h2 id="udbud-indhold-heading">{t("markedLeverandoer.form.indholdHeading")}</h2>
      <Afkrydsninger
        id="udbud-kompetence"
        legend={t("markedLeverandoer.felt.kompetencer")}
        hint={t("markedLeverandoer.felt.kompetencerHint")}
        error={kompetenceFejl}
        options={[
          ...valgte.map((k) => ({ value: k.uri, label: k.navn, testId: ids.form.kompetence(uriId(k.uri)) })),
          ...ukendte.map((uri) => ({ value: uri, label: uri, testId: ids.form.kompetence(uriId(uri)) })),
          ...vist.map((k) => ({ value: k.uri, label: k.navn, testId: ids.form.kompetence(uriId(k.uri)) })),
        ]}
        valgt={f.kompetencer}
        onChange={(v) => saet("kompetencer", v)}
      >
        <div className="form-group">
          <label className="form-label" htmlFor="udbud-kompetence-soeg">
            {t("markedLeverandoer.felt.kompetenceSoeg")}
          </label>
          <input
            id="udbud-kompetence-soeg"
            className="form-input input-width-l"
            type="search"
            value={soeg}
            onChange={(e) => setSoeg(e.target.value)}
            aria-describedby="udbud-kompetence-status"
            data-testid={ids.form.kompetenceSoeg}
          />
          <span className="form-hint" id="udbud-kompetence-status" role="status">
            {query.isError
              ? t("markedLeverandoer.felt.kompetencerFejl")
              : ord.length < 2
                ? t("markedLeverandoer.felt.kompetenceSoegHint", { count: valgte.length + ukendte.length })
                : t("markedLeverandoer.felt.kompetenceFund", { count: fund.length, vist: vist.length })}
          </span>
        </div>
      </Afkrydsninger>
      <Afkrydsninger
        id="udbud-maalgruppe"
        legend={t("markedLeverandoer.felt.maalgrupper")}
        hint={t("markedLeverandoer.felt.maalgrupperHint")}
        error={fieldMessage(problem, ["body.maalgrupper"])}
        options={MAALGRUPPE_KODER.map((m) => ({
          value: m,
          label: MAALGRUPPER[m][lang],
          testId: ids.form.maalgruppe(m),
        }))}
        valgt={f.maalgrupper}
        onChange={(v) =>
          saet(
            "maalgrupper",
            MAALGRUPPE_KODER.filter((m) => v.includes(m)),
          )
        }
      />
    </section>
  );
}

/** Section 3: a price in tokens, or part of the municipality's subscription (free for the citizen). */
export function Pris({ felter: f, saet, problem }: Del) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="udbud-pris-heading">
      <h2 id="udbud-pris-heading">{t("markedLeverandoer.form.prisHeading")}</h2>
      <fieldset className="form-group">
        <legend className="form-label">{t("markedLeverandoer.felt.prisform")}</legend>
        {(["tokens", "abonnement"] as const).map((p) => (
          <div className="form-group-radio" key={p}>
            <input
              type="radio"
              className="form-radio"
              name="prisform"
              id={`udbud-prisform-${p}`}
              value={p}
              checked={f.prisform === p}
              onChange={() => saet("prisform", p)}
              data-testid={ids.form.prisform(p)}
            />
            <label className="form-label" htmlFor={`udbud-prisform-${p}`}>
              {t(`markedLeverandoer.felt.prisform_${p}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {f.prisform === "tokens" ? (
        <TextInput
          id="udbud-pris"
          label={t("markedLeverandoer.felt.prisTokens")}
          hint={t("markedLeverandoer.felt.prisHint")}
          error={fieldMessage(problem, ["body.prisTokens"])}
          width="xs"
          inputMode="numeric"
          maxLength={6}
          value={f.pris}
          onChange={(v) => saet("pris", v)}
          testId={ids.form.pris}
        />
      ) : (
        <p className="ju-prose">{t("markedLeverandoer.felt.abonnementTekst")}</p>
      )}
      {f.prisform === "abonnement" && fieldMessage(problem, ["body.prisTokens"]) ? (
        <FieldError>{fieldMessage(problem, ["body.prisTokens"])}</FieldError>
      ) : null}
    </section>
  );
}

/** A module as typed: Danish date and time of day apart, the capacity as text. */
export interface Raekke {
  /** a local key, so React keeps each row's inputs while rows are added and removed */
  noegle: number;
  titel: string;
  form: ModulForm;
  startDato: string;
  startKl: string;
  slutDato: string;
  slutKl: string;
  sted: string;
  kapacitet: string;
}

let naeste = 0;

export function tilRaekke(m: Modul): Raekke {
  const s = lokal(m.start);
  const e = lokal(m.slut);
  return {
    noegle: naeste++,
    titel: m.titel,
    form: m.form,
    startDato: s.dato,
    startKl: s.kl,
    slutDato: e.dato,
    slutKl: e.kl,
    sted: m.sted ?? "",
    kapacitet: String(m.kapacitet),
  };
}

/** A new row: the form the offer's kind suggests (a physical one first for a physical course). */
export function nyModul(art: UdbudArt, moduler: readonly Raekke[]): Raekke {
  const form: ModulForm = art === "webinar" ? "live" : art === "fysisk" ? "fysisk" : "digital";
  return {
    noegle: naeste++,
    titel: "",
    form,
    startDato: "",
    startKl: "",
    slutDato: "",
    slutKl: "",
    sted: "",
    kapacitet: moduler.at(-1)?.kapacitet ?? "",
  };
}

/** The row as the API takes it: instants in Danish time, a place only for a physical module. */
export function til(r: Raekke): UdbudInput["moduler"][number] {
  return {
    titel: r.titel.trim(),
    form: r.form,
    start: tidspunkt(r.startDato, r.startKl),
    slut: tidspunkt(r.slutDato, r.slutKl),
    // an empty place is left out, so the server's own message says a physical module needs one
    ...(r.form === "fysisk" && r.sted.trim() ? { sted: r.sted.trim() } : {}),
    kapacitet: Number(r.kapacitet.trim()),
  };
}

const modulId = (i: number, felt: string) => `modul-${i}-${felt}`;

/**
 * Section 4, for webinars, physical and blended courses: the scheduled modules, each with its form (digital, live,
 * physical), start and end in Danish time, the place of a physical one and its capacity. Rows are added and removed.
 */
export function Moduler({
  art,
  moduler,
  onChange,
  problem,
  nyRaekke,
}: {
  art: UdbudArt;
  moduler: Raekke[];
  onChange: (m: Raekke[]) => void;
  problem: Problem | undefined;
  nyRaekke: () => Raekke;
}) {
  const { t } = useTranslation();
  const k = useMarkedKoder();
  const addButton = useRef<HTMLButtonElement>(null);
  const fejl = fieldMessage(problem, ["body.moduler"]);
  const aendr = (noegle: number, v: Partial<Raekke>) =>
    onChange(
      moduler.map((r) => {
        if (r.noegle !== noegle) return r;
        const ny = { ...r, ...v };
        // the end day follows the start day until it is set
        if (v.startDato && !r.slutDato) ny.slutDato = v.startDato;
        return ny;
      }),
    );
  const tilfoej = () => {
    onChange([...moduler, nyRaekke()]);
    const i = moduler.length;
    requestAnimationFrame(() => document.getElementById(modulId(i, "titel"))?.focus());
  };
  const fjern = (noegle: number) => {
    onChange(moduler.filter((r) => r.noegle !== noegle));
    addButton.current?.focus();
  };
  return (
    <section aria-labelledby="udbud-moduler-heading" data-testid={ids.form.moduler}>
      <h2 id="udbud-moduler-heading">{t("markedLeverandoer.form.modulerHeading")}</h2>
      <p className="ju-prose" id="udbud-moduler-hint">
        {ARTER_MED_MODULER.includes(art)
          ? t(`markedLeverandoer.form.modulerLead_${art}`)
          : t("markedLeverandoer.form.modulerLeadDigital")}
      </p>
      {fejl ? (
        <div className="form-error">
          <FieldError id="udbud-moduler-error">{fejl}</FieldError>
        </div>
      ) : null}
      {moduler.length === 0 ? <p className="ju-empty">{t("markedLeverandoer.form.ingenModuler")}</p> : null}
      {moduler.map((r, i) => {
        const fm = (felt: string) => fieldMessage(problem, [`body.moduler.${i}.${felt}`]);
        return (
          <fieldset key={r.noegle} className="ju-free-filters" data-testid={ids.form.modul.row(i)}>
            <legend className="h4">
              {t("markedLeverandoer.form.modulNr", { nr: i + 1 })}
              {r.titel.trim() ? <span className="sr-only">{`: ${r.titel.trim()}`}</span> : null}
            </legend>
            <TextInput
              id={modulId(i, "titel")}
              label={t("markedLeverandoer.moduler.titel")}
              error={fm("titel")}
              width="xl"
              maxLength={120}
              value={r.titel}
              onChange={(v) => aendr(r.noegle, { titel: v })}
              testId={ids.form.modul.titel(i)}
            />
            <SelectField
              id={modulId(i, "form")}
              label={t("markedLeverandoer.moduler.form")}
              hint={t("markedLeverandoer.moduler.formHint")}
              error={fm("form")}
              value={r.form}
              onChange={(v) => aendr(r.noegle, { form: MODUL_FORMER.find((x) => x === v) ?? "digital" })}
              testId={ids.form.modul.form(i)}
              options={MODUL_FORMER.map((x) => ({ value: x, label: k.form(x) }))}
            />
            <div className="ju-filter-grid">
              <TextInput
                id={modulId(i, "startDato")}
                type="date"
                label={t("markedLeverandoer.moduler.startDato")}
                error={fm("start")}
                value={r.startDato}
                onChange={(v) => aendr(r.noegle, { startDato: v })}
                testId={ids.form.modul.startDato(i)}
              />
              <TextInput
                id={modulId(i, "startKl")}
                label={t("markedLeverandoer.moduler.startKl")}
                hint={t("markedLeverandoer.moduler.klHint")}
                width="xs"
                maxLength={5}
                value={r.startKl}
                onChange={(v) => aendr(r.noegle, { startKl: v })}
                testId={ids.form.modul.startKl(i)}
              />
              <TextInput
                id={modulId(i, "slutDato")}
                type="date"
                label={t("markedLeverandoer.moduler.slutDato")}
                error={fm("slut")}
                value={r.slutDato}
                onChange={(v) => aendr(r.noegle, { slutDato: v })}
                testId={ids.form.modul.slutDato(i)}
              />
              <TextInput
                id={modulId(i, "slutKl")}
                label={t("markedLeverandoer.moduler.slutKl")}
                hint={t("markedLeverandoer.moduler.klHint")}
                width="xs"
                maxLength={5}
                value={r.slutKl}
                onChange={(v) => aendr(r.noegle, { slutKl: v })}
                testId={ids.form.modul.slutKl(i)}
              />
            </div>
            {r.form === "fysisk" ? (
              <TextInput
                id={modulId(i, "sted")}
                label={t("markedLeverandoer.moduler.sted")}
                hint={t("markedLeverandoer.moduler.stedHint")}
                error={fm("sted")}
                width="xl"
                maxLength={200}
                value={r.sted}
                onChange={(v) => aendr(r.noegle, { sted: v })}
                testId={ids.form.modul.sted(i)}
              />
            ) : fm("sted") ? (
              <FieldError>{fm("sted")}</FieldError>
            ) : null}
            <TextInput
              id={modulId(i, "kapacitet")}
              label={t("markedLeverandoer.moduler.kapacitet")}
              hint={t("markedLeverandoer.moduler.kapacitetHint")}
              error={fm("kapacitet")}
              width="xs"
              inputMode="numeric"
              maxLength={3}
              value={r.kapacitet}
              onChange={(v) => aendr(r.noegle, { kapacitet: v })}
              testId={ids.form.modul.kapacitet(i)}
            />
            <p>
              <button
                type="button"
                className="function-link"
                onClick={() => fjern(r.noegle)}
                data-testid={ids.form.modul.fjern(i)}
              >
                <Icon name="delete" />
                {t("markedLeverandoer.form.fjernModul", { nr: i + 1 })}
              </button>
            </p>
          </fieldset>
        );
      })}
      <p>
        <button
          id="udbud-tilfoej-modul"
          ref={addButton}
          type="button"
          className="button button-secondary"
          onClick={tilfoej}
          aria-describedby={fejl ? "udbud-moduler-error" : undefined}
          data-testid={ids.form.tilfoejModul}
        >
          <Icon name="plus" />
          {t("markedLeverandoer.form.tilfoejModul")}
        </button>
      </p>
    </section>
  );
}

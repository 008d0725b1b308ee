/**
 * Choosing an ESCO occupation by typing a job title (docs/erhvervssoegning.md): an accessible combobox (WAI-ARIA
 * combobox with a listbox popup) over GET /api/esco/erhverv. The person types as they would say it ("sosu assistent",
 * "lagermand", "chauffør C/E"); suggestions show the Danish title and the ISCO group. Arrow keys move, Enter chooses,
 * Escape closes the list (and empties the field when the list is already closed). A chosen occupation is shown with
 * a "Skift" button.
 */
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { Field } from "../../ui/Field.tsx";

export interface ErhvervValg {
  uri: string;
  titel: string;
  isco: string;
}

interface Forslag {
  uri: string;
  titel: string;
  titelEn: string;
  isco: string;
  iscoTitel: string | null;
  score: number;
  fundetVia: string;
}

const TEKSTER = {
  da: {
    skift: "Skift",
    skiftErhverv: (t: string) => `Skift erhverv (valgt: ${t})`,
    soeger: "Søger …",
    ingen: "Ingen erhverv passer. Prøv et andet ord for jobbet.",
    antal: (n: number) =>
      n === 1 ? "1 forslag. Brug pil op og ned for at vælge." : `${n} forslag. Brug pil op og ned for at vælge.`,
    fejl: "Søgningen virker ikke lige nu. Prøv igen om lidt.",
    skrivMere: "Skriv mindst 2 bogstaver.",
    valgt: "Valgt erhverv",
    fundetVia: "fundet via",
  },
  en: {
    skift: "Change",
    skiftErhverv: (t: string) => `Change occupation (chosen: ${t})`,
    soeger: "Searching …",
    ingen: "No occupation matches. Try another word for the job.",
    antal: (n: number) =>
      n === 1
        ? "1 suggestion. Use the up and down arrows to choose."
        : `${n} suggestions. Use the up and down arrows to choose.`,
    fejl: "The search is not working right now. Try again in a moment.",
    skrivMere: "Type at least 2 letters.",
    valgt: "Chosen occupation",
    fundetVia: "found via",
  },
} as const;

const FORSINKELSE_MS = 250;
const ANTAL = 8;

function useForsinket(vaerdi: string, ms: number): string {
  const [v, setV] = useState(vaerdi);
  useEffect(() => {
    const t = setTimeout(() => setV(vaerdi), ms);
    return () => clearTimeout(t);
  }, [vaerdi, ms]);
  return v;
}

export function ErhvervsFelt(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: ErhvervValg | null;
  onChange: (v: ErhvervValg | null) => void;
  testId?: string;
}) {
  const { id, label, hint, error, value, onChange, testId = "erhvervsfelt" } = props;
  const { i18n } = useTranslation();
  const tekster = TEKSTER[i18n.language?.startsWith("en") ? "en" : "da"];
  const [tekst, setTekst] = useState("");
  const [aaben, setAaben] = useState(false);
  const [aktiv, setAktiv] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const skiftRef = useRef<HTMLButtonElement>(null);
  const fokusEfterSkift = useRef<"input" | "skift" | null>(null);
  const listeId = `${useId()}-liste`;
  const statusId = `${id}-status`;
  const forsinket = useForsinket(tekst.trim(), FORSINKELSE_MS);
  const kanSoege = forsinket.length >= 2;

  const soegning = useQuery({
    queryKey: ["esco", "erhverv", forsinket, ANTAL],
    queryFn: ({ signal }) =>
      api<{ forslag: Forslag[] }>(`/api/esco/erhverv?q=${encodeURIComponent(forsinket)}&n=${ANTAL}`, { signal }),
    enabled: kanSoege && value === null,
    staleTime: 60_000,
  });
  const forslag = kanSoege ? (soegning.data?.forslag ?? []) : [];
  const venter = tekst.trim() !== forsinket || (kanSoege && soegning.isFetching && !soegning.data);
  const vis = aaben && tekst.trim().length >= 2;
  const listeVises = vis && forslag.length > 0;

  useEffect(() => {
    if (fokusEfterSkift.current === "input" && value === null) inputRef.current?.focus();
    if (fokusEfterSkift.current === "skift" && value !== null) skiftRef.current?.focus();
    fokusEfterSkift.current = null;
  }, [value]);

  const vaelg = (f: Forslag) => {
    fokusEfterSkift.current = "skift";
    setAaben(false);
    setAktiv(-1);
    setTekst("");
    onChange({ uri: f.uri, titel: f.titel, isco: f.isco });
  };

  const tast = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setAaben(true);
      if (forslag.length > 0) setAktiv((a) => (a + 1) % forslag.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setAaben(true);
      if (forslag.length > 0) setAktiv((a) => (a <= 0 ? forslag.length - 1 : a - 1));
    } else if (e.key === "Enter") {
      if (listeVises && aktiv >= 0 && forslag[aktiv]) {
        e.preventDefault();
        vaelg(forslag[aktiv]);
      } else if (listeVises) e.preventDefault();
    } else if (e.key === "Escape") {
      if (vis) {
        e.preventDefault();
        setAaben(false);
        setAktiv(-1);
      } else if (tekst) {
        e.preventDefault();
        setTekst("");
      }
    }
  };

  if (value) {
    return (
      <div className={`form-group${error ? " form-error" : ""}`} data-testid={`${testId}-valgt`}>
        <span className="form-label" id={`${id}-label`}>
          {label}
        </span>
        <div
          style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.5rem 1rem", marginTop: "0.5rem" }}
        >
          <span>
            <strong>{value.titel}</strong> <span className="ju-erhverv-isco">(ISCO {value.isco})</span>
          </span>
          <button
            ref={skiftRef}
            type="button"
            className="button button-secondary"
            aria-label={tekster.skiftErhverv(value.titel)}
            data-testid={`${testId}-skift`}
            onClick={() => {
              fokusEfterSkift.current = "input";
              onChange(null);
            }}
          >
            {tekster.skift}
          </button>
        </div>
        {error ? (
          <span className="form-error-message" id={`${id}-error`}>
            {error}
          </span>
        ) : null}
      </div>
    );
  }

  const status = !vis
    ? ""
    : venter
      ? tekster.soeger
      : soegning.isError
        ? tekster.fejl
        : forslag.length === 0
          ? tekster.ingen
          : tekster.antal(forslag.length);

  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(feltProps) => (
        <div style={{ position: "relative", maxWidth: "100%" }}>
          <input
            {...feltProps}
            ref={inputRef}
            className="form-input"
            style={{ width: "100%", maxWidth: "32rem", boxSizing: "border-box" }}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={listeVises}
            aria-controls={listeId}
            aria-activedescendant={listeVises && aktiv >= 0 ? `${listeId}-${aktiv}` : undefined}
            aria-describedby={[feltProps["aria-describedby"], statusId].filter(Boolean).join(" ")}
            autoComplete="off"
            spellCheck={false}
            value={tekst}
            data-testid={testId}
            onChange={(e) => {
              setTekst(e.target.value);
              setAktiv(-1);
              setAaben(true);
            }}
            onKeyDown={tast}
            onFocus={() => setAaben(true)}
            onBlur={() => setAaben(false)}
          />
          <div
            id={listeId}
            role="listbox"
            aria-label={label}
            hidden={!listeVises}
            data-testid={`${testId}-liste`}
            style={{
              position: "absolute",
              zIndex: 10,
              left: 0,
              right: 0,
              maxWidth: "32rem",
              maxHeight: "20rem",
              overflowY: "auto",
              margin: 0,
              padding: 0,
              background: "#fff",
              border: "1px solid #747474",
              boxShadow: "0 2px 6px rgba(0,0,0,0.2)",
            }}
          >
            {forslag.map((f, i) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the combobox input (aria-activedescendant)
              <div
                key={f.uri}
                tabIndex={-1}
                id={`${listeId}-${i}`}
                role="option"
                aria-selected={i === aktiv}
                data-testid={`${testId}-forslag`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => vaelg(f)}
                onMouseMove={() => setAktiv(i)}
                style={{
                  padding: "0.5rem 0.75rem",
                  cursor: "pointer",
                  borderBottom: "1px solid #e0e0e0",
                  background: i === aktiv ? "#dbe9f6" : undefined,
                  outline: i === aktiv ? "2px solid #1a1a1a" : undefined,
                  outlineOffset: "-2px",
                  overflowWrap: "anywhere",
                }}
              >
                <span style={{ display: "block", fontWeight: 600 }}>{f.titel}</span>
                <span style={{ display: "block", fontSize: "0.875em", color: "#3d3d3d" }}>
                  ISCO {f.isco}
                  {f.iscoTitel ? ` ${f.iscoTitel}` : ""}
                  {f.fundetVia.toLowerCase() !== f.titel.toLowerCase()
                    ? ` · ${tekster.fundetVia} »${f.fundetVia}«`
                    : ""}
                </span>
              </div>
            ))}
          </div>
          <span id={statusId} className="sr-only" aria-live="polite" aria-atomic="true">
            {status}
          </span>
        </div>
      )}
    </Field>
  );
}

import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../ui/Field.tsx";
import { Alert } from "../../../ui/page.tsx";

/**
 * A whole number in a DKFDS form group. A text input with the numeric keyboard, as DKFDS recommends over
 * type="number" (which changes the value on scroll and accepts "e"); the form checks the value before sending.
 */
export function NumberInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  testId,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(props) => (
        <input
          {...props}
          className="form-input input-width-xs"
          type="text"
          inputMode="numeric"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

/** A success receipt that takes the focus when it appears, so keyboard and screen reader users hear what happened. */
export function Receipt({ heading, children, testId }: { heading: string; children?: ReactNode; testId: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} className="ju-receipt" tabIndex={-1}>
      <Alert kind="success" heading={heading} testId={testId} headingLevel={3}>
        {children}
      </Alert>
    </div>
  );
}

/** True for a whole number written with digits only. */
export const erHeltal = (v: string) => /^\d{1,4}$/.test(v.trim());

/** "HH:MM" (or "H:MM"). */
export const erKlokkeslaet = (v: string) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(v.trim());

const ZONE = "Europe/Copenhagen";

/** Copenhagen's UTC offset on a date, as "+01:00" or "+02:00" (read at noon, far from the change at night). */
export function koebenhavnOffset(dato: string): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZone: ZONE, timeZoneName: "longOffset" })
    .formatToParts(new Date(`${dato}T12:00:00Z`))
    .find((p) => p.type === "timeZoneName")?.value;
  const m = /GMT([+-]\d{2}:\d{2})/.exec(part ?? "");
  return m?.[1] ?? "+01:00";
}

/** A date and an optional time of day in Danish time, as the API takes it: a date alone, or an instant. */
export function tidspunkt(dato: string, kl: string): string {
  const k = kl.trim();
  if (!k) return dato;
  const [h, m] = k.split(":");
  return `${dato}T${h!.padStart(2, "0")}:${m}:00${koebenhavnOffset(dato)}`;
}

/** The Danish calendar date and time of day of an instant. */
function lokal(iso: string): { dato: string; kl: string } {
  const d = new Date(iso);
  const dato = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(d);
  const kl = new Intl.DateTimeFormat("en-GB", { timeZone: ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
    .format(d)
    .replace(".", ":");
  return { dato, kl };
}

const forrigeDato = (iso: string) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/**
 * An absence as people say it: whole days as dates ("1. december 2026 – 3. december 2026", the end being the last
 * day away), anything else with times.
 */
export function periodeTekst(
  fra: string,
  til: string,
  f: { date: (v: string) => string; dateTime: (v: string) => string },
): string {
  const a = lokal(fra);
  const b = lokal(til);
  if (a.kl === "00:00" && b.kl === "00:00") {
    const sidste = forrigeDato(b.dato);
    return sidste === a.dato ? f.date(a.dato) : `${f.date(a.dato)} – ${f.date(sidste)}`;
  }
  return `${f.dateTime(fra)} – ${f.dateTime(til)}`;
}

/** The translated name of a weekday, 1 = Monday. */
export function useUgedage() {
  const { t } = useTranslation();
  return (ugedag: number) => t(`samtaleAdmin.ugedag.${ugedag}`);
}

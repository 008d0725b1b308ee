import type { Problem } from "#contracts/errors.ts";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { type FormEvent, type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { TextInput } from "../../../ui/Field.tsx";
import { FormButtons, SubmitButton } from "../../../ui/FormButtons.tsx";
import { Icon } from "../../../ui/Icon.tsx";
import { dateInDenmark, formatTimeOfDay, ZONE } from "../../../ui/format.ts";
import { Receipt } from "../../../ui/Receipt.tsx";
import { plusDage } from "../tid.ts";

/**
 * A whole number in a DKFDS form group. A text input with the numeric keyboard, as DKFDS recommends over
 * type="number" (which changes the value on scroll and accepts "e"); the form checks the value before sending.
 */
export function NumberInput(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return <TextInput {...props} width="xs" inputMode="numeric" />;
}

/** A submitted form's button and its state: the button's text and test id, and whether the request is under way. */
interface Gem {
  label: string;
  testId: string;
  pending: boolean;
}

/**
 * The editor of a meeting type or a room: its heading, which takes the focus when the editor opens, the error summary,
 * the form's fields (`children`), and the save and cancel buttons.
 */
export function EditorSkal({
  headingId,
  heading,
  problem,
  fieldIds,
  onSubmit,
  testId,
  gem,
  cancel,
  children,
}: {
  headingId: string;
  heading: string;
  problem: Problem | undefined;
  fieldIds: Record<string, string>;
  onSubmit: (e: FormEvent) => void;
  testId: string;
  gem: Gem;
  cancel: { testId: string; onClick: () => void };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <section className="ju-editor" aria-labelledby={headingId}>
      <h3 id={headingId} ref={ref} tabIndex={-1}>
        {heading}
      </h3>
      {problem ? <ErrorSummary problem={problem} fieldIds={fieldIds} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={testId}>
        {children}
        <FormButtons
          submit={gem.label}
          submitTestId={gem.testId}
          disabled={gem.pending}
          cancel={{ label: t("common.cancel"), ...cancel }}
        />
      </form>
    </section>
  );
}

/** The form under a list that adds to it (a closed day, an absence): the error summary, the fields and the button. */
export function TilfoejForm({
  legend,
  problem,
  fieldIds,
  onSubmit,
  testId,
  gem,
  children,
}: {
  legend: string;
  problem: Problem | undefined;
  fieldIds: Record<string, string>;
  onSubmit: (e: FormEvent) => void;
  testId: string;
  gem: Gem;
  children: ReactNode;
}) {
  return (
    <>
      {problem ? <ErrorSummary problem={problem} fieldIds={fieldIds} /> : null}
      <form className="ju-free-filters" onSubmit={onSubmit} noValidate data-testid={testId}>
        <fieldset>
          <legend className="h4">{legend}</legend>
          {children}
          <div className="ju-button-row">
            <SubmitButton disabled={gem.pending} testId={gem.testId}>
              {gem.label}
            </SubmitButton>
          </div>
        </fieldset>
      </form>
    </>
  );
}

/** The button under a list that opens the editor of a new one. */
export function OpretKnap({ label, onClick, testId }: { label: string; onClick: () => void; testId: string }) {
  return (
    <button type="button" className="button button-secondary" onClick={onClick} data-testid={testId}>
      <Icon name="plus" />
      {label}
    </button>
  );
}

/** A meeting type's or a room's state in the list, as a badge in its cell. */
export function AktivCelle({ aktiv }: { aktiv: boolean }) {
  const { t } = useTranslation();
  return (
    <td>
      {aktiv ? (
        <span className="badge badge-success">{t("samtaleAdmin.aktiv")}</span>
      ) : (
        <span className="badge badge-warning">{t("samtaleAdmin.inaktiv")}</span>
      )}
    </td>
  );
}

/** The receipt after a meeting type or a room was created or saved (`del`: the section's texts and test id). */
export function GemtKvittering({
  del,
  saved,
}: {
  del: "lokaler" | "moedetyper";
  saved: { navn: string; created: boolean };
}) {
  const { t } = useTranslation();
  return (
    <Receipt
      heading={saved.created ? t(`samtaleAdmin.${del}.receiptCreated`) : t(`samtaleAdmin.${del}.receiptSaved`)}
      testId={ids.receipt(del)}
    >
      <p>{t(`samtaleAdmin.${del}.receiptText`, { navn: saved.navn })}</p>
    </Receipt>
  );
}

/** True for a whole number written with digits only. */
export const erHeltal = (v: string) => /^\d{1,4}$/.test(v.trim());

/** "HH:MM" (or "H:MM"). */
export const erKlokkeslaet = (v: string) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(v.trim());

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

/** The Danish calendar date and time of day of an instant ("HH:MM"). */
function lokal(iso: string): { dato: string; kl: string } {
  return { dato: dateInDenmark(iso), kl: formatTimeOfDay(new Date(iso), "en") };
}

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
    const sidste = plusDage(b.dato, -1);
    return sidste === a.dato ? f.date(a.dato) : `${f.date(a.dato)} – ${f.date(sidste)}`;
  }
  return `${f.dateTime(fra)} – ${f.dateTime(til)}`;
}

/** The translated name of a weekday, 1 = Monday. */
export function useUgedage() {
  const { t } = useTranslation();
  return (ugedag: number) => t(`samtaleAdmin.ugedag.${ugedag}`);
}

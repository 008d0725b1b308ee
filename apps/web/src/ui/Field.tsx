import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** What a field's input needs to be tied to its label, hint and error message (WCAG 1.3.1, 3.3.1). */
export interface FieldProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

/**
 * A DKFDS form group: the label, an optional hint, the error message when there is one, and the input, which gets the
 * ids it must point to from `children`.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (props: FieldProps) => ReactNode;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t("common.error")}: </span>
          {error}
        </span>
      ) : null}
      {children({
        id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
    </div>
  );
}

/**
 * A field's error message where the form group is not a `Field`, e.g. in a fieldset of radio buttons or checkboxes
 * (with the same words for screen readers as `Field`'s).
 */
export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <span className="form-error-message" id={id}>
      <span className="sr-only">{t("common.error")}: </span>
      {children}
    </span>
  );
}

/** What `TextInput`, `TextArea` and `SelectField` share: the form group's label, hint and error, the value and the test id. */
interface FieldControlProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}

/** A DKFDS text input in its form group; `width` is the DKFDS input width (none: the input's own width). */
export function TextInput({
  value,
  onChange,
  testId,
  type = "text",
  width,
  maxLength,
  autoComplete,
  inputMode,
  ...field
}: FieldControlProps & {
  type?: "text" | "search" | "date";
  width?: "xs" | "l" | "xl";
  maxLength?: number;
  autoComplete?: string;
  inputMode?: "numeric";
}) {
  return (
    <Field {...field}>
      {(props) => (
        <input
          {...props}
          className={width ? `form-input input-width-${width}` : "form-input"}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

/** A DKFDS text area in its form group, as the notes' text areas. */
export function TextArea({
  value,
  onChange,
  testId,
  rows,
  maxLength,
  ...field
}: FieldControlProps & { rows: number; maxLength?: number }) {
  return (
    <Field {...field}>
      {(props) => (
        <textarea
          {...props}
          className="form-input ju-note-textarea"
          rows={rows}
          maxLength={maxLength}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      )}
    </Field>
  );
}

/** A DKFDS select in its form group; `placeholder` is the text of an empty first choice, when there is one. */
export function SelectField({
  value,
  onChange,
  testId,
  placeholder,
  options,
  ...field
}: FieldControlProps & {
  placeholder?: string;
  options: readonly { value: string; label: ReactNode }[];
}) {
  return (
    <Field {...field}>
      {(props) => (
        <select
          {...props}
          className="form-select"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        >
          {placeholder === undefined ? null : <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A DKFDS checkbox in its form group, with the label after the box and an optional hint below. */
export function CheckboxField({
  id,
  label,
  hint,
  checked,
  disabled,
  onChange,
  testId,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}) {
  return (
    <div className="form-group">
      <div className="form-group-checkbox">
        <input
          id={id}
          type="checkbox"
          className="form-checkbox"
          checked={checked}
          disabled={disabled}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
          data-testid={testId}
        />
        <label htmlFor={id} className="form-label">
          {label}
        </label>
        {hint ? (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}

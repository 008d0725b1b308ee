import type { ReactNode } from "react";

/** A form's DKFDS submit button; disabled while what it sends is under way. */
export function SubmitButton({
  variant = "primary",
  disabled,
  testId,
  children,
}: {
  variant?: "primary" | "secondary";
  disabled?: boolean;
  testId: string;
  children: ReactNode;
}) {
  return (
    <button type="submit" className={`button button-${variant}`} disabled={disabled} data-testid={testId}>
      {children}
    </button>
  );
}

/** A form's row of buttons: the primary submit button and, when given, a tertiary button that cancels or resets. */
export function FormButtons({
  submit,
  submitTestId,
  disabled,
  cancel,
}: {
  submit: ReactNode;
  submitTestId: string;
  disabled?: boolean;
  cancel?: { label: string; testId: string; onClick: () => void };
}) {
  return (
    <div className="ju-button-row">
      <SubmitButton disabled={disabled} testId={submitTestId}>
        {submit}
      </SubmitButton>
      {cancel ? (
        <button type="button" className="button button-tertiary" onClick={cancel.onClick} data-testid={cancel.testId}>
          {cancel.label}
        </button>
      ) : null}
    </div>
  );
}

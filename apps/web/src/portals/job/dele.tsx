import { useTranslation } from "react-i18next";
import type { Forklaring, KontaktStatus } from "./types.ts";

/** The match score as a number and a bar in the portal's theme (the bar is decoration; the number is read out). */
export function Score({ score, testId }: { score: number; testId?: string }) {
  const { t } = useTranslation();
  return (
    <p className="mb-2">
      <span data-testid={testId}>
        <strong>{t("job.score", { score })}</strong>
      </span>
      <span aria-hidden="true" className="ju-score-track">
        <span className="ju-bar ju-score-bar" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </p>
  );
}

/** "Hvorfor": the explanation's summary and sentences. */
export function Hvorfor({
  forklaring,
  testId,
  heading,
}: {
  forklaring: Forklaring;
  testId?: string;
  heading?: string;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <p className="mb-1 mt-2">
        <strong>{heading ?? t("job.hvorfor")}</strong> {forklaring.resume}
      </p>
      {forklaring.punkter.length > 0 ? (
        <ul className="mt-1">
          {forklaring.punkter.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function StatusTag({ status, testId }: { status: KontaktStatus; testId?: string }) {
  const { t } = useTranslation();
  const klasse =
    status === "accepteret"
      ? "badge-success"
      : status === "afventer"
        ? "badge-info"
        : status === "afvist"
          ? "badge-warning"
          : "";
  return (
    <span className={`badge badge-small ${klasse}`} data-testid={testId}>
      {t(`job.status.${status}`)}
    </span>
  );
}

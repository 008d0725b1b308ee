import { useTranslation } from "react-i18next";
import type { Ordning } from "./types.ts";

/** A scheme's conditions in plain Danish, the rule it rests on and how sure we are of the reference. */
export function OrdningKort({ ordning, testId }: { ordning: Ordning; testId?: string }) {
  const { t } = useTranslation("translation", { keyPrefix: "jobordre" });
  return (
    <div data-testid={testId}>
      <p>
        <strong>{t("guide.betingelser")}</strong>
      </p>
      <ul>
        {ordning.betingelser.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <p>
        {t("guide.hjemmel")}: {ordning.hjemmel} ({t(`sikkerhed.${ordning.sikkerhed}`)})
      </p>
      <details className="ju-details">
        <summary>{t("guide.omHenvisningen")}</summary>
        <p className="form-hint">{ordning.kilde}</p>
      </details>
    </div>
  );
}

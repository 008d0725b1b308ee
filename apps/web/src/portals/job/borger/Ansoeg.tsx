import { jobIds as ids } from "#contracts/testids-job.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { TextArea } from "../../../ui/Field.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { useAnsoeg } from "../queries.ts";
import type { KontaktRef, Kvittering } from "../types.ts";

/**
 * "Søg jobbet": an optional message, then one application (the key is made once, so a retry sends the same); the
 * receipt says the employer now has her name and contact details and that it counts in her job log.
 */
export function Ansoeg({ ordreId, kontakt }: { ordreId: string; kontakt: KontaktRef | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [aaben, setAaben] = useState(false);
  const [besked, setBesked] = useState("");
  const [noegle] = useState(newUuid);
  const [kvittering, setKvittering] = useState<Kvittering>();
  const ansoeg = useAnsoeg();
  const fejl = problemOf(ansoeg.error);
  if (kvittering)
    return (
      <Receipt heading={t("job.ansoeg.kvittering")} testId={ids.ansoeg.kvittering}>
        <p>
          {t("job.ansoeg.kvitteringTekst", {
            titel: kvittering.ordre.titel,
            virksomhed: kvittering.ordre.virksomhed,
            tidspunkt: fmt.dateTime(kvittering.tidspunkt),
            nr: kvittering.kvittering,
          })}
        </p>
        <p>
          {t("job.ansoeg.joblog")} <Link to="/borger/joblog">{t("job.ansoeg.joblogLink")}</Link>
        </p>
      </Receipt>
    );
  if (kontakt && (kontakt.kilde === "ansoegning" || kontakt.status === "accepteret"))
    return (
      <p data-testid={ids.ansoeg.allerede}>
        <strong>{t("job.ansoeg.allerede")}</strong>
      </p>
    );
  if (!aaben)
    return (
      <button
        type="button"
        className="button button-primary"
        onClick={() => setAaben(true)}
        data-testid={ids.ansoeg.knap}
      >
        {t("job.ansoeg.knap")}
      </button>
    );
  return (
    <div>
      <p className="ju-prose">{t("job.ansoeg.forklaring")}</p>
      {fejl ? <ErrorSummary problem={fejl} /> : null}
      <TextArea
        id="job-ansoeg-besked"
        label={t("job.ansoeg.besked")}
        hint={t("job.ansoeg.beskedHint")}
        value={besked}
        onChange={setBesked}
        rows={3}
        maxLength={2000}
        testId={ids.ansoeg.besked}
      />
      <div className="ju-button-row">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={ansoeg.isPending || undefined}
          onClick={() => {
            if (ansoeg.isPending) return;
            ansoeg.mutate(
              { ordreId, besked: besked.trim() || undefined, idempotensnoegle: noegle },
              { onSuccess: setKvittering },
            );
          }}
          data-testid={ids.ansoeg.send}
        >
          {ansoeg.isPending ? t("job.sender") : t("job.ansoeg.send")}
        </button>
        <button
          type="button"
          className="button button-tertiary"
          onClick={() => setAaben(false)}
          data-testid={ids.ansoeg.fortryd}
        >
          {t("job.fortryd")}
        </button>
      </div>
    </div>
  );
}

import { useTranslation } from "react-i18next";
import type { Henvisning, Sikkerhed } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Reference, useSikkerhed } from "../../ui/legal.tsx";
import type { Uge, UgeStatus } from "./types.ts";

const BADGE: Record<UgeStatus, string> = {
  opfyldt: "badge-success",
  igang: "badge-info",
  ikke_opfyldt: "badge-error",
  intet_krav: "ju-badge-neutral",
};

/** A week's status as a DKFDS badge: "Opfyldt", "I gang", "Ikke opfyldt", "Intet krav". */
export function UgeBadge({ status, testId }: { status: UgeStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${BADGE[status]}`} data-testid={testId}>
      {t(`joblog.uge.status.${status}`)}
    </span>
  );
}

/** "16. nov. – 22. nov." */
export function usePeriode() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (u: Uge) => t("joblog.uge.periode", { fra: fmt.date(u.mandag), til: fmt.date(u.soendag) });
}

/** References with their confidence: "Lov § 1 (sikkerhed: Middel), …". */
export function Henvisninger({ liste }: { liste: (Henvisning & { sikkerhed?: Sikkerhed })[] }) {
  const sikkerhed = useSikkerhed();
  return (
    <>
      {liste.map((h) => (
        <span key={`${h.lov}|${h.paragraf}`} className="d-block">
          <Reference henvisning={h} />
          {h.sikkerhed ? <span className="ju-muted"> ({sikkerhed(h.sikkerhed)})</span> : null}
        </span>
      ))}
    </>
  );
}

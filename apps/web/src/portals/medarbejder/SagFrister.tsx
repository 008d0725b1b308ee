import { testIds } from "#contracts/testids.ts";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Forpligtelse, Forslag, Sag } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Reference, StatusBadge, useSikkerhed } from "../../ui/legal.tsx";

/** Open obligations first (overdue, then upcoming by due date), then the met and lapsed ones, newest first. */
const ORDER = { forfalden: 0, kommende: 1, opfyldt_for_sent: 2, opfyldt: 2, bortfaldet: 3 } as const;
const byUrgency = (a: Forpligtelse, b: Forpligtelse) =>
  ORDER[a.status] - ORDER[b.status] ||
  (ORDER[a.status] <= 1 ? a.frist.localeCompare(b.frist) : b.frist.localeCompare(a.frist));

/**
 * "Frister og regler": what the law requires in the case, each with its rule, paragraph, confidence and an explanation
 * in plain Danish; then the proposals, which are never decisions.
 */
export function SagFrister({ sag }: { sag: Sag }) {
  const { t } = useTranslation();
  const forpligtelser = [...sag.forpligtelser].sort(byUrgency);
  return (
    <>
      <section aria-labelledby="obligations-heading">
        <h2 id="obligations-heading">{t("sag.obligationsHeading")}</h2>
        <p className="ju-prose">{t("sag.obligationsLead")}</p>
        {forpligtelser.length === 0 ? (
          <p className="ju-empty">{t("sag.noObligations")}</p>
        ) : (
          <ul className="nobullet-list ju-cards" data-testid={testIds.sag.obligations}>
            {forpligtelser.map((f) => (
              <ObligationItem key={`${f.regelId}-${f.trigger.dato}-${f.frist}`} f={f} />
            ))}
          </ul>
        )}
      </section>
      {sag.forslag.length > 0 ? (
        <section aria-labelledby="proposals-heading" className="ju-proposals">
          <h2 id="proposals-heading">{t("sag.proposalsHeading")}</h2>
          <p className="ju-prose">{t("sag.proposalsLead")}</p>
          <ul className="nobullet-list ju-cards" data-testid={testIds.sag.proposals}>
            {sag.forslag.map((f) => (
              <ProposalItem key={`${f.regelId}-${f.trigger.dato}`} f={f} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function ObligationItem({ f }: { f: Forpligtelse }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <RuleCard
      r={f}
      className={`ju-card-${f.status}`}
      testId={testIds.sag.obligation}
      heading={
        <>
          {f.titel} <StatusBadge status={f.status} />
        </>
      }
    >
      <div>
        <dt>{t("sag.due")}</dt>
        <dd>{fmt.date(f.frist)}</dd>
      </div>
      {f.opfyldt ? (
        <div>
          <dt>{t("sag.metOn")}</dt>
          <dd>{fmt.date(f.opfyldt)}</dd>
        </div>
      ) : null}
      {f.antal ? (
        <div>
          <dt>{t("sag.count")}</dt>
          <dd>{t("sag.countValue", { opnaaet: f.antal.opnaaet, krav: f.antal.krav })}</dd>
        </div>
      ) : null}
      {f.kanal ? (
        <div>
          <dt>{t("sag.channel")}</dt>
          <dd>{t(`sag.kanal.${f.kanal}`)}</dd>
        </div>
      ) : null}
    </RuleCard>
  );
}

function ProposalItem({ f }: { f: Forslag }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <RuleCard
      r={f}
      className="ju-card-proposal"
      testId={testIds.sag.proposal}
      heading={
        <>
          <span className="badge badge-warning">{t("sag.proposalBadge")}</span> {f.titel}
        </>
      }
    >
      {f.frist ? (
        <div>
          <dt>{t("sag.proposalDue")}</dt>
          <dd>{fmt.date(f.frist)}</dd>
        </div>
      ) : null}
    </RuleCard>
  );
}

/**
 * An obligation's or a proposal's card: its heading, its own facts (`children`), then what triggered it, the rule and
 * its reference, the confidence and the explanation.
 */
function RuleCard({
  r,
  className,
  testId,
  heading,
  children,
}: {
  r: Forpligtelse | Forslag;
  className: string;
  testId: string;
  heading: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sikkerhed = useSikkerhed();
  return (
    <li className={`ju-card ${className}`} data-testid={testId}>
      <h3 className="ju-card-heading">{heading}</h3>
      <dl className="ju-inline-facts">
        {children}
        <div>
          <dt>{t("sag.triggeredBy")}</dt>
          <dd>{fmt.date(r.trigger.dato)}</dd>
        </div>
        <div>
          <dt>{t("common.reference")}</dt>
          <dd>
            <Reference henvisning={r.henvisning} />{" "}
            <span className="ju-muted">({t("sag.rule", { id: r.regelId })})</span>
          </dd>
        </div>
        <div>
          <dt>{t("common.confidence")}</dt>
          <dd>{sikkerhed(r.sikkerhed)}</dd>
        </div>
      </dl>
      <p className="ju-prose ju-explanation">{r.forklaring}</p>
    </li>
  );
}

import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { Icon } from "../../../ui/Icon.tsx";
import { Reference } from "../../../ui/legal.tsx";
import type { Behov } from "../types.ts";

/**
 * "Det skal du": each conversation the law asks of the citizen now, with its deadline (an overdue one said in words,
 * not only in colour), whether one is already booked, "Hvorfor skal jeg det?" with the rule in words and its paragraph,
 * and a button to book.
 */
export function BehovListe({ behov }: { behov: Behov[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section aria-labelledby="needs-heading" data-testid={ids.behov.section}>
      <h2 id="needs-heading">{t("samtaleBorger.behov.heading")}</h2>
      {behov.length === 0 ? (
        <p data-testid={ids.behov.empty}>{t("samtaleBorger.behov.empty")}</p>
      ) : (
        <>
          <p>{t("samtaleBorger.behov.lead", { count: behov.length })}</p>
          <ul className="ju-cards nobullet-list">
            {behov.map((b) => (
              <li key={b.regelId}>
                <article
                  className={`ju-card ${b.overskredet ? "ju-card-forfalden" : b.indkaldt ? "ju-card-opfyldt" : "ju-card-kommende"}`}
                  data-testid={ids.behov.card(b.regelId)}
                  aria-labelledby={`need-${b.regelId}`}
                >
                  <h3 className="ju-card-heading h4" id={`need-${b.regelId}`}>
                    {b.titel}
                  </h3>
                  {b.overskredet ? (
                    <p data-testid={ids.behov.overskredet(b.regelId)}>
                      <span className="badge badge-error">{t("samtaleBorger.behov.overskredetBadge")}</span>{" "}
                      <span data-testid={ids.behov.frist(b.regelId)}>
                        {t("samtaleBorger.behov.overskredet", { dato: f.date(b.frist) })}
                      </span>
                    </p>
                  ) : (
                    <p className="weight-semibold" data-testid={ids.behov.frist(b.regelId)}>
                      {t("samtaleBorger.behov.senest", { dato: f.date(b.frist) })}
                    </p>
                  )}
                  {b.indkaldt ? (
                    <p data-testid={ids.behov.indkaldt(b.regelId)}>
                      <Icon name="check" /> {t("samtaleBorger.behov.indkaldt", { dato: f.date(b.indkaldt) })}
                    </p>
                  ) : null}
                  <details className="details" data-testid={ids.behov.hvorfor(b.regelId)}>
                    <summary className="details-summary">
                      <span className="details-summary-text">{t("samtaleBorger.behov.hvorfor")}</span>
                    </summary>
                    <div className="details-text">
                      <p>{b.forklaring}</p>
                      <p>
                        {t("samtaleBorger.behov.henvisning")} <Reference henvisning={b.henvisning} />
                      </p>
                    </div>
                  </details>
                  <p className="mt-4">
                    <Link
                      className={`button ${b.indkaldt ? "button-secondary" : "button-primary"}`}
                      to={`/borger/samtaler?book=${encodeURIComponent(b.regelId)}`}
                      data-testid={ids.behov.book(b.regelId)}
                    >
                      {b.indkaldt ? t("samtaleBorger.behov.bookIgen") : t("samtaleBorger.behov.book")}
                      <span className="sr-only">: {b.titel}</span>
                    </Link>
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

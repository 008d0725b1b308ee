import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { BackLink, PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { brevUrl, useBeskeder, useMarkerLaest } from "./borger/queries.ts";
import type { Besked } from "./types.ts";

/**
 * The citizen's messages from the jobcentre (receipts, reminders, invitations, cancellations, minutes), newest first.
 * An unread message says so in words and in bold; opening it marks it read. A message with a letter links to the PDF.
 */
export function Beskeder() {
  const { t } = useTranslation();
  const query = useBeskeder();
  return (
    <div data-testid={ids.beskeder.page}>
      <BackLink to="/borger">{t("borger.backToMinSide")}</BackLink>
      <PageHeading>{t("samtaleBorger.beskeder.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("samtaleBorger.beskeder.lead")}</p>
      <QueryView query={query}>
        {(beskeder) => {
          if (beskeder.length === 0)
            return (
              <p className="ju-empty" data-testid={ids.beskeder.empty}>
                {t("samtaleBorger.beskeder.empty")}
              </p>
            );
          const ulaeste = beskeder.filter((b) => !b.laest).length;
          return (
            <>
              <p>
                {t("samtaleBorger.beskeder.antal", { count: beskeder.length })},{" "}
                {t("samtaleBorger.beskeder.ulaesteAntal", { count: ulaeste })}.
              </p>
              <ul className="accordion" data-testid={ids.beskeder.list}>
                {[...beskeder]
                  .sort((a, b) => b.oprettet.localeCompare(a.oprettet))
                  .map((b) => (
                    <BeskedPunkt key={b.id} besked={b} />
                  ))}
              </ul>
            </>
          );
        }}
      </QueryView>
      <p className="mt-6">
        <Link className="function-link" to="/borger/samtaler">
          {t("samtaleBorger.beskeder.tilSamtaler")}
        </Link>
      </p>
    </div>
  );
}

function BeskedPunkt({ besked: b }: { besked: Besked }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [aaben, setAaben] = useState(false);
  const laest = useMarkerLaest();
  const indholdId = `message-${b.id}`;
  const toggle = () => {
    const ny = !aaben;
    setAaben(ny);
    if (ny && !b.laest && !laest.isPending) laest.mutate(b.id);
  };
  return (
    <li data-testid={ids.beskeder.item(b.id)}>
      <h2>
        <button
          type="button"
          className="accordion-button"
          aria-expanded={aaben}
          aria-controls={indholdId}
          onClick={toggle}
          data-testid={ids.beskeder.open(b.id)}
        >
          <span className="accordion-title">
            {b.laest ? null : (
              <>
                <span className="badge badge-info" data-testid={ids.beskeder.unread(b.id)}>
                  {t("samtaleBorger.beskeder.ulaest")}
                </span>{" "}
              </>
            )}
            <span className={b.laest ? "weight-normal" : "weight-semibold"}>{b.emne}</span>
            <span className="ju-small weight-normal">, {f.dateTime(b.oprettet)}</span>
          </span>
        </button>
      </h2>
      <div id={indholdId} className="accordion-content" aria-hidden={!aaben} hidden={!aaben}>
        <p className="ju-note-text" data-testid={ids.beskeder.tekst(b.id)}>
          {b.tekst}
        </p>
        {b.dokumentId ? (
          <p>
            <a
              className="function-link"
              href={brevUrl(b.id)}
              target="_blank"
              rel="noopener noreferrer"
              data-testid={ids.beskeder.brev(b.id)}
            >
              <Icon name="file-pdf" />
              {t("samtaleBorger.beskeder.brev")}
              <span className="sr-only"> {t("samtaleBorger.nytVindue")}</span>
            </a>
          </p>
        ) : null}
        {b.samtaleId ? (
          <p>
            <Link className="function-link" to="/borger/samtaler" data-testid={ids.beskeder.samtaleLink(b.id)}>
              {t("samtaleBorger.beskeder.samtale")}
            </Link>
          </p>
        ) : null}
      </div>
    </li>
  );
}

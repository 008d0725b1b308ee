import { markedLeverandoerIds as ids } from "#contracts/testids-marked-leverandoer.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Icon } from "../../../ui/Icon.tsx";
import { BackLink, InlineFact, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { usePris } from "./UdbudDetaljer.tsx";
import { iso, kanRettes, STATUS_BADGE, type Udbud, useMarkedKoder } from "./udbud.ts";

export const UDBUD_KEY = ["leverandoer", "marked", "udbud"] as const;

/**
 * The provider's offers (`/leverandoer/udbud`): each with its kind, status (and the municipality's reason when it was
 * rejected), price, free seats and next module; the way to a new offer, to change one not yet approved, and to
 * withdraw one.
 */
export function LeverandoerUdbud() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: UDBUD_KEY, queryFn: () => api<Udbud[]>("/api/leverandoer/udbud") });
  const [trukket, setTrukket] = useState<string>();
  return (
    <div data-testid={ids.liste.page}>
      <BackLink to="/leverandoer">{t("markedLeverandoer.tilForsiden")}</BackLink>
      <PageHeading>{t("markedLeverandoer.liste.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("markedLeverandoer.liste.lead")}</p>
      <p>
        <Link className="button button-primary" to="/leverandoer/udbud/ny" data-testid={ids.liste.ny}>
          <Icon name="plus" />
          {t("markedLeverandoer.liste.ny")}
        </Link>
      </p>
      {trukket ? (
        <Receipt key={trukket} heading={t("markedLeverandoer.liste.trukketHeading")} testId={ids.liste.receipt}>
          <p>{t("markedLeverandoer.liste.trukketTekst", { titel: trukket })}</p>
        </Receipt>
      ) : null}
      <QueryView query={query}>
        {(udbud) =>
          udbud.length ? (
            <ul className="nobullet-list ju-cards" data-testid={ids.liste.list}>
              {udbud.map((u) => (
                <li key={u.id}>
                  <UdbudKort udbud={u} onTrukket={() => setTrukket(u.titel)} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="ju-empty" data-testid={ids.liste.empty}>
              {t("markedLeverandoer.liste.empty")}
            </p>
          )
        }
      </QueryView>
    </div>
  );
}

function UdbudKort({ udbud: u, onTrukket }: { udbud: Udbud; onTrukket: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const k = useMarkedKoder();
  const pris = usePris();
  const [bekraefter, setBekraefter] = useState(false);
  const headingId = `offer-heading-${u.id}`;
  return (
    <article className="ju-card" aria-labelledby={headingId} data-testid={ids.liste.card(u.id)}>
      <h2 className="h3 ju-card-heading" id={headingId}>
        {u.titel}
      </h2>
      <dl className="ju-inline-facts">
        <InlineFact label={t("markedLeverandoer.felt.art")}>{k.art(u.art)}</InlineFact>
        <InlineFact label={t("markedLeverandoer.felt.status")} testId={ids.liste.status(u.id)}>
          <span className={`badge ${STATUS_BADGE[u.status]}`}>{k.status(u.status)}</span>
        </InlineFact>
        <InlineFact label={t("markedLeverandoer.felt.pris")}>{pris(u)}</InlineFact>
        {u.ledigePladser !== null && u.ledigePladser !== undefined ? (
          <InlineFact label={t("markedLeverandoer.felt.ledige")}>
            {t("markedLeverandoer.liste.pladser", { count: u.ledigePladser })}
          </InlineFact>
        ) : null}
        {u.naesteModul ? (
          <InlineFact label={t("markedLeverandoer.felt.naesteModul")}>{f.dateTime(iso(u.naesteModul))}</InlineFact>
        ) : null}
      </dl>
      {u.status === "afvist" && u.statusAarsag ? (
        <div className="alert alert-warning" data-testid={ids.liste.aarsag(u.id)}>
          <Icon name="warning" className="alert-icon" />
          <div className="alert-body">
            <p className="alert-heading">{t("markedLeverandoer.liste.aarsag")}</p>
            <p className="alert-text ju-note-text">{u.statusAarsag}</p>
          </div>
        </div>
      ) : null}
      {bekraefter ? (
        <TraekTilbage
          udbud={u}
          onLuk={() => setBekraefter(false)}
          onTrukket={() => {
            setBekraefter(false);
            onTrukket();
          }}
        />
      ) : (
        <div className="ju-button-row">
          <Link
            className="button button-secondary"
            to={`/leverandoer/udbud/${u.id}`}
            data-testid={ids.liste.aabn(u.id)}
          >
            {kanRettes(u.status) ? t("markedLeverandoer.liste.ret") : t("markedLeverandoer.liste.se")}
            <span className="sr-only">: {u.titel}</span>
          </Link>
          {u.status === "tilbagetrukket" ? null : (
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setBekraefter(true)}
              data-testid={ids.liste.traekTilbage(u.id)}
            >
              {t("markedLeverandoer.liste.traekTilbage")}
              <span className="sr-only">: {u.titel}</span>
            </button>
          )}
        </div>
      )}
    </article>
  );
}

/** Withdrawing asks first: the offer leaves the marketplace for good (enrolled citizens keep their place). */
function TraekTilbage({ udbud: u, onLuk, onTrukket }: { udbud: Udbud; onLuk: () => void; onTrukket: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const traek = useMutation({
    mutationFn: () =>
      api<Udbud>(`/api/leverandoer/udbud/${encodeURIComponent(u.id)}/status`, {
        method: "POST",
        body: { status: "tilbagetrukket" },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: UDBUD_KEY });
      onTrukket();
    },
  });
  const problem = problemOf(traek.error);
  const headingId = `withdraw-heading-${u.id}`;
  return (
    <section className="ju-editor" aria-labelledby={headingId}>
      <h3 id={headingId} ref={ref} tabIndex={-1}>
        {t("markedLeverandoer.liste.bekraeftHeading", { titel: u.titel })}
      </h3>
      {problem ? <ErrorSummary problem={problem} /> : null}
      <p>
        {u.status === "godkendt"
          ? t("markedLeverandoer.liste.bekraeftGodkendt")
          : t("markedLeverandoer.liste.bekraeftTekst")}
      </p>
      <div className="ju-button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={traek.isPending}
          onClick={() => traek.mutate()}
          data-testid={ids.liste.bekraeft(u.id)}
        >
          {t("markedLeverandoer.liste.bekraeft")}
        </button>
        <button type="button" className="button button-tertiary" onClick={onLuk} data-testid={ids.liste.fortryd(u.id)}>
          {t("markedLeverandoer.liste.fortryd")}
        </button>
      </div>
    </section>
  );
}

import { jobIds as ids } from "#contracts/testids-job.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../api/client.ts";
import { useSession } from "../../api/session.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { TextArea } from "../../ui/Field.tsx";
import { useFormat } from "../../ui/format.ts";
import { newUuid } from "../../ui/uuid.ts";
import { QueryView } from "../common/QueryView.tsx";
import { Hvorfor, Score, StatusTag } from "./dele.tsx";
import { useAnmodOmKontakt, useKandidater, useOrdreKontakter } from "./queries.ts";
import type { Kandidat, OrdreKontakt } from "./types.ts";

/**
 * The order's candidates, ranked and without names (docs/matching.md): score, "Hvorfor", the skills they have and
 * lack, experience, distance band, availability and hours; "Anmod om kontakt" with an optional message. Those who
 * accepted are shown with name, phone and e-mail; declined ones as declined. Embedded in the employer's and the
 * company consultant's order page.
 */
export function Kandidater({ ordreId }: { ordreId: string }) {
  const { t } = useTranslation();
  const query = useKandidater(ordreId);
  const rolle = useSession().data?.user.role;
  const kanAnmode = rolle === "virksomhed" || rolle === "virksomhedskonsulent";
  const kontakter = useOrdreKontakter(ordreId, kanAnmode);
  const perKandidat = new Map((kontakter.data?.kontakter ?? []).map((k) => [k.kandidatId, k]));
  return (
    <section aria-labelledby="job-kandidater-heading" className="mb-6">
      <h2 id="job-kandidater-heading">{t("job.kandidater.heading")}</h2>
      <p className="ju-prose">{t("job.kandidater.lead")}</p>
      <QueryView query={query}>
        {(k) =>
          k.kandidater.length === 0 ? (
            <p data-testid={ids.kandidater.tom}>
              {k.ordre.status === "aaben" ? t("job.kandidater.tom") : t("job.kandidater.ikkeAaben")}
            </p>
          ) : (
            <ol className="nobullet-list" data-testid={ids.kandidater.liste}>
              {k.kandidater.map((c, i) => (
                <li key={c.kandidatId}>
                  <KandidatKort
                    ordreId={ordreId}
                    nr={i + 1}
                    kandidat={c}
                    kontakt={perKandidat.get(c.kandidatId)}
                    kanAnmode={kanAnmode && k.ordre.status === "aaben"}
                  />
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
      {kanAnmode ? <Kontakter liste={kontakter.data?.kontakter ?? []} /> : null}
    </section>
  );
}

function KandidatKort({
  ordreId,
  nr,
  kandidat: c,
  kontakt,
  kanAnmode,
}: {
  ordreId: string;
  nr: number;
  kandidat: Kandidat;
  kontakt: OrdreKontakt | undefined;
  kanAnmode: boolean;
}) {
  const { t } = useTranslation();
  const status = kontakt?.status ?? c.kontakt?.status;
  const hId = `job-kandidat-${c.kandidatId}-heading`;
  return (
    <article className="card mb-4" aria-labelledby={hId} data-testid={ids.kandidater.kort(c.kandidatId)}>
      <div className="card-content">
        <h3 id={hId} className="h4 mt-0">
          {t("job.kandidater.navn", { nr, kode: c.kandidatId })}
          {c.nabokommune ? <span className="ju-small weight-normal"> · {t("job.kandidater.nabokommune")}</span> : null}
        </h3>
        <Score score={c.score} testId={ids.kandidater.score(c.kandidatId)} />
        <Hvorfor forklaring={c.forklaring} testId={ids.kandidater.hvorfor(c.kandidatId)} />
        <dl className="ju-inline-facts">
          <div>
            <dt>{t("job.kandidater.har")}</dt>
            <dd>{c.faerdigheder.length > 0 ? c.faerdigheder.join(", ") : t("job.ingen")}</dd>
          </div>
          <div>
            <dt>{t("job.kandidater.mangler")}</dt>
            <dd>
              {c.mangler.length > 0
                ? c.mangler.map((m) => (m.essentiel ? `${m.titel} (${t("job.vigtig")})` : m.titel)).join(", ")
                : t("job.ingen")}
            </dd>
          </div>
          <div>
            <dt>{t("job.kandidater.erfaring")}</dt>
            <dd>
              {c.erfaring.length > 0
                ? c.erfaring
                    .map((e) =>
                      e.aar < 1
                        ? t("job.kandidater.aarUnder", { titel: e.titel })
                        : t("job.kandidater.aar", { titel: e.titel, count: Math.round(e.aar) }),
                    )
                    .join(", ")
                : t("job.ingen")}
            </dd>
          </div>
          <div>
            <dt>{t("job.kandidater.afstand")}</dt>
            <dd>{t(`job.afstandsbaand.${c.afstandsbaand}`)}</dd>
          </div>
          <div>
            <dt>{t("job.kandidater.tilgaengelig")}</dt>
            <dd>{c.tilgaengelig}</dd>
          </div>
          <div>
            <dt>{t("job.kandidater.timer")}</dt>
            <dd>{c.timer}</dd>
          </div>
        </dl>
        {status ? (
          <KontaktStatusVisning kandidatId={c.kandidatId} status={status} kontakt={kontakt} />
        ) : kanAnmode ? (
          <Anmod ordreId={ordreId} kandidatId={c.kandidatId} />
        ) : null}
      </div>
    </article>
  );
}

function KontaktStatusVisning({
  kandidatId,
  status,
  kontakt,
}: {
  kandidatId: string;
  status: OrdreKontakt["status"];
  kontakt: OrdreKontakt | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="mt-3">
      <p className="mb-1">
        <StatusTag status={status} testId={ids.kandidater.status(kandidatId)} />{" "}
        {status === "afventer" ? t("job.kandidater.afventerTekst") : null}
        {status === "afvist" ? t("job.kandidater.afvistTekst") : null}
      </p>
      {status === "accepteret" && kontakt?.person ? <Person kandidatId={kandidatId} person={kontakt.person} /> : null}
    </div>
  );
}

function Person({ kandidatId, person }: { kandidatId: string; person: NonNullable<OrdreKontakt["person"]> }) {
  const { t } = useTranslation();
  return (
    <dl className="ju-inline-facts" data-testid={ids.kandidater.person(kandidatId)}>
      <div>
        <dt>{t("job.kandidater.personNavn")}</dt>
        <dd>{person.navn}</dd>
      </div>
      <div>
        <dt>{t("job.kandidater.telefon")}</dt>
        <dd>
          {person.telefon ? <a href={`tel:${person.telefon.replaceAll(" ", "")}`}>{person.telefon}</a> : t("job.ingen")}
        </dd>
      </div>
      <div>
        <dt>{t("job.kandidater.email")}</dt>
        <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : t("job.ingen")}</dd>
      </div>
    </dl>
  );
}

/** "Anmod om kontakt": an optional message, then one request (the key is made once, so a retry sends the same). */
function Anmod({ ordreId, kandidatId }: { ordreId: string; kandidatId: string }) {
  const { t } = useTranslation();
  const [aaben, setAaben] = useState(false);
  const [besked, setBesked] = useState("");
  const [noegle] = useState(newUuid);
  const anmod = useAnmodOmKontakt(ordreId);
  const fejl = problemOf(anmod.error);
  if (!aaben)
    return (
      <button
        type="button"
        className="button button-secondary mt-3"
        onClick={() => setAaben(true)}
        data-testid={ids.kandidater.anmod(kandidatId)}
      >
        {t("job.kandidater.anmod")}
      </button>
    );
  return (
    <div className="mt-3">
      {fejl ? <ErrorSummary problem={fejl} /> : null}
      <TextArea
        id={`job-besked-${kandidatId}`}
        label={t("job.kandidater.besked")}
        hint={t("job.kandidater.beskedHint")}
        value={besked}
        onChange={setBesked}
        rows={3}
        maxLength={2000}
        testId={ids.kandidater.besked(kandidatId)}
      />
      <div className="ju-button-row">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={anmod.isPending || undefined}
          onClick={() => {
            if (anmod.isPending) return;
            anmod.mutate({ kandidatId, besked: besked.trim() || undefined, idempotensnoegle: noegle });
          }}
          data-testid={ids.kandidater.send(kandidatId)}
        >
          {anmod.isPending ? t("job.sender") : t("job.kandidater.send")}
        </button>
        <button type="button" className="button button-tertiary" onClick={() => setAaben(false)}>
          {t("job.fortryd")}
        </button>
      </div>
    </div>
  );
}

/** The order's contact requests, also those outside today's top list; names only for those who accepted. */
function Kontakter({ liste }: { liste: OrdreKontakt[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (liste.length === 0) return null;
  return (
    <section aria-labelledby="job-kontakter-heading" className="mt-6">
      <h3 id="job-kontakter-heading">{t("job.kontakter.heading")}</h3>
      <ul className="nobullet-list" data-testid={ids.kandidater.kontakter}>
        {liste.map((k) => (
          <li key={k.id} className="mb-3">
            <strong>{k.person?.navn || t("job.kandidater.kode", { kode: k.kandidatId })}</strong>{" "}
            <StatusTag status={k.status} /> <span className="ju-small">{t(`job.kilde.${k.kilde}`)}</span>
            <span className="d-block ju-small">{t("job.kontakter.anmodet", { dato: fmt.dateTime(k.anmodet) })}</span>
            {k.person ? (
              <span className="d-block">{[k.person.telefon, k.person.email].filter(Boolean).join(" · ")}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

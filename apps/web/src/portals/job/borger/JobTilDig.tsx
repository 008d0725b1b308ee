import { jobIds as ids } from "#contracts/testids-job.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { TextArea } from "../../../ui/Field.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { Hvorfor, Score, StatusTag } from "../dele.tsx";
import { useJobTilDig, useSvar } from "../queries.ts";
import type { BorgerAnmodning, MatchetJob } from "../types.ts";

/**
 * /borger/job "Job til dig": requests from employers and from the jobkonsulent to answer (with what the employer will
 * see if she accepts), and the open jobs, internships and small jobs that match her CV, with why and what is missing.
 */
export function JobTilDig() {
  const { t } = useTranslation();
  const query = useJobTilDig();
  return (
    <div data-testid={ids.borger.side}>
      <BackLink to="/borger">{t("job.borger.tilbage")}</BackLink>
      <PageHeading>{t("job.borger.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("job.borger.lead")}</p>
      <p>
        <Link to="/borger/opgaveboers" data-testid={ids.borger.opgaveboersLink}>
          {t("job.borger.opgaveboersLink")}
        </Link>
      </p>
      <QueryView query={query}>
        {(j) => (
          <>
            <Anmodninger liste={j.kontakter} />
            <Matches harCv={j.harCv} liste={j.ordrer} />
          </>
        )}
      </QueryView>
    </div>
  );
}

/**
 * The words of a request that name its reader: "you" for the citizen who answers, "the citizen" for staff who read the
 * citizen's requests (the jobkonsulent's Job og formidling page).
 */
function anmodningOrd(borgerensEgne: boolean) {
  const n = borgerensEgne ? "anmodning" : "anmodningBorgeren";
  return {
    ingenAfventer: `job.${n}.ingenAfventer`,
    virksomhed: `job.${n}.virksomhed`,
    formidling: `job.${n}.formidling`,
    hvorfor: `job.${n}.hvorfor`,
    accepteretTekst: `job.${n}.accepteretTekst`,
    afvistTekst: `job.${n}.afvistTekst`,
  } as const;
}

export function Anmodninger({ liste, kanSvare = true }: { liste: BorgerAnmodning[]; kanSvare?: boolean }) {
  const { t } = useTranslation();
  const ord = anmodningOrd(kanSvare);
  const anmodninger = liste.filter((k) => k.kilde !== "ansoegning");
  if (anmodninger.length === 0) return null;
  const afventer = anmodninger.filter((k) => k.status === "afventer");
  const besvarede = anmodninger.filter((k) => k.status !== "afventer");
  return (
    <section aria-labelledby="job-anmodninger-heading" className="mb-6" data-testid={ids.borger.anmodninger}>
      <h2 id="job-anmodninger-heading">{t("job.anmodning.heading")}</h2>
      {afventer.length === 0 ? <p>{t(ord.ingenAfventer)}</p> : null}
      {[...afventer, ...besvarede].map((k) => (
        <Anmodning key={k.id} k={k} kanSvare={kanSvare} />
      ))}
    </section>
  );
}

function Anmodning({ k, kanSvare }: { k: BorgerAnmodning; kanSvare: boolean }) {
  const { t } = useTranslation();
  const ord = anmodningOrd(kanSvare);
  const fmt = useFormat();
  const svar = useSvar();
  const fejl = problemOf(svar.error);
  // declining opens a small form for an optional reason, which only the jobcentre sees
  const [afviser, setAfviser] = useState(false);
  const [begrundelse, setBegrundelse] = useState("");
  const hId = `job-anmodning-${k.id}-heading`;
  const o = k.ordre;
  return (
    <article className="card mb-4" aria-labelledby={hId} data-testid={ids.borger.anmodning(k.id)}>
      <div className="card-content">
        <h3 id={hId} className="h4 mt-0">
          {k.kilde === "formidling" ? t(ord.formidling) : t(ord.virksomhed)}
        </h3>
        {o ? (
          <p className="mb-2">
            <strong>{o.titel}</strong> {t("job.hos", { virksomhed: o.virksomhed })} · {o.arbejdssted}
            {o.nabokommune ? ` · ${t("job.anmodning.nabokommune")}` : ""}
            <span className="d-block ju-small">
              {t(`job.art.${o.art}`)} · {o.timer} · {t("job.start", { dato: fmt.date(o.start) })}
            </span>
          </p>
        ) : null}
        <p className="ju-small mb-2">
          {k.kilde === "formidling" && k.anmodetAfNavn
            ? t("job.anmodning.fraKonsulent", { navn: k.anmodetAfNavn, dato: fmt.dateTime(k.anmodet) })
            : t("job.anmodning.modtaget", { dato: fmt.dateTime(k.anmodet) })}
        </p>
        {k.besked ? (
          <blockquote className="mb-2">
            <p className="mb-0">“{k.besked}”</p>
          </blockquote>
        ) : null}
        {k.forklaring ? <Hvorfor forklaring={k.forklaring} heading={t(ord.hvorfor)} /> : null}
        {k.status === "afventer" ? (
          <>
            <div className="alert alert-info" role="note">
              <div className="alert-body">
                <p className="alert-text mb-0">
                  {kanSvare ? null : <strong>{t("job.anmodningBorgeren.faarAtVide")} </strong>}
                  {k.virksomhedSerVedAccept}
                </p>
              </div>
            </div>
            {fejl ? <ErrorSummary problem={fejl} /> : null}
            {kanSvare && afviser ? (
              <form
                className="mt-3"
                aria-label={t("job.anmodning.afvisHeading")}
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!svar.isPending)
                    svar.mutate({ id: k.id, svar: "afvis", begrundelse: begrundelse.trim() || undefined });
                }}
              >
                <TextArea
                  id={`job-afvis-begrundelse-${k.id}`}
                  label={t("job.anmodning.begrundelse")}
                  hint={t("job.anmodning.begrundelseHint")}
                  error={fieldMessage(fejl, ["body.begrundelse"])}
                  value={begrundelse}
                  onChange={setBegrundelse}
                  rows={3}
                  maxLength={1000}
                  testId={ids.borger.afvisBegrundelse(k.id)}
                />
                <div className="ju-button-row">
                  <button
                    type="submit"
                    className="button button-primary"
                    aria-disabled={svar.isPending || undefined}
                    data-testid={ids.borger.afvisSend(k.id)}
                  >
                    {t("job.anmodning.afvisSend")}
                  </button>
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setAfviser(false)}
                    data-testid={ids.borger.afvisFortryd(k.id)}
                  >
                    {t("job.anmodning.afvisFortryd")}
                  </button>
                </div>
              </form>
            ) : kanSvare ? (
              <div className="ju-button-row mt-3">
                <button
                  type="button"
                  className="button button-primary"
                  aria-disabled={svar.isPending || undefined}
                  onClick={() => !svar.isPending && svar.mutate({ id: k.id, svar: "accepter" })}
                  data-testid={ids.borger.accepter(k.id)}
                >
                  {t("job.anmodning.accepter")}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={svar.isPending || undefined}
                  onClick={() => setAfviser(true)}
                  data-testid={ids.borger.afvis(k.id)}
                >
                  {t("job.anmodning.afvis")}
                </button>
              </div>
            ) : null}
          </>
        ) : (
          <p className="mb-0" role="status">
            <StatusTag status={k.status} testId={ids.borger.anmodningStatus(k.id)} />{" "}
            {k.status === "accepteret" ? t(ord.accepteretTekst) : null}
            {k.status === "afvist" ? t(ord.afvistTekst) : null}
          </p>
        )}
        {k.status === "afvist" && k.afslagBegrundelse ? (
          <div className="mt-2" data-testid={ids.borger.afslagBegrundelse(k.id)}>
            <p className="mb-1">
              <strong>{kanSvare ? t("job.anmodning.dinBegrundelse") : t("job.anmodning.borgerensBegrundelse")}</strong>
            </p>
            <blockquote className="mb-0">
              <p className="mb-0">“{k.afslagBegrundelse}”</p>
            </blockquote>
          </div>
        ) : null}
      </div>
    </article>
  );
}

function Matches({ harCv, liste }: { harCv: boolean; liste: MatchetJob[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="job-matches-heading">
      <h2 id="job-matches-heading">{t("job.borger.matchesHeading")}</h2>
      {!harCv ? (
        <p data-testid={ids.borger.ingenCv}>
          {t("job.borger.ingenCv")} <Link to="/borger/cv">{t("job.borger.cvLink")}</Link>
        </p>
      ) : liste.length === 0 ? (
        <p>{t("job.borger.ingenMatches")}</p>
      ) : (
        <ol className="nobullet-list" data-testid={ids.borger.matches}>
          {liste.map((o) => (
            <li key={o.ordreId}>
              <MatchKort o={o} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function MatchKort({ o, medLink = true }: { o: MatchetJob; medLink?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const hId = `job-match-${o.ordreId}-heading`;
  return (
    <article className="card mb-4" aria-labelledby={hId} data-testid={ids.borger.match(o.ordreId)}>
      <div className="card-content">
        <h3 id={hId} className="h4 mt-0">
          {medLink ? (
            <Link to={`/borger/job/${o.ordreId}`} data-testid={ids.borger.matchLink(o.ordreId)}>
              {o.titel}
            </Link>
          ) : (
            o.titel
          )}
        </h3>
        <p className="mb-2">
          {o.virksomhed} · {o.arbejdssted}
          <span className="d-block ju-small">
            {t(`job.art.${o.art}`)} · {o.timer} · {t("job.start", { dato: fmt.date(o.start) })}
            {o.afstandKm !== null ? ` · ${t("job.afstand", { km: o.afstandKm })}` : ""}
          </span>
        </p>
        <Score score={o.score} testId={ids.borger.matchScore(o.ordreId)} />
        <Hvorfor forklaring={o.forklaring} />
        {o.mangler.length > 0 ? (
          <p className="mb-2">
            <strong>{t("job.borger.mangler")}</strong>{" "}
            {o.mangler.map((m) => (m.essentiel ? `${m.titel} (${t("job.vigtig")})` : m.titel)).join(", ")}
          </p>
        ) : null}
        {o.kontakt ? (
          <p className="mb-0">
            <StatusTag status={o.kontakt.status} /> {t(`job.kilde.${o.kontakt.kilde}`)}
          </p>
        ) : null}
      </div>
    </article>
  );
}

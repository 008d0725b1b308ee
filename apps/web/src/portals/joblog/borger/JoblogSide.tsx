import { useEnGang } from "../../../ui/en-gang.ts";
import { joblogIds as ids } from "#contracts/testids-joblog.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { todayInDenmark, useFormat } from "../../../ui/format.ts";
import { useSikkerhed } from "../../../ui/legal.tsx";
import { BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { ScrollTable } from "../../../ui/ScrollTable.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { useBorgerMig } from "../../borger/queries.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { Henvisninger, UgeBadge, usePeriode } from "../dele.tsx";
import { useJoblog, useNyAnsoegning, useSkiftStatus } from "../queries.ts";
import {
  type Ansoegning,
  type AnsoegningStatus,
  type Joblog,
  MAADER,
  type Maade,
  type NyAnsoegning,
  STATUSSER,
  ugeNoegle,
} from "../types.ts";

/**
 * /borger/joblog: the weekly requirement that applies to the citizen with "Hvorfor skal jeg det?", this week's
 * status and the weeks before, the form to record an application (summary, then receipt) and the applications with
 * their status.
 */
export function JoblogSide() {
  const { t } = useTranslation();
  const query = useJoblog();
  return (
    <div data-testid={ids.side.page}>
      <BackLink to="/borger">{t("joblog.rettigheder.tilbage")}</BackLink>
      <PageHeading>{t("joblog.side.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("joblog.side.lead")}</p>
      <QueryView query={query}>
        {(j) => (
          <>
            <Krav joblog={j} />
            <Registrer />
            <Ugeoversigt joblog={j} />
            <Ansoegninger liste={j.ansoegninger} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function Krav({ joblog: j }: { joblog: Joblog }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sikkerhed = useSikkerhed();
  const periode = usePeriode();
  const { krav, denneUge: u } = j;
  const regel = krav.regel;
  const ind = krav.indstilling;
  return (
    <section aria-labelledby="joblog-krav-heading" className="mb-6">
      <h2 id="joblog-krav-heading">{t("joblog.side.kravHeading")}</h2>
      <p className="font-lead" data-testid={ids.side.krav}>
        {!regel
          ? t("joblog.side.ingenRegel", { maalgruppe: j.maalgruppe.tekst })
          : !krav.pligt
            ? t("joblog.side.ingenPligt")
            : krav.antalPrUge === 0
              ? t("joblog.side.kravNul")
              : t("joblog.side.krav", { count: krav.antalPrUge })}
      </p>
      {krav.pligt && krav.kilde !== "ingen" ? (
        <p data-testid={ids.side.kravKilde}>
          {t(`joblog.kilde.${krav.kilde}`, {
            begrundelse: ind?.begrundelse ?? "",
            navn: ind?.fastsatAfNavn ?? "",
            dato: ind ? fmt.date(ind.fastsat) : "",
          })}
        </p>
      ) : null}
      {regel ? (
        <details className="details" data-testid={ids.side.hvorfor}>
          <summary className="details-summary">
            <span className="details-summary-text">{t("joblog.side.hvorfor")}</span>
          </summary>
          <div className="details-text">
            <p>{regel.forklaring}</p>
            {krav.pligt && krav.helligdagsuger === "forholdsmaessig" ? <p>{t("joblog.side.helligdage")}</p> : null}
            <dl className="ju-inline-facts">
              <div>
                <dt>{t("joblog.side.henvisning")}</dt>
                <dd data-testid={ids.side.henvisning}>
                  <Henvisninger liste={[regel.henvisning, ...regel.yderligereHenvisninger]} />
                </dd>
              </div>
              <div>
                <dt>{t("joblog.side.sikkerhed")}</dt>
                <dd>{sikkerhed(regel.sikkerhed)}</dd>
              </div>
              {krav.pligt ? (
                <div>
                  <dt>{t("joblog.side.sikkerhedAntal")}</dt>
                  <dd>{sikkerhed(regel.antalSikkerhed)}</dd>
                </div>
              ) : null}
            </dl>
          </div>
        </details>
      ) : null}
      {u ? (
        <>
          <h3 className="h4">{t("joblog.side.denneUgeHeading")}</h3>
          <p data-testid={ids.side.denneUge}>
            {u.krav > 0
              ? t("joblog.side.denneUge", { uge: u.uge, periode: periode(u), antal: u.antal, krav: u.krav })
              : t("joblog.side.denneUgeUdenKrav", { uge: u.uge, periode: periode(u), antal: u.antal })}{" "}
            <UgeBadge status={u.status} testId={ids.side.ugeStatus(ugeNoegle(u))} />
          </p>
        </>
      ) : null}
    </section>
  );
}

function Ugeoversigt({ joblog: j }: { joblog: Joblog }) {
  const { t } = useTranslation();
  const periode = usePeriode();
  return (
    <section aria-labelledby="joblog-uger-heading" className="mb-6">
      <h2 id="joblog-uger-heading">{t("joblog.side.ugerHeading")}</h2>
      <ScrollTable captionId="joblog-uger-caption">
        <table className="table table--compact" data-testid={ids.side.uger}>
          <caption id="joblog-uger-caption" className="sr-only">
            {t("joblog.side.ugerCaption")}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("joblog.side.kolonne.uge")}</th>
              <th scope="col">{t("joblog.side.kolonne.registreret")}</th>
              <th scope="col">{t("joblog.side.kolonne.status")}</th>
            </tr>
          </thead>
          <tbody>
            {j.uger.map((u) => (
              <tr key={ugeNoegle(u)} data-testid={ids.side.uge(ugeNoegle(u))}>
                <th scope="row">
                  {t("joblog.uge.navn", { uge: u.uge })}
                  <span className="d-block ju-small weight-normal">{periode(u)}</span>
                  {u.arbejdsdage < 5 ? (
                    <span className="d-block ju-small weight-normal">
                      {t("joblog.uge.helligdage", { dage: u.arbejdsdage })}
                    </span>
                  ) : null}
                </th>
                <td>
                  {u.krav > 0
                    ? t("joblog.uge.antal", { antal: u.antal, krav: u.krav })
                    : t("joblog.uge.antalUdenKrav", { antal: u.antal })}
                </td>
                <td>
                  <UgeBadge status={u.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}

type Udkast = Omit<NyAnsoegning, "idempotensnoegle" | "note" | "link"> & { note: string; link: string };
const tomt = (): Udkast => ({
  arbejdsgiver: "",
  stilling: "",
  dato: todayInDenmark(),
  maade: "skriftlig",
  status: "sendt",
  note: "",
  link: "",
});

/** The form, its summary and the receipt: the key is made when the summary is shown, so a retry sends the same. */
function Registrer() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mig = useBorgerMig();
  const gem = useNyAnsoegning();
  const [udkast, setUdkast] = useState<Udkast>(tomt);
  const [trin, setTrin] = useState<"form" | "resume" | "kvittering">("form");
  const [fejl, setFejl] = useState<Record<string, string>>({});
  const [noegle, setNoegle] = useState(newUuid);
  const [kvittering, setKvittering] = useState<Ansoegning>();
  const sendt = useEnGang();
  const jobcenter = mig.data?.jobcenter?.navn ?? t("joblog.side.jobcenter");
  const felt = (k: keyof Udkast) => (v: string) => setUdkast((u) => ({ ...u, [k]: v }));

  const onFortsaet = (e: FormEvent) => {
    e.preventDefault();
    const f: Record<string, string> = {};
    if (!udkast.arbejdsgiver.trim()) f["body.arbejdsgiver"] = t("joblog.side.mangler.arbejdsgiver");
    if (!udkast.stilling.trim()) f["body.stilling"] = t("joblog.side.mangler.stilling");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(udkast.dato)) f["body.dato"] = t("joblog.side.mangler.dato");
    else if (udkast.dato > todayInDenmark()) f["body.dato"] = t("joblog.side.mangler.fremtid");
    if (udkast.link.trim() && !/^https?:\/\/\S+$/.test(udkast.link.trim()))
      f["body.link"] = t("joblog.side.mangler.link");
    setFejl(f);
    if (Object.keys(f).length === 0) {
      gem.reset();
      setTrin("resume");
    }
  };
  const onGem = () => {
    if (!sendt.start()) return;
    gem.mutate(
      {
        arbejdsgiver: udkast.arbejdsgiver.trim(),
        stilling: udkast.stilling.trim(),
        dato: udkast.dato,
        maade: udkast.maade,
        status: udkast.status,
        ...(udkast.note.trim() ? { note: udkast.note.trim() } : {}),
        ...(udkast.link.trim() ? { link: udkast.link.trim() } : {}),
        idempotensnoegle: noegle,
      },
      {
        onSuccess: (a) => {
          setKvittering(a);
          setTrin("kvittering");
        },
        onSettled: () => {
          sendt.faerdig();
        },
      },
    );
  };
  const igen = () => {
    setUdkast(tomt());
    setNoegle(newUuid());
    setKvittering(undefined);
    setTrin("form");
  };
  const fejlListe = Object.entries(fejl).map(([path, message]) => ({ path, message }));
  const serverFejl = problemOf(gem.error);
  const feltIds = {
    "body.arbejdsgiver": "joblog-arbejdsgiver",
    "body.stilling": "joblog-stilling",
    "body.dato": "joblog-dato",
    "body.link": "joblog-link",
  };

  return (
    <section aria-labelledby="joblog-form-heading" className="ju-editor mb-6">
      <h2 id="joblog-form-heading" className="h3 mt-0">
        {t("joblog.side.formHeading")}
      </h2>
      {trin === "kvittering" && kvittering ? (
        <>
          <Receipt heading={t("joblog.side.kvittering")} testId={ids.side.kvittering}>
            <p>
              {t("joblog.side.kvitteringTekst", {
                jobcenter,
                stilling: kvittering.stilling,
                arbejdsgiver: kvittering.arbejdsgiver,
                tidspunkt: fmt.dateTime(kvittering.oprettet),
              })}
            </p>
          </Receipt>
          <button type="button" className="button button-secondary mt-3" onClick={igen} data-testid={ids.side.igen}>
            {t("joblog.side.igen")}
          </button>
        </>
      ) : trin === "resume" ? (
        <div data-testid={ids.side.resume}>
          <h3 className="h4">{t("joblog.side.resumeHeading")}</h3>
          <p>{t("joblog.side.resumeLead", { jobcenter })}</p>
          <Facts
            items={[
              [t("joblog.side.felt.arbejdsgiver"), udkast.arbejdsgiver],
              [t("joblog.side.felt.stilling"), udkast.stilling],
              [t("joblog.side.felt.dato"), fmt.date(udkast.dato)],
              [t("joblog.side.felt.maade"), t(`joblog.maade.${udkast.maade}`)],
              [t("joblog.side.felt.status"), t(`joblog.status.${udkast.status}`)],
              ...(udkast.note.trim() ? [[t("joblog.side.felt.note"), udkast.note] as [string, string]] : []),
              ...(udkast.link.trim() ? [[t("joblog.side.felt.link"), udkast.link] as [string, string]] : []),
            ]}
          />
          {serverFejl ? <ErrorSummary problem={serverFejl} /> : null}
          <div className="ju-button-row mt-3">
            <button
              type="button"
              className="button button-primary"
              onClick={onGem}
              aria-disabled={gem.isPending || undefined}
              data-testid={ids.side.gem}
            >
              {gem.isPending ? t("joblog.side.gemmer") : t("joblog.side.gem")}
            </button>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setTrin("form")}
              data-testid={ids.side.ret}
            >
              {t("joblog.side.ret")}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={onFortsaet} noValidate data-testid={ids.side.form}>
          {fejlListe.length > 0 ? <ErrorSummary problem={validationProblem(fejlListe)} fieldIds={feltIds} /> : null}
          <TextInput
            id="joblog-arbejdsgiver"
            label={t("joblog.side.felt.arbejdsgiver")}
            value={udkast.arbejdsgiver}
            onChange={felt("arbejdsgiver")}
            error={fejl["body.arbejdsgiver"]}
            maxLength={200}
            width="xl"
            testId={ids.side.arbejdsgiver}
          />
          <TextInput
            id="joblog-stilling"
            label={t("joblog.side.felt.stilling")}
            value={udkast.stilling}
            onChange={felt("stilling")}
            error={fejl["body.stilling"]}
            maxLength={200}
            width="xl"
            testId={ids.side.stilling}
          />
          <TextInput
            id="joblog-dato"
            type="date"
            label={t("joblog.side.felt.dato")}
            hint={t("joblog.side.felt.datoHint", { eksempel: fmt.date(todayInDenmark()) })}
            value={udkast.dato}
            onChange={felt("dato")}
            error={fejl["body.dato"]}
            testId={ids.side.dato}
          />
          <SelectField
            id="joblog-maade"
            label={t("joblog.side.felt.maade")}
            value={udkast.maade}
            onChange={(v) => setUdkast((u) => ({ ...u, maade: v as Maade }))}
            options={MAADER.map((m) => ({ value: m, label: t(`joblog.maade.${m}`) }))}
            testId={ids.side.maade}
          />
          <SelectField
            id="joblog-status"
            label={t("joblog.side.felt.status")}
            value={udkast.status}
            onChange={(v) => setUdkast((u) => ({ ...u, status: v as AnsoegningStatus }))}
            options={STATUSSER.map((s) => ({ value: s, label: t(`joblog.status.${s}`) }))}
            testId={ids.side.status}
          />
          <TextArea
            id="joblog-note"
            label={t("joblog.side.felt.note")}
            hint={t("joblog.side.felt.noteHint")}
            value={udkast.note}
            onChange={felt("note")}
            rows={3}
            maxLength={2000}
            testId={ids.side.note}
          />
          <TextInput
            id="joblog-link"
            label={t("joblog.side.felt.link")}
            hint={t("joblog.side.felt.linkHint")}
            value={udkast.link}
            onChange={felt("link")}
            error={fejl["body.link"]}
            maxLength={500}
            width="xl"
            testId={ids.side.link}
          />
          <FormButtons submit={t("joblog.side.fortsaet")} submitTestId={ids.side.fortsaet} />
        </form>
      )}
    </section>
  );
}

function Ansoegninger({ liste }: { liste: Ansoegning[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="joblog-liste-heading">
      <h2 id="joblog-liste-heading">{t("joblog.side.listeHeading")}</h2>
      {liste.length === 0 ? (
        <p data-testid={ids.side.tom}>{t("joblog.side.tom")}</p>
      ) : (
        <ul className="nobullet-list" data-testid={ids.side.liste}>
          {liste.map((a) => (
            <AnsoegningPunkt key={a.id} a={a} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One application with a form to change its status. */
function AnsoegningPunkt({ a }: { a: Ansoegning }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const skift = useSkiftStatus();
  const [status, setStatus] = useState<AnsoegningStatus>(a.status);
  const [gemt, setGemt] = useState(false);
  const problem = problemOf(skift.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setGemt(false);
    skift.mutate({ id: a.id, status }, { onSuccess: () => setGemt(true) });
  };
  return (
    <li className="ju-editor mb-3" data-testid={ids.side.ansoegning(a.id)}>
      <h3 className="h5 mt-0 mb-1">
        {a.stilling}, {a.arbejdsgiver}
      </h3>
      <p className="ju-small mt-0">
        {fmt.date(a.dato)} · {t(`joblog.maade.${a.maade}`)} · {t(`joblog.status.${a.status}`)}
      </p>
      {a.note ? <p className="ju-small">{a.note}</p> : null}
      {a.link && /^https?:\/\//.test(a.link) ? (
        <p className="ju-small">
          <a href={a.link} rel="noopener noreferrer" className="function-link">
            {t("joblog.side.aabnLink")}
            <span className="sr-only">: {a.stilling}</span>
          </a>
        </p>
      ) : null}
      <form onSubmit={onSubmit} className="ju-inline-form">
        {problem ? <ErrorSummary problem={problem} /> : null}
        <SelectField
          id={`joblog-status-${a.id}`}
          label={`${t("joblog.side.skiftStatus")}: ${a.stilling}`}
          value={status}
          onChange={(v) => {
            setStatus(v as AnsoegningStatus);
            setGemt(false);
          }}
          options={STATUSSER.map((s) => ({ value: s, label: t(`joblog.status.${s}`) }))}
          testId={ids.side.ansoegningStatus(a.id)}
        />
        <button type="submit" className="button button-secondary" data-testid={ids.side.ansoegningGem(a.id)}>
          {t("joblog.side.gemStatus")}
          <span className="sr-only">: {a.stilling}</span>
        </button>
        {gemt ? (
          <p role="status" className="ju-small">
            {t("joblog.side.statusGemt")}
          </p>
        ) : null}
      </form>
    </li>
  );
}

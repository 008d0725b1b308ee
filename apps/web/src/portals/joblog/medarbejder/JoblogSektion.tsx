import { useEnGang } from "../../../ui/en-gang.ts";
import { joblogIds as ids } from "#contracts/testids-joblog.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { TextArea, TextInput } from "../../../ui/Field.tsx";
import { todayInDenmark, useFormat } from "../../../ui/format.ts";
import { Receipt } from "../../../ui/Receipt.tsx";
import { ScrollTable } from "../../../ui/ScrollTable.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { Henvisninger, UgeBadge, usePeriode } from "../dele.tsx";
import { useBorgerJoblog, useBorgerRettigheder, useSaetKrav } from "../queries.ts";
import { type Joblog, type KravIndstilling, type Rettigheder, ugeNoegle } from "../types.ts";

/**
 * The caseworker's view of the job log and the rights review (tab Selvbetjening): whether the citizen has confirmed
 * the version in force, the requirement with its source, the weeks, the applications, and the form to set (or lift)
 * an individual number with its reason. Each read is logged with the purpose the caseworker chose.
 */
export function JoblogSektion({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const joblog = useBorgerJoblog(borgerId, formaal);
  const rettigheder = useBorgerRettigheder(borgerId, formaal);
  return (
    <section aria-labelledby="joblog-staff-heading" className="mb-6" data-testid={ids.sektion.section}>
      <h2 id="joblog-staff-heading">{t("joblog.sektion.heading")}</h2>
      <h3 className="h4">{t("joblog.sektion.rettighederHeading")}</h3>
      <QueryView query={rettigheder}>{(r) => <RettighedStatus r={r} />}</QueryView>
      <QueryView query={joblog}>
        {(j) => (
          <>
            <KravVisning j={j} />
            <div className="mb-5">
              <Uger j={j} />
            </div>
            <Ansoegninger j={j} />
            <KravForm borgerId={borgerId} formaal={formaal} j={j} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function RettighedStatus({ r }: { r: Rettigheder }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <p data-testid={ids.sektion.rettigheder}>
      {!r.gennemgang || !r.version ? (
        t("joblog.sektion.ingenGennemgang")
      ) : r.status === "bekraeftet" && r.iKraftBekraeftet ? (
        <>
          <span className="badge badge-success">{r.gennemgang.titel}</span>{" "}
          {t("joblog.sektion.bekraeftet", {
            dato: fmt.date(r.iKraftBekraeftet.bekraeftet),
            version: fmt.date(r.iKraftBekraeftet.version),
          })}
        </>
      ) : r.status === "ny_version" && r.seneste ? (
        <>
          <span className="badge badge-warning">{r.gennemgang.titel}</span>{" "}
          {t("joblog.sektion.nyVersion", {
            dato: fmt.date(r.seneste.bekraeftet),
            version: fmt.date(r.seneste.version),
          })}
        </>
      ) : (
        <>
          <span className="badge badge-error">{r.gennemgang.titel}</span> {t("joblog.sektion.ikkeBekraeftet")}
        </>
      )}
    </p>
  );
}

function KravVisning({ j }: { j: Joblog }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { krav, denneUge: u } = j;
  const ind = krav.indstilling;
  return (
    <div data-testid={ids.sektion.krav}>
      <h3 className="h4">{t("joblog.sektion.kravHeading")}</h3>
      <p>
        <span className="weight-semibold">
          {krav.pligt ? t("joblog.sektion.krav", { antal: krav.antalPrUge }) : t("joblog.sektion.ingenPligt")}
        </span>
        {" · "}
        {t(`joblog.sektion.kilde.${krav.kilde}`, {
          regel: krav.regel?.id ?? "",
          begrundelse: ind?.begrundelse ?? "",
          navn: ind?.fastsatAfNavn ?? "",
          dato: ind ? fmt.date(ind.fastsat) : "",
        })}
      </p>
      {krav.regel ? (
        <p className="ju-small">
          <Henvisninger liste={[krav.regel.henvisning, ...krav.regel.yderligereHenvisninger]} />
        </p>
      ) : null}
      {u && u.krav > 0 ? (
        <p>
          {t("joblog.sektion.denneUge", { uge: u.uge, antal: u.antal, krav: u.krav })} <UgeBadge status={u.status} />
        </p>
      ) : null}
    </div>
  );
}

function Uger({ j }: { j: Joblog }) {
  const { t } = useTranslation();
  const periode = usePeriode();
  return (
    <ScrollTable captionId="joblog-staff-weeks-caption">
      <table className="table table--compact" data-testid={ids.sektion.uger}>
        <caption id="joblog-staff-weeks-caption">{t("joblog.sektion.ugerCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("joblog.side.kolonne.uge")}</th>
            <th scope="col">{t("joblog.side.kolonne.periode")}</th>
            <th scope="col">{t("joblog.side.kolonne.registreret")}</th>
            <th scope="col">{t("joblog.side.kolonne.status")}</th>
          </tr>
        </thead>
        <tbody>
          {j.uger.map((u) => (
            <tr key={ugeNoegle(u)}>
              <th scope="row">{t("joblog.uge.navn", { uge: u.uge })}</th>
              <td>
                {periode(u)}
                {u.arbejdsdage < 5 ? ` (${t("joblog.uge.helligdage", { dage: u.arbejdsdage })})` : ""}
              </td>
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
  );
}

function Ansoegninger({ j }: { j: Joblog }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (j.ansoegninger.length === 0) return <p>{t("joblog.sektion.ingenAnsoegninger")}</p>;
  return (
    <ScrollTable captionId="joblog-staff-applications-caption">
      <table className="table table--compact" data-testid={ids.sektion.ansoegninger}>
        <caption id="joblog-staff-applications-caption">{t("joblog.sektion.ansoegningerCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("joblog.sektion.kolonne.dato")}</th>
            <th scope="col">{t("joblog.sektion.kolonne.arbejdsgiver")}</th>
            <th scope="col">{t("joblog.sektion.kolonne.stilling")}</th>
            <th scope="col">{t("joblog.sektion.kolonne.maade")}</th>
            <th scope="col">{t("joblog.sektion.kolonne.status")}</th>
          </tr>
        </thead>
        <tbody>
          {j.ansoegninger.map((a) => (
            <tr key={a.id} data-testid={ids.sektion.ansoegning(a.id)}>
              <td>{fmt.date(a.dato)}</td>
              <td>{a.arbejdsgiver}</td>
              <td>{a.stilling}</td>
              <td>{t(`joblog.maade.${a.maade}`)}</td>
              <td>{t(`joblog.status.${a.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** Set or lift the individual number (with the reason the citizen will see); the history below. */
function KravForm({ borgerId, formaal, j }: { borgerId: string; formaal: string; j: Joblog }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const saet = useSaetKrav(borgerId, formaal);
  const [antal, setAntal] = useState("");
  const [begrundelse, setBegrundelse] = useState("");
  const [gyldigFra, setGyldigFra] = useState(todayInDenmark);
  const [fejl, setFejl] = useState<Record<string, string>>({});
  const [noegle, setNoegle] = useState(newUuid);
  const [kvittering, setKvittering] = useState<KravIndstilling>();
  const sendt = useEnGang();
  const send = (vaerdi: number | null) => {
    const f: Record<string, string> = {};
    if (vaerdi !== null && (!Number.isInteger(vaerdi) || vaerdi < 0 || vaerdi > 25))
      f["body.antal"] = t("joblog.sektion.manglerAntal");
    if (!begrundelse.trim()) f["body.begrundelse"] = t("joblog.sektion.manglerBegrundelse");
    setFejl(f);
    if (Object.keys(f).length > 0 || !sendt.start()) return;
    saet.mutate(
      { antal: vaerdi, begrundelse: begrundelse.trim(), gyldigFra, idempotensnoegle: noegle },
      {
        onSuccess: (k) => {
          setKvittering(k);
          setAntal("");
          setBegrundelse("");
          setNoegle(newUuid());
        },
        onSettled: () => {
          sendt.faerdig();
        },
      },
    );
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    send(antal.trim() === "" ? Number.NaN : Number(antal));
  };
  const fejlListe = Object.entries(fejl).map(([path, message]) => ({ path, message }));
  const problem = problemOf(saet.error);
  const historik = j.individuelleKrav ?? [];
  if (!j.krav.pligt && historik.length === 0) return null;
  return (
    <div className="ju-editor mt-5">
      <h3 className="h4 mt-0">{t("joblog.sektion.kravFormHeading")}</h3>
      {kvittering ? (
        <Receipt heading={t("joblog.sektion.kvittering")} testId={ids.sektion.kvittering} headingLevel={3}>
          <p>{historikTekst(kvittering, t, fmt.date)}</p>
        </Receipt>
      ) : null}
      {j.krav.pligt ? (
        <form onSubmit={onSubmit} noValidate data-testid={ids.sektion.kravForm}>
          {fejlListe.length > 0 ? (
            <ErrorSummary
              problem={validationProblem(fejlListe)}
              fieldIds={{ "body.antal": "joblog-krav-antal", "body.begrundelse": "joblog-krav-begrundelse" }}
            />
          ) : null}
          {problem ? <ErrorSummary problem={problem} /> : null}
          <TextInput
            id="joblog-krav-antal"
            label={t("joblog.sektion.antal")}
            hint={t("joblog.sektion.antalHint")}
            value={antal}
            onChange={setAntal}
            inputMode="numeric"
            width="xs"
            error={fejl["body.antal"]}
            testId={ids.sektion.antal}
          />
          <TextArea
            id="joblog-krav-begrundelse"
            label={t("joblog.sektion.begrundelse")}
            hint={t("joblog.sektion.begrundelseHint")}
            value={begrundelse}
            onChange={setBegrundelse}
            rows={3}
            maxLength={1000}
            error={fejl["body.begrundelse"]}
            testId={ids.sektion.begrundelse}
          />
          <TextInput
            id="joblog-krav-fra"
            type="date"
            label={t("joblog.sektion.gyldigFra")}
            value={gyldigFra}
            onChange={setGyldigFra}
            testId={ids.sektion.gyldigFra}
          />
          <div className="ju-button-row">
            <button type="submit" className="button button-primary" data-testid={ids.sektion.gem}>
              {t("joblog.sektion.gem")}
            </button>
            {j.krav.kilde === "individuelt" ? (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => send(null)}
                data-testid={ids.sektion.ophaev}
              >
                {t("joblog.sektion.ophaev")}
              </button>
            ) : null}
          </div>
        </form>
      ) : null}
      {historik.length > 0 ? (
        <>
          <h4 className="h5">{t("joblog.sektion.historikHeading")}</h4>
          <ul data-testid={ids.sektion.historik}>
            {historik.map((k) => (
              <li key={`${k.fastsat}|${k.gyldigFra}|${k.antal}`}>{historikTekst(k, t, fmt.date)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function historikTekst(
  k: KravIndstilling,
  t: (key: string, o: Record<string, unknown>) => string,
  date: (v: string) => string,
) {
  const o = {
    antal: k.antal,
    fra: date(k.gyldigFra),
    navn: k.fastsatAfNavn,
    dato: date(k.fastsat),
    begrundelse: k.begrundelse,
  };
  return k.antal === null ? t("joblog.sektion.historikOphaevet", o) : t("joblog.sektion.historikPunkt", o);
}

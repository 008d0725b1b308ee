import { useEnGang } from "../../../ui/en-gang.ts";
import { joblogIds as ids } from "#contracts/testids-joblog.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { useSikkerhed } from "../../../ui/legal.tsx";
import { PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { Henvisninger } from "../dele.tsx";
import { useAdminKrav, useSaetKommunekrav } from "../queries.ts";
import type { AdminKrav } from "../types.ts";

/**
 * /admin/joblog: the job log rules with their references, confidence and interpretation, the municipality's own
 * numbers, and the form to set one for a target group with a duty (recorded with who, when and why).
 */
export function JoblogAdmin() {
  const { t } = useTranslation();
  const query = useAdminKrav();
  return (
    <div data-testid={ids.admin.page}>
      <PageHeading>{t("joblog.admin.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("joblog.admin.lead")}</p>
      <QueryView query={query}>{(a) => <Indhold a={a} />}</QueryView>
    </div>
  );
}

function Indhold({ a }: { a: AdminKrav }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sikkerhed = useSikkerhed();
  return (
    <>
      {a.regler.map((r) => (
        <section
          key={r.id}
          aria-labelledby={`regel-${r.id}`}
          className="ju-editor mb-4"
          data-testid={ids.admin.regel(r.id)}
        >
          <h2 id={`regel-${r.id}`} className="h3 mt-0">
            {r.titel}
          </h2>
          <p className="ju-small">
            {r.id} · <Henvisninger liste={[r.henvisning, ...r.yderligereHenvisninger]} />
          </p>
          <p>{r.forklaring}</p>
          {r.pligt ? (
            <>
              <p>
                {t("joblog.admin.regelAntal", { antal: r.standardAntalPrUge })} ({sikkerhed(r.antalSikkerhed)})
              </p>
              {r.kommunensAntal.map((k) => {
                const navn = r.maalgrupper.find((m) => m.kode === k.maalgruppe)?.tekst ?? k.maalgruppe;
                return (
                  <p key={k.maalgruppe}>
                    {k.antal === null
                      ? t("joblog.admin.ingenKommuneAntal", { maalgruppe: navn })
                      : t("joblog.admin.kommunensAntal", { maalgruppe: navn, antal: k.antal })}
                  </p>
                );
              })}
            </>
          ) : null}
          <details className="details">
            <summary className="details-summary">
              <span className="details-summary-text">
                {t("joblog.admin.fortolkning")}
                <span className="sr-only">: {r.titel}</span>
              </span>
            </summary>
            <div className="details-text">
              <p>
                {sikkerhed(r.sikkerhed)}. {r.fortolkning}
              </p>
              <p>{fmt.date(r.gyldigFra)}</p>
            </div>
          </details>
        </section>
      ))}
      <h2 className="h3">{t("joblog.admin.helligdage")}</h2>
      <p className="ju-prose">{a.helligdagsugerNote}</p>
      <Form a={a} />
      {a.historik.length > 0 ? (
        <>
          <h2 className="h3">{t("joblog.admin.historikHeading")}</h2>
          <ul>
            {a.historik.map((h) => (
              <li key={`${h.fastsat}|${h.maalgruppe.kode}`}>
                {t("joblog.admin.historikPunkt", {
                  maalgruppe: h.maalgruppe.tekst,
                  antal: h.antal,
                  fra: fmt.date(h.gyldigFra),
                  navn: h.fastsatAfNavn,
                  dato: fmt.date(h.fastsat),
                  begrundelse: h.begrundelse,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Form({ a }: { a: AdminKrav }) {
  const { t } = useTranslation();
  const saet = useSaetKommunekrav();
  const grupper = a.regler.filter((r) => r.pligt).flatMap((r) => r.maalgrupper);
  const [maalgruppe, setMaalgruppe] = useState(grupper[0]?.kode ?? "");
  const [antal, setAntal] = useState("");
  const [begrundelse, setBegrundelse] = useState("");
  const [noegle, setNoegle] = useState(newUuid);
  const [gemt, setGemt] = useState(false);
  const sendt = useEnGang();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!sendt.start()) return;
    setGemt(false);
    saet.mutate(
      { maalgruppe, antal: Number(antal), begrundelse: begrundelse.trim(), idempotensnoegle: noegle },
      {
        onSuccess: () => {
          setGemt(true);
          setNoegle(newUuid());
          setAntal("");
          setBegrundelse("");
        },
        onSettled: () => {
          sendt.faerdig();
        },
      },
    );
  };
  const problem = problemOf(saet.error);
  return (
    <section aria-labelledby="joblog-admin-form-heading" className="ju-editor">
      <h2 id="joblog-admin-form-heading" className="h3 mt-0">
        {t("joblog.admin.formHeading")}
      </h2>
      {gemt ? <Receipt heading={t("joblog.admin.kvittering")} testId={ids.admin.kvittering} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={ids.admin.form}>
        {problem ? (
          <ErrorSummary
            problem={problem}
            fieldIds={{ "body.antal": "joblog-admin-antal", "body.begrundelse": "joblog-admin-begrundelse" }}
          />
        ) : null}
        <SelectField
          id="joblog-admin-maalgruppe"
          label={t("joblog.admin.maalgruppe")}
          value={maalgruppe}
          onChange={setMaalgruppe}
          options={grupper.map((g) => ({ value: g.kode, label: g.tekst }))}
          testId={ids.admin.maalgruppe}
        />
        <TextInput
          id="joblog-admin-antal"
          label={t("joblog.admin.antal")}
          value={antal}
          onChange={setAntal}
          inputMode="numeric"
          width="xs"
          testId={ids.admin.antal}
        />
        <TextArea
          id="joblog-admin-begrundelse"
          label={t("joblog.admin.begrundelse")}
          value={begrundelse}
          onChange={setBegrundelse}
          rows={3}
          maxLength={1000}
          testId={ids.admin.begrundelse}
        />
        <FormButtons submit={t("joblog.admin.gem")} submitTestId={ids.admin.gem} />
      </form>
    </section>
  );
}

import { jobIds as ids } from "#contracts/testids-job.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SelectField, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { StatusTag } from "../dele.tsx";
import { type OpgaveSoegning, useOpgaveboers } from "../queries.ts";

const AFSTANDE = ["5", "10", "25", "50"] as const;

/** /borger/opgaveboers: search small jobs and internships by text, type and distance from a postcode. */
export function Opgaveboers() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [udkast, setUdkast] = useState<OpgaveSoegning>({ q: "", art: "", postnr: "", afstand: "25" });
  const [soegning, setSoegning] = useState<OpgaveSoegning>(udkast);
  const query = useOpgaveboers(soegning);
  const felt = (k: keyof OpgaveSoegning) => (v: string) => setUdkast((u) => ({ ...u, [k]: v }));
  const onSoeg = (e: FormEvent) => {
    e.preventDefault();
    setSoegning(udkast);
  };
  return (
    <div data-testid={ids.opgaveboers.side}>
      <BackLink to="/borger/job">{t("job.opgaveboers.tilbage")}</BackLink>
      <PageHeading>{t("job.opgaveboers.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("job.opgaveboers.lead")}</p>
      <form onSubmit={onSoeg} noValidate className="mb-6" data-testid={ids.opgaveboers.form}>
        <TextInput
          id="job-opgaveboers-q"
          type="search"
          label={t("job.opgaveboers.q")}
          hint={t("job.opgaveboers.qHint")}
          value={udkast.q}
          onChange={felt("q")}
          maxLength={200}
          width="xl"
          testId={ids.opgaveboers.q}
        />
        <SelectField
          id="job-opgaveboers-art"
          label={t("job.opgaveboers.art")}
          value={udkast.art}
          onChange={felt("art")}
          options={[
            { value: "", label: t("job.opgaveboers.alleArter") },
            { value: "smaajob", label: t("job.art.smaajob") },
            { value: "virksomhedspraktik", label: t("job.art.virksomhedspraktik") },
          ]}
          testId={ids.opgaveboers.art}
        />
        <TextInput
          id="job-opgaveboers-postnr"
          label={t("job.opgaveboers.postnr")}
          hint={t("job.opgaveboers.postnrHint")}
          value={udkast.postnr}
          onChange={felt("postnr")}
          maxLength={4}
          inputMode="numeric"
          autoComplete="postal-code"
          width="xs"
          testId={ids.opgaveboers.postnr}
        />
        <SelectField
          id="job-opgaveboers-afstand"
          label={t("job.opgaveboers.afstand")}
          value={udkast.afstand}
          onChange={felt("afstand")}
          options={AFSTANDE.map((a) => ({ value: a, label: t("job.opgaveboers.km", { km: a }) }))}
          testId={ids.opgaveboers.afstand}
        />
        <FormButtons submit={t("job.opgaveboers.soeg")} submitTestId={ids.opgaveboers.soeg} />
      </form>
      <QueryView query={query}>
        {(r) => (
          <section aria-labelledby="job-opgaveboers-resultat">
            <h2 id="job-opgaveboers-resultat" data-testid={ids.opgaveboers.antal} aria-live="polite">
              {t("job.opgaveboers.antal", { count: r.antal })}
            </h2>
            <ul className="nobullet-list">
              {r.ordrer.map((o) => (
                <li key={o.id} className="card mb-4" data-testid={ids.opgaveboers.hit(o.id)}>
                  <div className="card-content">
                    <h3 className="h4 mt-0">
                      <Link to={`/borger/job/${o.id}`} data-testid={ids.opgaveboers.hitLink(o.id)}>
                        {o.titel}
                      </Link>
                    </h3>
                    <p className="mb-1">
                      {o.virksomhed} · {o.arbejdssted}
                      <span className="d-block ju-small">
                        {t(`job.art.${o.art}`)} · {o.timer} · {t("job.start", { dato: fmt.date(o.start) })}
                        {o.afstandKm !== null ? ` · ${t("job.afstand", { km: o.afstandKm })}` : ""}
                      </span>
                    </p>
                    {o.score !== null && o.forklaring ? <p className="mb-1">{o.forklaring.resume}</p> : null}
                    {o.kontakt ? (
                      <p className="mb-0">
                        <StatusTag status={o.kontakt.status} /> {t(`job.kilde.${o.kontakt.kilde}`)}
                      </p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )}
      </QueryView>
    </div>
  );
}

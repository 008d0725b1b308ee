import type { Problem } from "#contracts/errors.ts";
import { minsideIds as ids } from "#contracts/testids-minside.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { localProblem, ProblemError } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Alert, Loading, PageHeading } from "../../../ui/page.tsx";
import { Forpligtelser, JobcenterKontakt, NaesteSamtaleBlok, PlanVisning, SagFakta } from "../dele.tsx";
import { useAfslut, useBisidderSide, useIndloesKode } from "../queries.ts";
import type { BisidderSide as Side, Overblik } from "../types.ts";

/**
 * The companion's page (`/bisidder/:token`, no login): type the one-time code, then read the citizen's overview in a
 * companion session, read-only and without the CPR number; a revoked, expired or locked access gets a plain message
 * and the jobcentre's phone.
 */
export function BisidderSide() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const query = useBisidderSide(token);
  const [afsluttet, setAfsluttet] = useState(false);
  if (afsluttet)
    return (
      <div data-testid={ids.offentlig.page}>
        <PageHeading>{t("minside.offentlig.heading")}</PageHeading>
        <Alert kind="info" heading={t("minside.offentlig.afsluttet")} testId={ids.offentlig.afsluttet} />
      </div>
    );
  if (query.isPending)
    return (
      <div data-testid={ids.offentlig.page}>
        <PageHeading>{t("minside.offentlig.heading")}</PageHeading>
        <Loading />
      </div>
    );
  if (query.isError) {
    const e = query.error;
    const ukendt = e instanceof ProblemError && e.status === 404;
    return (
      <div data-testid={ids.offentlig.page}>
        <PageHeading>{t("minside.offentlig.heading")}</PageHeading>
        {ukendt ? (
          <Alert kind="error" heading={t("minside.offentlig.ukendt")} testId={ids.offentlig.lukket} />
        ) : (
          <ErrorSummary problem={e instanceof ProblemError ? e.problem : localProblem("INTERNAL")} focus={false} />
        )}
      </div>
    );
  }
  const s = query.data;
  if (s.session && s.overblik)
    return <Laesning side={s} o={s.overblik} token={token} onAfsluttet={() => setAfsluttet(true)} />;
  return (
    <div data-testid={ids.offentlig.page}>
      <PageHeading>{t("minside.offentlig.heading")}</PageHeading>
      {s.status === "afventer" ? <KodeForm side={s} token={token} /> : <Lukket side={s} />}
      <Ring side={s} />
    </div>
  );
}

function Ring({ side }: { side: Side }) {
  const { t } = useTranslation();
  return side.jobcenter?.telefon ? (
    <p>{t("minside.offentlig.ringTil", { jobcenter: side.jobcenter.navn, telefon: side.jobcenter.telefon })}</p>
  ) : null;
}

function Lukket({ side }: { side: Side }) {
  const { t } = useTranslation();
  return (
    <Alert kind="warning" heading={t("minside.offentlig.lukket.heading")} testId={ids.offentlig.lukket}>
      <p>{t(`minside.offentlig.lukket.${side.status}`)}</p>
      <p>{t("minside.offentlig.lukket.tekst")}</p>
    </Alert>
  );
}

function KodeForm({ side, token }: { side: Side; token: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const indloes = useIndloesKode(token, side.csrfToken);
  const [kode, setKode] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const send = (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    indloes.mutate(kode, {
      onError: (err) => setProblem(err instanceof ProblemError ? err.problem : localProblem("INTERNAL")),
    });
  };
  return (
    <>
      <p className="font-lead">{t("minside.offentlig.lead", { jobcenter: side.jobcenter?.navn ?? t("app.name") })}</p>
      <p>{t("minside.offentlig.gyldigTil", { tid: fmt.dateTime(side.gyldigTil) })}</p>
      <form onSubmit={send} noValidate data-testid={ids.offentlig.kodeForm}>
        {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.kode": "companion-code" }} /> : null}
        <TextInput
          id="companion-code"
          label={t("minside.offentlig.kode")}
          hint={t("minside.offentlig.kodeHint")}
          error={problem?.errors?.find((x) => x.path === "body.kode")?.message}
          value={kode}
          onChange={setKode}
          testId={ids.offentlig.kode}
          width="l"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={20}
        />
        <FormButtons
          submit={t("minside.offentlig.aabn")}
          submitTestId={ids.offentlig.aabn}
          disabled={indloes.isPending}
        />
      </form>
    </>
  );
}

function Laesning({
  side,
  o,
  token,
  onAfsluttet,
}: {
  side: Side;
  o: Overblik;
  token: string;
  onAfsluttet: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const afslut = useAfslut(token, side.csrfToken);
  return (
    <div data-testid={ids.offentlig.page}>
      <PageHeading>{t("minside.offentlig.overblikHeading", { navn: o.borger.navn })}</PageHeading>
      <Alert kind="info" heading={t("minside.offentlig.laeser", { navn: side.session!.bisidder })}>
        <p>{t("minside.offentlig.laeserTekst", { tid: fmt.dateTime(side.session!.udloeber) })}</p>
        <p>
          <button
            type="button"
            className="button button-secondary"
            data-testid={ids.offentlig.afslut}
            disabled={afslut.isPending}
            onClick={() => afslut.mutate(undefined, { onSettled: onAfsluttet })}
          >
            {t("minside.offentlig.afslut")}
          </button>
        </p>
      </Alert>
      <div className="row" data-testid={ids.offentlig.overblik}>
        <div className="col-12 col-lg-8">
          <h2>{t("minside.sag.heading")}</h2>
          <SagFakta o={o} />
          <Forpligtelser list={o.forpligtelser} laesning />
          <NaesteSamtaleBlok samtale={o.naesteSamtale} jobcenter={o.jobcenter} laesning />
          <section aria-labelledby="ms-plan">
            <h2 id="ms-plan" className="h3">
              {t("minside.plan.heading")}
            </h2>
            <PlanVisning plan={o.plan} headingLevel={3} />
          </section>
        </div>
        <aside className="col-12 col-lg-4" aria-labelledby="ms-contact">
          {o.jobcenter ? <JobcenterKontakt jobcenter={o.jobcenter} /> : null}
        </aside>
      </div>
    </div>
  );
}

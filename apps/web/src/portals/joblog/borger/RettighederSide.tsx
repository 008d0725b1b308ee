import { useEnGang } from "../../../ui/en-gang.ts";
import { joblogIds as ids } from "#contracts/testids-joblog.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, FieldError } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Alert, BackLink, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { useBorgerMig } from "../../borger/queries.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { Henvisninger } from "../dele.tsx";
import { useBekraeft, useRettigheder } from "../queries.ts";
import type { Afsnit, Bekraeftelse, Rettigheder } from "../types.ts";

/**
 * /borger/rettigheder: the rights and duties that apply to the citizen's target group, in the version in force today,
 * section by section with their references; at the bottom the confirmation that they have read it, and its receipt.
 */
export function RettighederSide() {
  const { t } = useTranslation();
  const query = useRettigheder();
  return (
    <div data-testid={ids.rettigheder.page}>
      <BackLink to="/borger">{t("joblog.rettigheder.tilbage")}</BackLink>
      {query.data?.gennemgang && query.data.version ? (
        <Gennemgang r={query.data} />
      ) : (
        <>
          <PageHeading>{t("joblog.rettigheder.heading")}</PageHeading>
          <QueryView query={query}>
            {(r) => <p>{t("joblog.rettigheder.ingen", { maalgruppe: r.maalgruppe.tekst })}</p>}
          </QueryView>
        </>
      )}
    </div>
  );
}

function Gennemgang({ r }: { r: Rettigheder }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const v = r.version!;
  const pligter = v.afsnit.filter((a) => a.art === "pligt");
  const rettigheder = v.afsnit.filter((a) => a.art === "rettighed");
  return (
    <>
      <PageHeading>{r.gennemgang!.titel}</PageHeading>
      <p className="font-lead ju-prose">
        {t("joblog.rettigheder.lead", { maalgruppe: r.maalgruppe.tekst.toLowerCase() })}
      </p>
      <p className="ju-small" data-testid={ids.rettigheder.version}>
        {t("joblog.rettigheder.version", { dato: fmt.date(v.gyldigFra) })}
      </p>
      <StatusBesked r={r} />
      <h2>{t("joblog.rettigheder.pligterHeading")}</h2>
      {pligter.map((a) => (
        <AfsnitVisning key={a.id} a={a} />
      ))}
      <h2>{t("joblog.rettigheder.rettighederHeading")}</h2>
      {rettigheder.map((a) => (
        <AfsnitVisning key={a.id} a={a} />
      ))}
      <Bekraeft r={r} />
    </>
  );
}

function StatusBesked({ r }: { r: Rettigheder }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <p data-testid={ids.rettigheder.status}>
      {r.status === "bekraeftet" && r.iKraftBekraeftet
        ? t("joblog.rettigheder.bekraeftetStatus", { dato: fmt.date(r.iKraftBekraeftet.bekraeftet) })
        : r.status === "ny_version" && r.seneste
          ? t("joblog.rettigheder.nyVersion", { dato: fmt.date(r.seneste.bekraeftet) })
          : t("joblog.rettigheder.ikkeBekraeftet")}
    </p>
  );
}

function AfsnitVisning({ a }: { a: Afsnit }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`afsnit-${a.id}`} className="mb-5 ju-prose" data-testid={ids.rettigheder.afsnit(a.id)}>
      <h3 id={`afsnit-${a.id}`} className="h4">
        {a.overskrift}
      </h3>
      {a.tekst.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="ju-small">
        <span className="weight-semibold">{t("joblog.rettigheder.henvisning")}: </span>
        <Henvisninger liste={a.henvisninger} />
      </p>
    </section>
  );
}

/**
 * The confirmation: a tick that they have read the version shown, then one click; a double click records once. Nothing
 * when the version in force is already confirmed (except the receipt right after confirming).
 */
function Bekraeft({ r }: { r: Rettigheder }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const mig = useBorgerMig();
  const bekraeft = useBekraeft();
  const [laest, setLaest] = useState(false);
  const [mangler, setMangler] = useState(false);
  const [noegle] = useState(newUuid);
  const [kvittering, setKvittering] = useState<Bekraeftelse>();
  const sendt = useEnGang();
  const jobcenter = mig.data?.jobcenter?.navn ?? t("joblog.side.jobcenter");
  const v = r.version!;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!laest) {
      setMangler(true);
      return;
    }
    if (!sendt.start()) return;
    bekraeft.mutate(
      { gennemgangId: r.gennemgang!.id, version: v.gyldigFra, idempotensnoegle: noegle },
      {
        onSuccess: setKvittering,
        onSettled: () => {
          sendt.faerdig();
        },
      },
    );
  };
  const problem = problemOf(bekraeft.error);
  // the receipt stays after the review is refetched as confirmed; a review confirmed before needs no form
  if (!kvittering && r.status === "bekraeftet") return null;
  if (kvittering)
    return (
      <Receipt heading={t("joblog.rettigheder.kvittering")} headingLevel={2} testId={ids.rettigheder.kvittering}>
        <p>
          {t("joblog.rettigheder.kvitteringTekst", {
            tidspunkt: fmt.dateTime(kvittering.bekraeftet),
            version: fmt.date(kvittering.version),
            jobcenter,
          })}
        </p>
      </Receipt>
    );
  return (
    <section aria-labelledby="bekraeft-heading" className="ju-editor">
      <h2 id="bekraeft-heading" className="h3 mt-0">
        {t("joblog.rettigheder.bekraeftHeading")}
      </h2>
      <form onSubmit={onSubmit} noValidate>
        {mangler && !laest ? (
          <ErrorSummary
            problem={validationProblem([{ path: "laest", message: t("joblog.rettigheder.laestMangler") }])}
            fieldIds={{ laest: "rettigheder-laest" }}
          />
        ) : null}
        {problem ? <ErrorSummary problem={problem} /> : null}
        {r.status === "ny_version" ? (
          <Alert kind="info" headingLevel={3} heading={t("joblog.kort.rettighederNy")} />
        ) : null}
        <div className={mangler && !laest ? "form-error" : undefined}>
          {mangler && !laest ? <FieldError>{t("joblog.rettigheder.laestMangler")}</FieldError> : null}
          <CheckboxField
            id="rettigheder-laest"
            label={t("joblog.rettigheder.laest", { dato: fmt.date(v.gyldigFra) })}
            checked={laest}
            onChange={setLaest}
            testId={ids.rettigheder.laest}
          />
        </div>
        <FormButtons
          submit={bekraeft.isPending ? t("joblog.rettigheder.bekraefter") : t("joblog.rettigheder.bekraeft")}
          submitTestId={ids.rettigheder.bekraeft}
        />
      </form>
    </section>
  );
}

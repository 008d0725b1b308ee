import type { Problem } from "#contracts/errors.ts";
import { testIds } from "#contracts/testids.ts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api, validationProblem } from "../../api/client.ts";
import type { Regel, Regelsaet as RegelsaetData, RegelsaetAendringer } from "../../api/types.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { TextInput } from "../../ui/Field.tsx";
import { SubmitButton } from "../../ui/FormButtons.tsx";
import { todayInDenmark, useFormat } from "../../ui/format.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Reference, useSikkerhed } from "../../ui/legal.tsx";
import { PageHeading } from "../../ui/page.tsx";
import { ScrollTable } from "../../ui/ScrollTable.tsx";
import { useCodeTexts } from "../../ui/texts.ts";
import { QueryView } from "../common/QueryView.tsx";

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** The reform of 1 July 2026 (lov nr. 1750 af 29.12.2025) is the comparison shown first. */
const DEFAULT_FRA = "2026-06-30";
const DEFAULT_TIL = "2026-07-01";
const valid = (v: string | null): v is string => !!v && ISO.test(v) && !Number.isNaN(Date.parse(v));

/**
 * The rule set as a lawyer can read it: the rules in force on a date, each with its reference, dates of effect and
 * confidence; and what changes between two dates, e.g. when a reform comes into force.
 */
export function Regelsaet({ back }: { back: "admin" | "ledelse" }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const dato = valid(params.get("dato")) ? params.get("dato")! : todayInDenmark();
  const fra = valid(params.get("fra")) ? params.get("fra")! : DEFAULT_FRA;
  const til = valid(params.get("til")) ? params.get("til")! : DEFAULT_TIL;
  const set = (next: Record<string, string>) =>
    setParams(
      (p) => {
        for (const [k, v] of Object.entries(next)) p.set(k, v);
        return p;
      },
      { replace: true },
    );
  const regler = useQuery({
    queryKey: ["admin", "regelsaet", dato],
    queryFn: () => api<RegelsaetData>(`/api/admin/regelsaet?dato=${dato}`),
  });
  const aendringer = useQuery({
    queryKey: ["admin", "regelsaet", "aendringer", fra, til],
    queryFn: () => api<RegelsaetAendringer>(`/api/admin/regelsaet/aendringer?fra=${fra}&til=${til}`),
  });

  return (
    <div data-testid={testIds.regelsaet.page}>
      <p className="ju-back">
        <Link className="back-link" to={back === "admin" ? "/admin" : "/ledelse"}>
          <Icon name="chevron-left" />
          {back === "admin" ? t("regelsaet.backToAdmin") : t("regelsaet.backToLedelse")}
        </Link>
      </p>
      <PageHeading>{t("regelsaet.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("regelsaet.lead")}</p>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t("regelsaet.inForceHeading")}</h2>
        <DateForm
          key={dato}
          fields={[
            {
              name: "dato",
              label: t("regelsaet.date"),
              hint: t("regelsaet.dateHint"),
              value: dato,
              testId: testIds.regelsaet.date,
            },
          ]}
          submit={t("regelsaet.show")}
          submitTestId={testIds.regelsaet.show}
          onSubmit={set}
        />
        <QueryView query={regler}>
          {(r) => (
            <RuleTable
              regler={r.regler}
              caption={t("regelsaet.caption", { count: r.regler.length, dato: f.date(r.dato) })}
              testId={testIds.regelsaet.table}
            />
          )}
        </QueryView>
      </section>

      <section aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t("regelsaet.compareHeading")}</h2>
        <p className="ju-prose">{t("regelsaet.compareLead")}</p>
        <DateForm
          key={`${fra}-${til}`}
          fields={[
            { name: "fra", label: t("regelsaet.compareFrom"), value: fra, testId: testIds.regelsaet.compareFrom },
            { name: "til", label: t("regelsaet.compareTo"), value: til, testId: testIds.regelsaet.compareTo },
          ]}
          submit={t("regelsaet.compare")}
          submitTestId={testIds.regelsaet.compare}
          onSubmit={set}
        />
        <QueryView query={aendringer}>
          {(a) => (
            <>
              <p className="weight-semibold" role="status">
                {t("regelsaet.compareSummary", { fra: f.date(a.fra), til: f.date(a.til) })}
              </p>
              <h3>
                {t("regelsaet.added")} ({a.tilfoejet.length})
              </h3>
              {a.tilfoejet.length ? (
                <RuleTable regler={a.tilfoejet} caption={t("regelsaet.added")} testId={testIds.regelsaet.added} />
              ) : (
                <p className="ju-empty">{t("regelsaet.none")}</p>
              )}
              <h3>
                {t("regelsaet.ended")} ({a.ophoert.length})
              </h3>
              {a.ophoert.length ? (
                <RuleTable regler={a.ophoert} caption={t("regelsaet.ended")} testId={testIds.regelsaet.ended} />
              ) : (
                <p className="ju-empty">{t("regelsaet.none")}</p>
              )}
              <h3>
                {t("regelsaet.changed")} ({a.aendret.length})
              </h3>
              {a.aendret.length ? (
                <ul className="nobullet-list ju-cards" data-testid={testIds.regelsaet.changed}>
                  {a.aendret.map((c) => (
                    <li key={c.efter.id} className="ju-card">
                      <Changed foer={c.foer} efter={c.efter} felter={c.felter} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="ju-empty">{t("regelsaet.none")}</p>
              )}
            </>
          )}
        </QueryView>
      </section>
    </div>
  );
}

interface DateField {
  name: string;
  label: string;
  hint?: string;
  value: string;
  testId: string;
}

/** One or two dates and a button; the dates go into the address. */
function DateForm({
  fields,
  submit,
  submitTestId,
  onSubmit,
}: {
  fields: DateField[];
  submit: string;
  submitTestId: string;
  onSubmit: (values: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => Object.fromEntries(fields.map((x) => [x.name, x.value])));
  const [problem, setProblem] = useState<Problem>();
  const idOf = (name: string) => `rule-set-${name}`;
  const handle = (e: FormEvent) => {
    e.preventDefault();
    const errors = fields
      .filter((x) => !valid(values[x.name] ?? null))
      .map((x) => ({ path: x.name, message: t("regelsaet.dateInvalid") }));
    if (errors.length) {
      setProblem(validationProblem(errors));
      return;
    }
    setProblem(undefined);
    onSubmit(values);
  };
  return (
    <>
      {problem ? (
        <ErrorSummary problem={problem} fieldIds={Object.fromEntries(fields.map((x) => [x.name, idOf(x.name)]))} />
      ) : null}
      <form onSubmit={handle} noValidate className="ju-inline-form">
        {fields.map((x) => (
          <TextInput
            key={x.name}
            id={idOf(x.name)}
            label={x.label}
            hint={x.hint}
            error={fieldMessage(problem, [x.name])}
            type="date"
            value={values[x.name] ?? ""}
            onChange={(value) => setValues((v) => ({ ...v, [x.name]: value }))}
            testId={x.testId}
          />
        ))}
        <SubmitButton variant="secondary" testId={submitTestId}>
          {submit}
        </SubmitButton>
      </form>
    </>
  );
}

function useRuleTexts() {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const sikkerhed = useSikkerhed();
  return {
    groups: (r: Regel) =>
      r.maalgrupper === "alle" || r.maalgrupper.length === 0
        ? t("regelsaet.allGroups")
        : r.maalgrupper.map((g) => codes.maalgruppe({ kode: g.kode, tekst: g.navn })).join(", "),
    inForce: (r: Regel) =>
      r.gyldigTil
        ? t("regelsaet.fromTo", { fra: f.date(r.gyldigFra), til: f.date(r.gyldigTil) })
        : t("regelsaet.fromOnly", { fra: f.date(r.gyldigFra) }),
    references: (r: Regel) =>
      [r.henvisning, ...r.yderligereHenvisninger].map((h) => `${h.lov} ${h.paragraf}`).join("; "),
    sikkerhed: (r: Regel) => sikkerhed(r.sikkerhed),
    art: (r: Regel) => t(`regelsaet.art.${r.art}`, { defaultValue: r.art }),
  };
}

function RuleTable({ regler, caption, testId }: { regler: Regel[]; caption: string; testId: string }) {
  const { t } = useTranslation();
  const texts = useRuleTexts();
  const captionId = `${testId}-caption`;
  return (
    <ScrollTable captionId={captionId}>
      <table className="table table--zebra" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("regelsaet.id")}</th>
            <th scope="col">{t("regelsaet.title")}</th>
            <th scope="col">{t("regelsaet.targetGroups")}</th>
            <th scope="col">{t("common.reference")}</th>
            <th scope="col">{t("regelsaet.inForce")}</th>
            <th scope="col">{t("common.confidence")}</th>
          </tr>
        </thead>
        <tbody>
          {regler.map((r) => (
            <tr key={`${r.id}-${r.gyldigFra}`} data-testid={testIds.regelsaet.rule(r.id)}>
              <th scope="row" className="weight-normal ju-nowrap">
                {r.id}
              </th>
              <td className="ju-rule-text">
                <span className="d-block weight-semibold">{r.titel}</span>
                <span className="d-block ju-small ju-muted">{texts.art(r)}</span>
                <span className="d-block ju-small">{r.beskrivelse}</span>
                {r.fortolkning ? (
                  <details className="ju-details">
                    <summary>{t("regelsaet.interpretation")}</summary>
                    <p className="ju-small">{r.fortolkning}</p>
                  </details>
                ) : null}
              </td>
              <td>{texts.groups(r)}</td>
              <td>
                <span className="d-block">
                  <Reference henvisning={r.henvisning} />
                </span>
                {r.yderligereHenvisninger.map((h) => (
                  <span key={`${h.lov} ${h.paragraf}`} className="d-block">
                    <Reference henvisning={h} />
                  </span>
                ))}
                <span className="d-block ju-small ju-muted">
                  {t("regelsaet.source")}: {r.kilde}
                </span>
              </td>
              <td>
                {texts.inForce(r)}
                {r.gyldighedNote ? <span className="d-block ju-small ju-muted">{r.gyldighedNote}</span> : null}
              </td>
              <td>{texts.sikkerhed(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** A changed rule: the parts that differ, and the visible fields before and after. */
function Changed({ foer, efter, felter }: { foer: Regel; efter: Regel; felter: string[] }) {
  const { t } = useTranslation();
  const texts = useRuleTexts();
  const rows = (
    [
      [t("regelsaet.title"), foer.titel, efter.titel],
      [t("regelsaet.targetGroups"), texts.groups(foer), texts.groups(efter)],
      [t("common.reference"), texts.references(foer), texts.references(efter)],
      [t("regelsaet.inForce"), texts.inForce(foer), texts.inForce(efter)],
      [t("common.confidence"), texts.sikkerhed(foer), texts.sikkerhed(efter)],
      [t("regelsaet.description"), foer.beskrivelse, efter.beskrivelse],
      [t("regelsaet.interpretation"), foer.fortolkning ?? "", efter.fortolkning ?? ""],
      [t("regelsaet.source"), foer.kilde, efter.kilde],
    ] as [string, string, string][]
  ).filter(([, a, b]) => a !== b);
  const captionId = `changed-${efter.id}`;
  return (
    <>
      <h4 id={captionId} className="ju-card-heading">
        {efter.id}: {efter.titel}
      </h4>
      {felter.length ? (
        <p className="ju-small">
          {t("regelsaet.changedParts")}: {felter.map((x) => t(`regelsaet.felt.${x}`, { defaultValue: x })).join(", ")}
        </p>
      ) : null}
      {rows.length ? (
        <ScrollTable captionId={captionId}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t("regelsaet.field")}</th>
                <th scope="col">{t("regelsaet.before")}</th>
                <th scope="col">{t("regelsaet.after")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, a, b]) => (
                <tr key={label}>
                  <th scope="row" className="weight-normal">
                    {label}
                  </th>
                  <td>{a}</td>
                  <td>{b}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </>
  );
}

import type { Problem } from "#contracts/errors.ts";
import { MAALGRUPPE_KODER, MAALGRUPPER } from "#contracts/maalgrupper.ts";
import { markedAdminIds as ids } from "#contracts/testids-marked-admin.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { DataTable, RowAction } from "../../../ui/DataTable.tsx";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextInput } from "../../../ui/Field.tsx";
import { SubmitButton } from "../../../ui/FormButtons.tsx";
import { todayInDenmark, useFormat } from "../../../ui/format.ts";
import { Alert } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import type { Regnskab } from "../types.ts";

const KEY = ["admin", "marked", "tokens"] as const;

interface Regel {
  id: string;
  maalgruppe: string;
  maalgruppeNavn: string;
  tokens: number;
  gyldigFra: string;
  gyldigTil: string | null;
  udloebDage: number | null;
}
interface TokenData {
  regnskab: Regnskab;
  regler: Regel[];
  refusion: { dage: number; maksFremskridt: number };
}

/** True for a whole number written with digits only. */
const heltal = (v: string, max = 7) => new RegExp(`^\\d{1,${max}}$`).test(v.trim());

/**
 * The municipality's tokens: the ledger's totals and whether every token is accounted for, adding to the budget, the
 * grant rules (create one; grant a rule's tokens now) and the rule for giving tokens back when a citizen cancels.
 */
export function Tokens() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: KEY, queryFn: () => api<TokenData>("/api/admin/marked/tokens") });
  return (
    <>
      <h2>{t("markedAdmin.tokens.heading")}</h2>
      <p className="ju-prose">{t("markedAdmin.tokens.lead")}</p>
      <QueryView query={query}>
        {(d) => (
          <>
            <RegnskabVisning r={d.regnskab} />
            <Budget />
            <Regler regler={d.regler} />
            <Refusion refusion={d.refusion} />
          </>
        )}
      </QueryView>
    </>
  );
}

function RegnskabVisning({ r }: { r: Regnskab }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tal: [keyof Omit<Regnskab, "bevaret">, number][] = [
    ["budget", r.budget],
    ["kommunensSaldo", r.kommunensSaldo],
    ["borgernesSaldo", r.borgernesSaldo],
    ["forbrugt", r.forbrugt],
    ["udloebet", r.udloebet],
  ];
  return (
    <section aria-labelledby="tokens-ledger-heading" data-testid={ids.tokens.regnskab}>
      <h3 id="tokens-ledger-heading">{t("markedAdmin.tokens.regnskabHeading")}</h3>
      <ul className="nobullet-list ju-key-figures">
        {tal.map(([k, v]) => (
          <li key={k} data-testid={ids.tokens.tal(k)}>
            <span>{t(`markedAdmin.tokens.tal.${k}`)}</span>
            <span className="ju-key-figure">{f.number(v, 0)}</span>
          </li>
        ))}
      </ul>
      <div data-testid={ids.tokens.bevaret}>
        {r.bevaret ? (
          <Alert kind="success" heading={t("markedAdmin.tokens.bevaret")} headingLevel={3}>
            <p>
              {t("markedAdmin.tokens.bevaretTekst", {
                budget: f.number(r.budget, 0),
                kommune: f.number(r.kommunensSaldo, 0),
                borgere: f.number(r.borgernesSaldo, 0),
                forbrugt: f.number(r.forbrugt, 0),
                udloebet: f.number(r.udloebet, 0),
              })}
            </p>
          </Alert>
        ) : (
          <Alert kind="error" heading={t("markedAdmin.tokens.ikkeBevaret")} headingLevel={3}>
            <p>
              {t("markedAdmin.tokens.ikkeBevaretTekst", {
                forskel: f.number(r.budget - r.kommunensSaldo - r.borgernesSaldo - r.forbrugt - r.udloebet, 0),
              })}
            </p>
          </Alert>
        )}
      </div>
    </section>
  );
}

/** A small form under a heading of its own: the error summary, the fields and the button. */
function LilleForm({
  headingId,
  heading,
  lead,
  problem,
  fieldIds,
  onSubmit,
  testId,
  knap,
  children,
}: {
  headingId: string;
  heading: string;
  lead?: string;
  problem: Problem | undefined;
  fieldIds: Record<string, string>;
  onSubmit: (e: FormEvent) => void;
  testId: string;
  knap: { label: string; testId: string; pending: boolean };
  children: ReactNode;
}) {
  return (
    <>
      {problem ? <ErrorSummary problem={problem} fieldIds={fieldIds} /> : null}
      <form className="ju-free-filters" onSubmit={onSubmit} noValidate aria-labelledby={headingId} data-testid={testId}>
        <h4 id={headingId} className="mt-0">
          {heading}
        </h4>
        {lead ? <p className="ju-prose">{lead}</p> : null}
        {children}
        <div className="ju-button-row">
          <SubmitButton disabled={knap.pending} testId={knap.testId}>
            {knap.label}
          </SubmitButton>
        </div>
      </form>
    </>
  );
}

function Budget() {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [antal, setAntal] = useState("");
  const [tekst, setTekst] = useState("");
  const [noegle, setNoegle] = useState(newUuid);
  const [local, setLocal] = useState<Problem>();
  const [tilfoejet, setTilfoejet] = useState<{ antal: number; noegle: string }>();
  const send = useMutation({
    mutationFn: (body: { antal: number; tekst: string; idempotensnoegle: string }) =>
      api<Regnskab>("/api/admin/marked/budget", { method: "POST", body }),
    onSuccess: async (_r, body) => {
      setTilfoejet({ antal: body.antal, noegle: body.idempotensnoegle });
      setAntal("");
      setTekst("");
      setNoegle(newUuid());
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (send.isPending) return;
    const errors = [
      ...(heltal(antal) && Number(antal) >= 1
        ? []
        : [{ path: "body.antal", message: t("markedAdmin.tokens.budget.antalFejl") }]),
      ...(tekst.trim().length >= 3 ? [] : [{ path: "body.tekst", message: t("markedAdmin.tokens.budget.tekstFejl") }]),
    ];
    const fejl = errors.length ? validationProblem(errors) : undefined;
    setLocal(fejl);
    setTilfoejet(undefined);
    if (fejl) return;
    send.mutate({ antal: Number(antal.trim()), tekst: tekst.trim(), idempotensnoegle: noegle });
  };
  const problem = local ?? problemOf(send.error);
  return (
    <section aria-labelledby="tokens-budget-heading">
      <h3 id="tokens-budget-heading">{t("markedAdmin.tokens.budget.heading")}</h3>
      {tilfoejet ? (
        <Receipt
          key={tilfoejet.noegle}
          heading={t("markedAdmin.tokens.budget.receipt")}
          testId={ids.tokens.budget.receipt}
        >
          <p>{t("markedAdmin.tokens.budget.receiptTekst", { antal: f.number(tilfoejet.antal, 0) })}</p>
        </Receipt>
      ) : null}
      <LilleForm
        headingId="tokens-budget-form-heading"
        heading={t("markedAdmin.tokens.budget.formHeading")}
        problem={problem}
        fieldIds={{ "body.antal": "budget-amount", "body.tekst": "budget-text" }}
        onSubmit={onSubmit}
        testId={ids.tokens.budget.form}
        knap={{ label: t("markedAdmin.tokens.budget.send"), testId: ids.tokens.budget.send, pending: send.isPending }}
      >
        <div className="ju-filter-grid">
          <TextInput
            id="budget-amount"
            label={t("markedAdmin.tokens.budget.antal")}
            error={fieldMessage(problem, ["body.antal"])}
            width="xs"
            inputMode="numeric"
            maxLength={8}
            value={antal}
            onChange={setAntal}
            testId={ids.tokens.budget.antal}
          />
          <TextInput
            id="budget-text"
            label={t("markedAdmin.tokens.budget.tekst")}
            hint={t("markedAdmin.tokens.budget.tekstHint")}
            error={fieldMessage(problem, ["body.tekst"])}
            width="xl"
            maxLength={200}
            value={tekst}
            onChange={setTekst}
            testId={ids.tokens.budget.tekst}
          />
        </div>
      </LilleForm>
    </section>
  );
}

function Regler({ regler }: { regler: Regel[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [tildelt, setTildelt] = useState<{ regel: Regel; modtagere: number; tokens: number; n: number }>();
  const [tildelFejl, setTildelFejl] = useState<Problem>();
  const tildel = useMutation({
    mutationFn: (r: Regel) =>
      api<{ modtagere: number; tokens: number }>(`/api/admin/marked/regler/${encodeURIComponent(r.id)}/tildel`, {
        method: "POST",
      }),
    onMutate: () => {
      setTildelt(undefined);
      setTildelFejl(undefined);
    },
    onSuccess: async (svar, regel) => {
      setTildelt((x) => ({ regel, ...svar, n: (x?.n ?? 0) + 1 }));
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
    onError: (e) => setTildelFejl(problemOf(e)),
  });
  return (
    <section aria-labelledby="tokens-rules-heading">
      <h3 id="tokens-rules-heading">{t("markedAdmin.tokens.regler.heading")}</h3>
      <p className="ju-prose">{t("markedAdmin.tokens.regler.lead")}</p>
      {tildelt ? (
        <Receipt
          key={`${tildelt.regel.id}-${tildelt.n}`}
          heading={t("markedAdmin.tokens.regler.tildelt")}
          testId={ids.tokens.regler.resultat}
        >
          <p>
            {tildelt.modtagere === 0
              ? t("markedAdmin.tokens.regler.ingenModtagere", { maalgruppe: tildelt.regel.maalgruppeNavn })
              : t("markedAdmin.tokens.regler.tildeltTekst", {
                  count: tildelt.modtagere,
                  tokens: f.number(tildelt.regel.tokens, 0),
                  i_alt: f.number(tildelt.tokens, 0),
                  maalgruppe: tildelt.regel.maalgruppeNavn,
                })}
          </p>
        </Receipt>
      ) : null}
      {tildelFejl ? <ErrorSummary problem={tildelFejl} /> : null}
      {regler.length ? (
        <DataTable
          captionId="tokens-rules-caption"
          caption={t("markedAdmin.tokens.regler.caption", { count: regler.length })}
          testId={ids.tokens.regler.table}
          columns={[
            t("markedAdmin.tokens.regler.maalgruppe"),
            t("markedAdmin.tokens.regler.tokens"),
            t("markedAdmin.tokens.regler.gyldig"),
            t("markedAdmin.tokens.regler.udloeb"),
            t("markedAdmin.tokens.regler.handling"),
          ]}
          rows={regler}
          rowKey={(r) => r.id}
          rowTestId={ids.tokens.regler.row}
        >
          {(r) => (
            <>
              <th scope="row" className="weight-normal">
                {r.maalgruppeNavn}
              </th>
              <td className="ju-nowrap">{f.number(r.tokens, 0)}</td>
              <td>
                {r.gyldigTil
                  ? t("markedAdmin.tokens.regler.fraTil", { fra: f.date(r.gyldigFra), til: f.date(r.gyldigTil) })
                  : t("markedAdmin.tokens.regler.fra", { fra: f.date(r.gyldigFra) })}
              </td>
              <td>
                {r.udloebDage === null
                  ? t("markedAdmin.tokens.regler.udloeberIkke")
                  : t("markedAdmin.tokens.regler.dage", { count: r.udloebDage })}
              </td>
              <RowAction
                label={t("markedAdmin.tokens.regler.tildel")}
                srLabel={t("markedAdmin.tokens.regler.tildelSr", { maalgruppe: r.maalgruppeNavn, tokens: r.tokens })}
                disabled={tildel.isPending}
                onClick={() => tildel.mutate(r)}
                testId={ids.tokens.regler.tildel(r.id)}
              />
            </>
          )}
        </DataTable>
      ) : (
        <p className="ju-empty" data-testid={ids.tokens.regler.empty}>
          {t("markedAdmin.tokens.regler.empty")}
        </p>
      )}
      <NyRegel />
    </section>
  );
}

function NyRegel() {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const queryClient = useQueryClient();
  const [id, setId] = useState(newUuid);
  const [maalgruppe, setMaalgruppe] = useState<string>(MAALGRUPPE_KODER[0]!);
  const [tokens, setTokens] = useState("");
  const [gyldigFra, setGyldigFra] = useState(todayInDenmark);
  const [gyldigTil, setGyldigTil] = useState("");
  const [udloeb, setUdloeb] = useState("");
  const [local, setLocal] = useState<Problem>();
  const [oprettet, setOprettet] = useState<{ id: string; navn: string; tokens: number }>();
  const send = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<{ id: string }>("/api/admin/marked/regler", { method: "POST", body }),
    onSuccess: async (_r, body) => {
      setOprettet({
        id: String(body.id),
        navn: MAALGRUPPER[maalgruppe as keyof typeof MAALGRUPPER][lang],
        tokens: Number(body.tokens),
      });
      setId(newUuid());
      setTokens("");
      setGyldigTil("");
      setUdloeb("");
      await queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (send.isPending) return;
    const errors = [
      ...(heltal(tokens, 6) ? [] : [{ path: "body.tokens", message: t("markedAdmin.tokens.regler.tokensFejl") }]),
      ...(gyldigFra ? [] : [{ path: "body.gyldigFra", message: t("markedAdmin.tokens.regler.gyldigFraFejl") }]),
      ...(gyldigTil && gyldigTil < gyldigFra
        ? [{ path: "body.gyldigTil", message: t("markedAdmin.tokens.regler.gyldigTilFejl") }]
        : []),
      ...(udloeb.trim() && !heltal(udloeb, 4)
        ? [{ path: "body.udloebDage", message: t("markedAdmin.tokens.regler.udloebFejl") }]
        : []),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    setOprettet(undefined);
    if (errors.length) return;
    send.mutate({
      id,
      maalgruppe,
      tokens: Number(tokens.trim()),
      gyldigFra,
      gyldigTil: gyldigTil || null,
      udloebDage: udloeb.trim() ? Number(udloeb.trim()) : null,
    });
  };
  const problem = local ?? problemOf(send.error);
  return (
    <>
      {oprettet ? (
        <Receipt key={oprettet.id} heading={t("markedAdmin.tokens.regler.receipt")} testId={ids.tokens.regler.receipt}>
          <p>{t("markedAdmin.tokens.regler.receiptTekst", { maalgruppe: oprettet.navn, tokens: oprettet.tokens })}</p>
        </Receipt>
      ) : null}
      <LilleForm
        headingId="tokens-rule-form-heading"
        heading={t("markedAdmin.tokens.regler.formHeading")}
        problem={problem}
        fieldIds={{
          "body.maalgruppe": "rule-target-group",
          "body.tokens": "rule-tokens",
          "body.gyldigFra": "rule-valid-from",
          "body.gyldigTil": "rule-valid-to",
          "body.udloebDage": "rule-expiry",
        }}
        onSubmit={onSubmit}
        testId={ids.tokens.regler.form}
        knap={{ label: t("markedAdmin.tokens.regler.send"), testId: ids.tokens.regler.send, pending: send.isPending }}
      >
        <SelectField
          id="rule-target-group"
          label={t("markedAdmin.tokens.regler.maalgruppe")}
          error={fieldMessage(problem, ["body.maalgruppe"])}
          value={maalgruppe}
          onChange={setMaalgruppe}
          testId={ids.tokens.regler.maalgruppe}
          options={MAALGRUPPE_KODER.map((m) => ({ value: m, label: MAALGRUPPER[m][lang] }))}
        />
        <div className="ju-filter-grid">
          <TextInput
            id="rule-tokens"
            label={t("markedAdmin.tokens.regler.tokensPrBorger")}
            error={fieldMessage(problem, ["body.tokens"])}
            width="xs"
            inputMode="numeric"
            maxLength={6}
            value={tokens}
            onChange={setTokens}
            testId={ids.tokens.regler.tokens}
          />
          <TextInput
            id="rule-valid-from"
            type="date"
            label={t("markedAdmin.tokens.regler.gyldigFra")}
            error={fieldMessage(problem, ["body.gyldigFra"])}
            value={gyldigFra}
            onChange={setGyldigFra}
            testId={ids.tokens.regler.gyldigFra}
          />
          <TextInput
            id="rule-valid-to"
            type="date"
            label={t("markedAdmin.tokens.regler.gyldigTil")}
            hint={t("markedAdmin.tokens.regler.gyldigTilHint")}
            error={fieldMessage(problem, ["body.gyldigTil"])}
            value={gyldigTil}
            onChange={setGyldigTil}
            testId={ids.tokens.regler.gyldigTil}
          />
          <TextInput
            id="rule-expiry"
            label={t("markedAdmin.tokens.regler.udloebDage")}
            hint={t("markedAdmin.tokens.regler.udloebHint")}
            error={fieldMessage(problem, ["body.udloebDage"])}
            width="xs"
            inputMode="numeric"
            maxLength={4}
            value={udloeb}
            onChange={setUdloeb}
            testId={ids.tokens.regler.udloeb}
          />
        </div>
      </LilleForm>
    </>
  );
}

function Refusion({ refusion }: { refusion: TokenData["refusion"] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dage, setDage] = useState(String(refusion.dage));
  const [maks, setMaks] = useState(String(refusion.maksFremskridt));
  const [local, setLocal] = useState<Problem>();
  const [gemt, setGemt] = useState<{ dage: number; maksFremskridt: number }>();
  const send = useMutation({
    mutationFn: (body: { dage: number; maksFremskridt: number }) =>
      api<{ dage: number; maksFremskridt: number }>("/api/admin/marked/refusion", { method: "PUT", body }),
    onSuccess: (r) => {
      setGemt(r);
      // the new rule comes back with the tokens' data; the form keeps what was typed until then
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (send.isPending) return;
    const errors = [
      ...(heltal(dage, 3) ? [] : [{ path: "body.dage", message: t("markedAdmin.tokens.refusion.dageFejl") }]),
      ...(heltal(maks, 3) && Number(maks) <= 100
        ? []
        : [{ path: "body.maksFremskridt", message: t("markedAdmin.tokens.refusion.maksFejl") }]),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    setGemt(undefined);
    if (errors.length) return;
    send.mutate({ dage: Number(dage.trim()), maksFremskridt: Number(maks.trim()) });
  };
  const problem = local ?? problemOf(send.error);
  return (
    <section aria-labelledby="tokens-refund-heading">
      <h3 id="tokens-refund-heading">{t("markedAdmin.tokens.refusion.heading")}</h3>
      <p className="ju-prose">
        {t("markedAdmin.tokens.refusion.nu", { dage: refusion.dage, maks: refusion.maksFremskridt })}
      </p>
      {gemt ? (
        <Receipt heading={t("markedAdmin.tokens.refusion.receipt")} testId={ids.tokens.refusion.receipt}>
          <p>{t("markedAdmin.tokens.refusion.nu", { dage: gemt.dage, maks: gemt.maksFremskridt })}</p>
        </Receipt>
      ) : null}
      <LilleForm
        headingId="tokens-refund-form-heading"
        heading={t("markedAdmin.tokens.refusion.formHeading")}
        problem={problem}
        fieldIds={{ "body.dage": "refund-days", "body.maksFremskridt": "refund-max" }}
        onSubmit={onSubmit}
        testId={ids.tokens.refusion.form}
        knap={{
          label: t("markedAdmin.tokens.refusion.send"),
          testId: ids.tokens.refusion.send,
          pending: send.isPending,
        }}
      >
        <div className="ju-filter-grid">
          <TextInput
            id="refund-days"
            label={t("markedAdmin.tokens.refusion.dage")}
            hint={t("markedAdmin.tokens.refusion.dageHint")}
            error={fieldMessage(problem, ["body.dage"])}
            width="xs"
            inputMode="numeric"
            maxLength={3}
            value={dage}
            onChange={setDage}
            testId={ids.tokens.refusion.dage}
          />
          <TextInput
            id="refund-max"
            label={t("markedAdmin.tokens.refusion.maks")}
            hint={t("markedAdmin.tokens.refusion.maksHint")}
            error={fieldMessage(problem, ["body.maksFremskridt"])}
            width="xs"
            inputMode="numeric"
            maxLength={3}
            value={maks}
            onChange={setMaks}
            testId={ids.tokens.refusion.maks}
          />
        </div>
      </LilleForm>
    </section>
  );
}

import type { Problem } from "#contracts/errors.ts";
import { markedApiIds as ids } from "#contracts/testids-marked-api.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { DataTable } from "../../../ui/DataTable.tsx";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, FieldError, TextInput } from "../../../ui/Field.tsx";
import { SubmitButton } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Icon } from "../../../ui/Icon.tsx";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";

/* ----------------------------------------------------------------- what the server answers */

interface Noegle {
  id: string;
  navn: string;
  praefiks: string;
  scopes: string[];
  oprettet: string;
  oprettetAf: string | null;
  tilbagekaldt: string | null;
  sidstBrugt: string | null;
  /** the whole key: only in the answer that made it */
  noegle: string | null;
}
interface NoeglerSvar {
  noegler: Noegle[];
  scopes: { kode: string; beskrivelse: string }[];
}
interface WebhookSvar {
  webhook: { url: string; aktiv: boolean; opdateret: string } | null;
  /** the signing secret: only in the answer that made it */
  hemmelighed: string | null;
}
type LeveringStatus = "afventer" | "leveret" | "fejlet" | "opgivet";
interface Levering {
  id: string;
  haendelse: string;
  oprettet: string;
  status: LeveringStatus;
  forsoeg: number;
  sidsteStatus: number | null;
  sidsteFejl: string | null;
  naesteForsoeg: string | null;
}

const NOEGLER_KEY = ["marked", "api", "noegler"];
const WEBHOOK_KEY = ["marked", "api", "webhook"];
const LEVERINGER_KEY = ["marked", "api", "leveringer"];
const API = "/api/leverandoer";

/** i18next reads ":" as a namespace separator, so a scope's text is under its code with "_". */
const scopeNoegle = (kode: string) => kode.replace(":", "_");

/**
 * The provider's API page (`/leverandoer/api`): the keys its own systems call the provider API with (made with a name
 * and scopes, the secret shown once; rotated and revoked), the webhook that tells those systems about enrolments and
 * cancellations, the log of every delivery to it, and how to call the API.
 */
export function LeverandoerApi() {
  const { t } = useTranslation();
  return (
    <div data-testid={ids.page}>
      <BackLink to="/leverandoer">{t("markedApi.tilbage")}</BackLink>
      <PageHeading>{t("markedApi.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("markedApi.lead")}</p>
      <nav aria-labelledby="api-contents-heading">
        <h2 id="api-contents-heading" className="h4">
          {t("markedApi.indhold")}
        </h2>
        <ul>
          <li>
            <a href="#api-keys-heading">{t("markedApi.noegler.heading")}</a>
          </li>
          <li>
            <a href="#webhook-heading">{t("markedApi.webhook.heading")}</a>
          </li>
          <li>
            <a href="#deliveries-heading">{t("markedApi.leveringer.heading")}</a>
          </li>
          <li>
            <a href="#guide-heading">{t("markedApi.vejledning.heading")}</a>
          </li>
        </ul>
      </nav>
      <Noegler />
      <Webhook />
      <Leveringer />
      <Vejledning />
    </div>
  );
}

/* ----------------------------------------------------------------- shared parts */

/**
 * A secret shown this one time (a new API key, a webhook's signing secret): a clear warning, the value in a read-only
 * field, a copy button that says what it did, and a button to put it away. It takes the focus when it appears.
 */
function EngangsHemmelighed({
  id,
  heading,
  label,
  tekst,
  value,
  testIds,
  onDone,
}: {
  id: string;
  heading: string;
  label: string;
  tekst: string;
  value: string;
  testIds: { box: string; value: string; copy: string; copied: string; done: string };
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [kopieret, setKopieret] = useState<"" | "ok" | "marker">("");
  useEffect(() => ref.current?.focus(), []);

  const kopier = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setKopieret("ok");
    } catch {
      // no clipboard (e.g. an address without HTTPS): select the text so the user can copy it
      input.current?.select();
      setKopieret("marker");
    }
  };

  return (
    <div ref={ref} tabIndex={-1} className="alert alert-warning" data-testid={testIds.box}>
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <h3 className="alert-heading" id={`${id}-heading`}>
          {heading}
        </h3>
        <p className="alert-text">{tekst}</p>
        <div className="form-group">
          <label className="form-label" htmlFor={id}>
            {label}
          </label>
          <input
            ref={input}
            id={id}
            className="form-input"
            // the whole key in view where there is room (it is 57 characters)
            style={{ width: "100%", maxWidth: "60ch" }}
            readOnly
            value={value}
            spellCheck={false}
            autoComplete="off"
            onFocus={(e) => e.currentTarget.select()}
            data-testid={testIds.value}
          />
        </div>
        <div className="ju-button-row">
          <button type="button" className="button button-secondary" onClick={kopier} data-testid={testIds.copy}>
            {t("markedApi.kopier")}
          </button>
          <button type="button" className="button button-tertiary" onClick={onDone} data-testid={testIds.done}>
            {t("markedApi.gemt")}
          </button>
        </div>
        <p role="status" className="ju-muted" data-testid={testIds.copied}>
          {kopieret === "ok" ? t("markedApi.kopieret") : kopieret === "marker" ? t("markedApi.markeret") : ""}
        </p>
      </div>
    </div>
  );
}

/** A question before an action that cannot be undone; it takes the focus when it appears. */
function Bekraeft({
  heading,
  tekst,
  ok,
  pending,
  onOk,
  onCancel,
  testIds,
}: {
  heading: string;
  tekst: string;
  ok: string;
  pending: boolean;
  onOk: () => void;
  onCancel: () => void;
  testIds: { box: string; ok: string; cancel: string };
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="alert alert-warning" data-testid={testIds.box}>
      <Icon name="warning" className="alert-icon" />
      <div className="alert-body">
        <h3 className="alert-heading">{heading}</h3>
        <p className="alert-text">{tekst}</p>
        <div className="ju-button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={pending}
            onClick={onOk}
            data-testid={testIds.ok}
          >
            {ok}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel} data-testid={testIds.cancel}>
            {t("common.cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}

/* ----------------------------------------------------------------- API keys */

type Handling = { art: "roter" | "tilbagekald"; noegle: Noegle; nyId: string } | null;

function Noegler() {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: NOEGLER_KEY, queryFn: () => api<NoeglerSvar>(`${API}/api-noegler`) });
  const [ny, setNy] = useState<Noegle | null>(null);
  const [handling, setHandling] = useState<Handling>(null);
  const [kvittering, setKvittering] = useState<string>();

  const udfoer = useMutation({
    mutationFn: (h: NonNullable<Handling>) =>
      h.art === "roter"
        ? api<Noegle>(`${API}/api-noegler/${encodeURIComponent(h.noegle.id)}/roter`, {
            method: "POST",
            body: { nyId: h.nyId },
          })
        : api<Noegle>(`${API}/api-noegler/${encodeURIComponent(h.noegle.id)}/tilbagekald`, { method: "POST" }),
    onSuccess: async (svar, h) => {
      setHandling(null);
      await queryClient.invalidateQueries({ queryKey: NOEGLER_KEY });
      if (h.art === "roter" && svar.noegle) setNy(svar);
      else
        setKvittering(
          t(h.art === "roter" ? "markedApi.noegler.roteret" : "markedApi.noegler.tilbagekaldt", {
            navn: h.noegle.navn,
          }),
        );
    },
  });

  const aabn = (art: "roter" | "tilbagekald", noegle: Noegle) => {
    udfoer.reset();
    setKvittering(undefined);
    setNy(null);
    setHandling({ art, noegle, nyId: newUuid() });
  };

  return (
    <section aria-labelledby="api-keys-heading" data-testid={ids.noegler.section}>
      <h2 id="api-keys-heading">{t("markedApi.noegler.heading")}</h2>
      <p className="ju-prose">{t("markedApi.noegler.lead")}</p>
      <QueryView query={query}>
        {(data) => (
          <>
            {ny?.noegle ? (
              <EngangsHemmelighed
                id="api-key-secret"
                heading={t("markedApi.noegler.nyHeading", { navn: ny.navn })}
                label={t("markedApi.noegler.nyLabel")}
                tekst={t("markedApi.noegler.nyTekst")}
                value={ny.noegle}
                testIds={{
                  box: ids.noegler.hemmelighed,
                  value: ids.noegler.hemmelighedVaerdi,
                  copy: ids.noegler.kopier,
                  copied: ids.noegler.kopieret,
                  done: ids.noegler.gemt,
                }}
                onDone={() => setNy(null)}
              />
            ) : null}
            {kvittering ? <Receipt key={kvittering} heading={kvittering} testId={ids.noegler.receipt} /> : null}
            {data.noegler.length ? (
              <DataTable
                captionId="api-keys-caption"
                caption={t("markedApi.noegler.caption", { count: data.noegler.length })}
                testId={ids.noegler.table}
                columns={[
                  t("markedApi.noegler.navn"),
                  t("markedApi.noegler.praefiks"),
                  t("markedApi.noegler.adgange"),
                  t("markedApi.noegler.oprettet"),
                  t("markedApi.noegler.sidstBrugt"),
                  t("markedApi.noegler.status"),
                  t("markedApi.handling"),
                ]}
                rows={data.noegler}
                rowKey={(k) => k.id}
                rowTestId={ids.noegler.row}
              >
                {(k) => (
                  <>
                    <th scope="row" className="weight-normal">
                      {k.navn}
                    </th>
                    <td>
                      <code>jbu_{k.praefiks}_…</code>
                    </td>
                    <td>
                      <ul className="nobullet-list">
                        {k.scopes.map((s) => (
                          <li key={s}>
                            <code>{s}</code>
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {f.dateTime(k.oprettet)}
                      {k.oprettetAf ? <span className="ju-muted"> · {k.oprettetAf}</span> : null}
                    </td>
                    <td>
                      {k.sidstBrugt ? (
                        f.dateTime(k.sidstBrugt)
                      ) : (
                        <span className="ju-muted">{t("markedApi.noegler.aldrig")}</span>
                      )}
                    </td>
                    <td data-testid={ids.noegler.status(k.id)}>
                      {k.tilbagekaldt ? (
                        <span className="badge ju-badge-neutral">{t("markedApi.noegler.tilbagekaldtStatus")}</span>
                      ) : (
                        <span className="badge badge-success">{t("markedApi.noegler.aktiv")}</span>
                      )}
                    </td>
                    <td>
                      {k.tilbagekaldt ? (
                        <span className="ju-muted">{f.dateTime(k.tilbagekaldt)}</span>
                      ) : (
                        <ul className="nobullet-list">
                          <li>
                            <button
                              type="button"
                              className="function-link"
                              onClick={() => aabn("roter", k)}
                              data-testid={ids.noegler.roter(k.id)}
                            >
                              {t("markedApi.noegler.roter")}
                              <span className="sr-only"> {k.navn}</span>
                            </button>
                          </li>
                          <li>
                            <button
                              type="button"
                              className="function-link"
                              onClick={() => aabn("tilbagekald", k)}
                              data-testid={ids.noegler.tilbagekald(k.id)}
                            >
                              {t("markedApi.noegler.tilbagekald")}
                              <span className="sr-only"> {k.navn}</span>
                            </button>
                          </li>
                        </ul>
                      )}
                    </td>
                  </>
                )}
              </DataTable>
            ) : (
              <p className="ju-empty" data-testid={ids.noegler.empty}>
                {t("markedApi.noegler.empty")}
              </p>
            )}
            {handling ? (
              <>
                {problemOf(udfoer.error) ? <ErrorSummary problem={problemOf(udfoer.error)!} /> : null}
                <Bekraeft
                  heading={t(`markedApi.noegler.${handling.art}Heading`, { navn: handling.noegle.navn })}
                  tekst={t(`markedApi.noegler.${handling.art}Tekst`)}
                  ok={t(`markedApi.noegler.${handling.art}Ok`)}
                  pending={udfoer.isPending}
                  onOk={() => udfoer.mutate(handling)}
                  onCancel={() => setHandling(null)}
                  testIds={{
                    box: ids.noegler.bekraeft,
                    ok: ids.noegler.bekraeftOk,
                    cancel: ids.noegler.bekraeftAnnuller,
                  }}
                />
              </>
            ) : null}
            <NyNoegle
              scopes={data.scopes}
              onCreated={(k) => {
                setKvittering(undefined);
                setHandling(null);
                setNy(k);
              }}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}

const NOEGLE_FELTER = { "body.navn": "api-key-name", "body.scopes": "api-key-scope-0" };

function NyNoegle({ scopes, onCreated }: { scopes: NoeglerSvar["scopes"]; onCreated: (k: Noegle) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [id, setId] = useState(newUuid);
  const [navn, setNavn] = useState("");
  const [valgte, setValgte] = useState<string[]>([]);
  const [lokal, setLokal] = useState<Problem>();

  const opret = useMutation({
    mutationFn: () =>
      api<Noegle>(`${API}/api-noegler`, { method: "POST", body: { id, navn: navn.trim(), scopes: valgte } }),
    onSuccess: async (k) => {
      await queryClient.invalidateQueries({ queryKey: NOEGLER_KEY });
      setId(newUuid());
      setNavn("");
      setValgte([]);
      onCreated(k);
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (opret.isPending) return;
    const fejl = [
      ...(navn.trim().length >= 2 ? [] : [{ path: "body.navn", message: t("markedApi.noegler.navnMangler") }]),
      ...(valgte.length ? [] : [{ path: "body.scopes", message: t("markedApi.noegler.scopesMangler") }]),
    ];
    setLokal(fejl.length ? validationProblem(fejl) : undefined);
    if (fejl.length) return;
    opret.mutate();
  };

  const problem = lokal ?? problemOf(opret.error);
  const scopeFejl = fieldMessage(problem, ["body.scopes", ...scopes.map((_, i) => `body.scopes.${i}`)]);

  return (
    <section className="ju-editor" aria-labelledby="api-key-new-heading">
      <h3 id="api-key-new-heading">{t("markedApi.noegler.nyNoegle")}</h3>
      {problem ? <ErrorSummary problem={problem} fieldIds={NOEGLE_FELTER} /> : null}
      <form onSubmit={onSubmit} noValidate data-testid={ids.noegler.form}>
        <TextInput
          id={NOEGLE_FELTER["body.navn"]}
          label={t("markedApi.noegler.navnLabel")}
          hint={t("markedApi.noegler.navnHint")}
          error={fieldMessage(problem, ["body.navn"])}
          width="l"
          maxLength={80}
          value={navn}
          onChange={setNavn}
          testId={ids.noegler.navn}
        />
        <div className={`form-group${scopeFejl ? " form-error" : ""}`}>
          <fieldset aria-describedby={`api-key-scopes-hint${scopeFejl ? " api-key-scopes-error" : ""}`}>
            <legend className="form-label">{t("markedApi.noegler.scopesLabel")}</legend>
            <span className="form-hint" id="api-key-scopes-hint">
              {t("markedApi.noegler.scopesHint")}
            </span>
            {scopeFejl ? <FieldError id="api-key-scopes-error">{scopeFejl}</FieldError> : null}
            <ul className="nobullet-list">
              {scopes.map((s, i) => (
                <li key={s.kode}>
                  <div className="form-group-checkbox">
                    <input
                      id={`api-key-scope-${i}`}
                      type="checkbox"
                      className="form-checkbox"
                      checked={valgte.includes(s.kode)}
                      onChange={(e) =>
                        setValgte((x) =>
                          scopes.map((y) => y.kode).filter((k) => (k === s.kode ? e.target.checked : x.includes(k))),
                        )
                      }
                      aria-describedby={`api-key-scope-${i}-hint`}
                      data-testid={ids.noegler.scope(s.kode)}
                    />
                    <label htmlFor={`api-key-scope-${i}`} className="form-label">
                      {t(`markedApi.scopes.${scopeNoegle(s.kode)}.navn`, { defaultValue: s.kode })} (
                      <code>{s.kode}</code>)
                    </label>
                    <span className="form-hint" id={`api-key-scope-${i}-hint`}>
                      {t(`markedApi.scopes.${scopeNoegle(s.kode)}.hint`, { defaultValue: s.beskrivelse })}
                    </span>
                  </div>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
        <div className="ju-button-row">
          <SubmitButton disabled={opret.isPending} testId={ids.noegler.opret}>
            {t("markedApi.noegler.opret")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

/* ----------------------------------------------------------------- the webhook */

function Webhook() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: WEBHOOK_KEY, queryFn: () => api<WebhookSvar>(`${API}/webhook`) });
  const [hemmelighed, setHemmelighed] = useState<string | null>(null);
  const [kvittering, setKvittering] = useState<string>();
  return (
    <section aria-labelledby="webhook-heading" data-testid={ids.webhook.section}>
      <h2 id="webhook-heading">{t("markedApi.webhook.heading")}</h2>
      <p className="ju-prose">{t("markedApi.webhook.lead")}</p>
      <ul className="ju-prose">
        <li>
          <code>tilmelding.oprettet</code> – {t("markedApi.webhook.oprettet")}
        </li>
        <li>
          <code>tilmelding.afmeldt</code> – {t("markedApi.webhook.afmeldt")}
        </li>
        <li>
          <code>ping</code> – {t("markedApi.webhook.ping")}
        </li>
      </ul>
      {hemmelighed ? (
        <EngangsHemmelighed
          id="webhook-secret-value"
          heading={t("markedApi.webhook.hemmelighedHeading")}
          label={t("markedApi.webhook.hemmelighedLabel")}
          tekst={t("markedApi.webhook.hemmelighedTekst")}
          value={hemmelighed}
          testIds={{
            box: ids.webhook.hemmelighed,
            value: ids.webhook.hemmelighedVaerdi,
            copy: ids.webhook.kopier,
            copied: ids.webhook.kopieret,
            done: ids.webhook.gemt,
          }}
          onDone={() => setHemmelighed(null)}
        />
      ) : kvittering ? (
        <Receipt key={kvittering} heading={kvittering} testId={ids.webhook.receipt} />
      ) : null}
      <QueryView query={query}>
        {(data) => (
          <WebhookForm
            // a saved webhook fills the form anew
            key={data.webhook?.opdateret ?? "ny"}
            data={data}
            onDone={(svar, tekst) => {
              setKvittering(svar?.hemmelighed ? undefined : tekst);
              setHemmelighed(svar?.hemmelighed ?? null);
            }}
          />
        )}
      </QueryView>
    </section>
  );
}

const WEBHOOK_FELTER = { "body.url": "webhook-url" };

function WebhookForm({
  data,
  onDone,
}: {
  data: WebhookSvar;
  /** after a save, a new secret or a test event: the answer (with a secret made, if one was) and the receipt's text */
  onDone: (svar: WebhookSvar | null, kvittering: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState(data.webhook?.url ?? "");
  const [aktiv, setAktiv] = useState(data.webhook?.aktiv ?? true);
  const [lokal, setLokal] = useState<Problem>();
  const [bekraeft, setBekraeft] = useState(false);

  const efter = async (svar: WebhookSvar, tekst: string) => {
    onDone(svar, tekst);
    queryClient.setQueryData(WEBHOOK_KEY, { ...svar, hemmelighed: null });
    await queryClient.invalidateQueries({ queryKey: LEVERINGER_KEY });
  };

  const gem = useMutation({
    mutationFn: () => api<WebhookSvar>(`${API}/webhook`, { method: "PUT", body: { url: url.trim(), aktiv } }),
    onSuccess: (svar) => efter(svar, t("markedApi.webhook.gemtKvittering")),
  });
  const ny = useMutation({
    mutationFn: () => api<WebhookSvar>(`${API}/webhook/hemmelighed`, { method: "POST" }),
    onSuccess: (svar) => {
      setBekraeft(false);
      return efter(svar, t("markedApi.webhook.nyHemmelighedKvittering"));
    },
  });
  const test = useMutation({
    mutationFn: () => api<{ planlagt: boolean }>(`${API}/webhook/test`, { method: "POST" }),
    onSuccess: async () => {
      onDone(null, t("markedApi.webhook.testKvittering"));
      await queryClient.invalidateQueries({ queryKey: LEVERINGER_KEY });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (gem.isPending) return;
    onDone(null, undefined);
    const fejl = url.trim() ? [] : [{ path: "body.url", message: t("markedApi.webhook.urlMangler") }];
    setLokal(fejl.length ? validationProblem(fejl) : undefined);
    if (fejl.length) return;
    gem.mutate();
  };

  const problem = lokal ?? problemOf(gem.error) ?? problemOf(ny.error) ?? problemOf(test.error);

  return (
    <>
      {problem ? <ErrorSummary problem={problem} fieldIds={WEBHOOK_FELTER} /> : null}
      <form
        className="ju-editor"
        onSubmit={onSubmit}
        noValidate
        data-testid={ids.webhook.form}
        aria-labelledby="webhook-form-heading"
      >
        <h3 id="webhook-form-heading">{data.webhook ? t("markedApi.webhook.ret") : t("markedApi.webhook.opsaet")}</h3>
        <TextInput
          id={WEBHOOK_FELTER["body.url"]}
          label={t("markedApi.webhook.url")}
          hint={t("markedApi.webhook.urlHint")}
          error={fieldMessage(problem, ["body.url"])}
          width="xl"
          maxLength={500}
          autoComplete="url"
          value={url}
          onChange={setUrl}
          testId={ids.webhook.url}
        />
        <CheckboxField
          id="webhook-active"
          label={t("markedApi.webhook.aktiv")}
          hint={t("markedApi.webhook.aktivHint")}
          checked={aktiv}
          onChange={setAktiv}
          testId={ids.webhook.aktiv}
        />
        <div className="ju-button-row">
          <SubmitButton disabled={gem.isPending} testId={ids.webhook.gem}>
            {t("markedApi.webhook.gem")}
          </SubmitButton>
          {data.webhook ? (
            <>
              <button
                type="button"
                className="button button-secondary"
                disabled={test.isPending || !data.webhook.aktiv}
                onClick={() => {
                  onDone(null, undefined);
                  test.mutate();
                }}
                data-testid={ids.webhook.test}
              >
                {t("markedApi.webhook.test")}
              </button>
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => {
                  onDone(null, undefined);
                  setBekraeft(true);
                }}
                data-testid={ids.webhook.nyHemmelighed}
              >
                {t("markedApi.webhook.nyHemmelighed")}
              </button>
            </>
          ) : null}
        </div>
      </form>
      {bekraeft ? (
        <Bekraeft
          heading={t("markedApi.webhook.nyHemmelighedHeading")}
          tekst={t("markedApi.webhook.nyHemmelighedTekst")}
          ok={t("markedApi.webhook.nyHemmelighedOk")}
          pending={ny.isPending}
          onOk={() => ny.mutate()}
          onCancel={() => setBekraeft(false)}
          testIds={{ box: ids.webhook.bekraeft, ok: ids.webhook.bekraeftOk, cancel: ids.webhook.bekraeftAnnuller }}
        />
      ) : null}
    </>
  );
}

/* ----------------------------------------------------------------- the delivery log */

const STATUS_BADGE: Record<LeveringStatus, string> = {
  leveret: "badge-success",
  afventer: "badge-info",
  fejlet: "badge-warning",
  opgivet: "badge-error",
};

function Leveringer() {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useQuery({ queryKey: LEVERINGER_KEY, queryFn: () => api<Levering[]>(`${API}/webhook/leveringer`) });
  return (
    <section aria-labelledby="deliveries-heading" data-testid={ids.leveringer.section}>
      <h2 id="deliveries-heading">{t("markedApi.leveringer.heading")}</h2>
      <p className="ju-prose">{t("markedApi.leveringer.lead")}</p>
      <QueryView query={query}>
        {(rows) =>
          rows.length ? (
            <DataTable
              captionId="deliveries-caption"
              caption={t("markedApi.leveringer.caption", { count: rows.length })}
              testId={ids.leveringer.table}
              columns={[
                t("markedApi.leveringer.haendelse"),
                t("markedApi.leveringer.oprettet"),
                t("markedApi.leveringer.status"),
                t("markedApi.leveringer.forsoeg"),
                t("markedApi.leveringer.svar"),
                t("markedApi.leveringer.naeste"),
              ]}
              rows={rows}
              rowKey={(l) => l.id}
              rowTestId={ids.leveringer.row}
            >
              {(l) => (
                <>
                  <th scope="row" className="weight-normal">
                    <code>{l.haendelse}</code>
                  </th>
                  <td>{f.dateTime(l.oprettet)}</td>
                  <td data-testid={ids.leveringer.status(l.id)}>
                    <span className={`badge ${STATUS_BADGE[l.status]}`}>
                      {t(`markedApi.leveringer.statusTekst.${l.status}`)}
                    </span>
                  </td>
                  <td>{l.forsoeg}</td>
                  <td>
                    {l.sidsteFejl ?? (l.sidsteStatus ? `HTTP ${l.sidsteStatus}` : <span className="ju-muted">–</span>)}
                  </td>
                  <td>{l.naesteForsoeg ? f.dateTime(l.naesteForsoeg) : <span className="ju-muted">–</span>}</td>
                </>
              )}
            </DataTable>
          ) : (
            <p className="ju-empty" data-testid={ids.leveringer.empty}>
              {t("markedApi.leveringer.empty")}
            </p>
          )
        }
      </QueryView>
      <div className="ju-button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={query.isFetching}
          onClick={() => void query.refetch()}
          data-testid={ids.leveringer.opdater}
        >
          {t("markedApi.leveringer.opdater")}
        </button>
      </div>
    </section>
  );
}

/* ----------------------------------------------------------------- how to call the API */

function Kode({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <pre className="ju-prose" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }} data-testid={testId}>
      <code>{children}</code>
    </pre>
  );
}

function Vejledning() {
  const { t } = useTranslation();
  const base = `${window.location.origin}/api/v1`;
  return (
    <section aria-labelledby="guide-heading" data-testid={ids.vejledning.section}>
      <h2 id="guide-heading">{t("markedApi.vejledning.heading")}</h2>
      <p className="ju-prose">
        {t("markedApi.vejledning.base")} <code data-testid={ids.vejledning.baseUrl}>{base}</code>
      </p>
      <h3>{t("markedApi.vejledning.hentHeading")}</h3>
      <Kode testId={ids.vejledning.curl}>
        {`curl -H "Authorization: Bearer jbu_…" \\\n  ${base}/leverandoer/tilmeldinger`}
      </Kode>
      <h3>{t("markedApi.vejledning.rapportHeading")}</h3>
      <p className="ju-prose">{t("markedApi.vejledning.rapportTekst")}</p>
      <Kode>
        {`curl -X POST \\\n  -H "Authorization: Bearer jbu_…" \\\n  -H "Idempotency-Key: $(uuidgen)" \\\n  -H "Content-Type: application/json" \\\n  -d '{"art":"gennemfoert","dato":"2026-12-18"}' \\\n  ${base}/leverandoer/tilmeldinger/<id>/rapporter`}
      </Kode>
      <ul className="ju-prose">
        <li>{t("markedApi.vejledning.idempotens")}</li>
        <li>{t("markedApi.vejledning.fejl")}</li>
        <li>{t("markedApi.vejledning.signatur")}</li>
      </ul>
      <p>
        <a className="function-link" href="/api/v1/openapi.json" data-testid={ids.vejledning.openapi}>
          {t("markedApi.vejledning.openapi")}
        </a>
      </p>
    </section>
  );
}

import type { Problem } from "#contracts/errors.ts";
import { markedAdminIds as ids } from "#contracts/testids-marked-admin.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { DataTable, RowAction } from "../../../ui/DataTable.tsx";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { SelectField, TextArea } from "../../../ui/Field.tsx";
import { SubmitButton } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Receipt } from "../../../ui/Receipt.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { UdbudDetaljer } from "../leverandoer/UdbudDetaljer.tsx";
import { iso, STATUS_BADGE, UDBUD_STATUS, type Udbud, type UdbudStatus, useMarkedKoder } from "../leverandoer/udbud.ts";

const KEY = ["admin", "marked", "udbud"] as const;
type Beslutning = "godkendt" | "afvist";

/**
 * The offers by status, those waiting for approval first: open one to read it with its modules, and approve it (the
 * citizens see it at once) or reject it with a reason the provider reads.
 */
export function UdbudGodkendelse() {
  const { t } = useTranslation();
  const f = useFormat();
  const k = useMarkedKoder();
  const [status, setStatus] = useState<UdbudStatus | "">("indsendt");
  const [aaben, setAaben] = useState<string>();
  const [behandlet, setBehandlet] = useState<{ udbud: Udbud; beslutning: Beslutning }>();
  const query = useQuery({
    queryKey: [...KEY, status],
    queryFn: () => api<Udbud[]>(`/api/admin/marked/udbud${status ? `?status=${status}` : ""}`),
  });
  return (
    <>
      <h2>{t("markedAdmin.udbud.heading")}</h2>
      <p className="ju-prose">{t("markedAdmin.udbud.lead")}</p>
      {behandlet ? (
        <Receipt
          key={`${behandlet.udbud.id}-${behandlet.beslutning}`}
          heading={t(`markedAdmin.udbud.receipt.${behandlet.beslutning}`)}
          testId={ids.udbud.receipt}
        >
          <p>{t(`markedAdmin.udbud.receiptTekst.${behandlet.beslutning}`, { titel: behandlet.udbud.titel })}</p>
        </Receipt>
      ) : null}
      <SelectField
        id="admin-offers-status"
        label={t("markedAdmin.udbud.statusFilter")}
        value={status}
        onChange={(v) => {
          setAaben(undefined);
          setStatus(UDBUD_STATUS.find((s) => s === v) ?? "");
        }}
        testId={ids.udbud.statusFilter}
        placeholder={t("markedAdmin.udbud.alle")}
        options={UDBUD_STATUS.map((s) => ({ value: s, label: k.status(s) }))}
      />
      <QueryView query={query}>
        {(rows) =>
          rows.length ? (
            <DataTable
              captionId="admin-offers-caption"
              caption={t("markedAdmin.udbud.caption", { count: rows.length })}
              testId={ids.udbud.table}
              columns={[
                t("markedAdmin.udbud.titel"),
                t("markedAdmin.udbud.leverandoer"),
                t("markedAdmin.udbud.art"),
                t("markedAdmin.udbud.status"),
                t("markedAdmin.udbud.opdateret"),
                t("markedAdmin.udbud.handling"),
              ]}
              rows={rows}
              rowKey={(u) => u.id}
              rowTestId={ids.udbud.row}
            >
              {(u) => (
                <>
                  <th scope="row" className="weight-normal">
                    {u.titel}
                  </th>
                  <td>{u.leverandoer}</td>
                  <td>{k.art(u.art)}</td>
                  <td>
                    <span className={`badge ${STATUS_BADGE[u.status]}`}>{k.status(u.status)}</span>
                  </td>
                  <td className="ju-nowrap">{f.date(iso(u.opdateret))}</td>
                  <RowAction
                    label={t("markedAdmin.udbud.aabn")}
                    srLabel={u.titel}
                    onClick={() => {
                      setBehandlet(undefined);
                      setAaben(u.id);
                    }}
                    testId={ids.udbud.aabn(u.id)}
                  />
                </>
              )}
            </DataTable>
          ) : (
            <p className="ju-empty" data-testid={ids.udbud.empty}>
              {status
                ? t("markedAdmin.udbud.emptyStatus", { status: k.status(status).toLowerCase() })
                : t("markedAdmin.udbud.empty")}
            </p>
          )
        }
      </QueryView>
      {aaben ? (
        <UdbudDetalje
          key={aaben}
          id={aaben}
          onLuk={() => setAaben(undefined)}
          onBehandlet={(u, beslutning) => {
            setAaben(undefined);
            setBehandlet({ udbud: u, beslutning });
          }}
        />
      ) : null}
    </>
  );
}

function UdbudDetalje({
  id,
  onLuk,
  onBehandlet,
}: {
  id: string;
  onLuk: () => void;
  onBehandlet: (u: Udbud, b: Beslutning) => void;
}) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: [...KEY, "detalje", id],
    queryFn: () => api<Udbud>(`/api/admin/marked/udbud/${encodeURIComponent(id)}`),
  });
  const ref = useRef<HTMLHeadingElement>(null);
  const loaded = query.isSuccess;
  useEffect(() => {
    if (loaded) ref.current?.focus();
  }, [loaded]);
  return (
    <section className="ju-editor" aria-labelledby="admin-offer-heading" data-testid={ids.udbud.detalje}>
      <QueryView query={query}>
        {(u) => (
          <>
            <h3 id="admin-offer-heading" ref={ref} tabIndex={-1}>
              {u.titel}
            </h3>
            <UdbudDetaljer udbud={u} headingLevel={3} modulTestId={ids.udbud.moduler} />
            {u.status === "indsendt" ? (
              <Beslut udbud={u} onBehandlet={onBehandlet} onLuk={onLuk} />
            ) : (
              <div className="ju-button-row">
                <button type="button" className="button button-secondary" onClick={onLuk} data-testid={ids.udbud.luk}>
                  {t("markedAdmin.udbud.luk")}
                </button>
              </div>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Approve, or reject with a reason of at least 10 characters (the server holds the same rule). */
function Beslut({
  udbud: u,
  onBehandlet,
  onLuk,
}: {
  udbud: Udbud;
  onBehandlet: (u: Udbud, b: Beslutning) => void;
  onLuk: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [beslutning, setBeslutning] = useState<Beslutning>("godkendt");
  const [begrundelse, setBegrundelse] = useState("");
  const [local, setLocal] = useState<Problem>();
  const send = useMutation({
    mutationFn: (body: { beslutning: Beslutning; begrundelse?: string }) =>
      api<Udbud>(`/api/admin/marked/udbud/${encodeURIComponent(u.id)}/behandl`, { method: "POST", body }),
    onSuccess: async (svar, body) => {
      await queryClient.invalidateQueries({ queryKey: KEY });
      onBehandlet(svar, body.beslutning);
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (send.isPending) return;
    const tekst = begrundelse.trim();
    const fejl =
      beslutning === "afvist" && tekst.length < 10
        ? validationProblem([{ path: "body.begrundelse", message: t("markedAdmin.udbud.begrundelseFejl") }])
        : undefined;
    setLocal(fejl);
    if (fejl) return;
    send.mutate({ beslutning, ...(tekst ? { begrundelse: tekst } : {}) });
  };
  const problem = local ?? problemOf(send.error);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="admin-offer-decision-heading">
      <h3 id="admin-offer-decision-heading">{t("markedAdmin.udbud.beslutningHeading")}</h3>
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.begrundelse": "admin-offer-reason" }} /> : null}
      <fieldset className="form-group">
        <legend className="form-label">{t("markedAdmin.udbud.beslutning")}</legend>
        {(["godkendt", "afvist"] as const).map((b) => (
          <div className="form-group-radio" key={b}>
            <input
              type="radio"
              className="form-radio"
              name="decision"
              id={`admin-offer-decision-${b}`}
              value={b}
              checked={beslutning === b}
              onChange={() => setBeslutning(b)}
              data-testid={ids.udbud.beslutning(b)}
            />
            <label className="form-label" htmlFor={`admin-offer-decision-${b}`}>
              {t(`markedAdmin.udbud.beslutninger.${b}`)}
            </label>
          </div>
        ))}
      </fieldset>
      {beslutning === "afvist" ? (
        <TextArea
          id="admin-offer-reason"
          label={t("markedAdmin.udbud.begrundelse")}
          hint={t("markedAdmin.udbud.begrundelseHint")}
          error={fieldMessage(problem, ["body.begrundelse"])}
          rows={4}
          maxLength={1000}
          value={begrundelse}
          onChange={setBegrundelse}
          testId={ids.udbud.begrundelse}
        />
      ) : null}
      <div className="ju-button-row">
        <SubmitButton disabled={send.isPending} testId={ids.udbud.send}>
          {beslutning === "godkendt" ? t("markedAdmin.udbud.godkend") : t("markedAdmin.udbud.afvis")}
        </SubmitButton>
        <button type="button" className="button button-tertiary" onClick={onLuk} data-testid={ids.udbud.luk}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

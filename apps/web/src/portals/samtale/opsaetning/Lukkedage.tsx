import type { Problem } from "#contracts/errors.ts";
import { samtaleAdminIds as ids } from "#contracts/testids-samtale-admin.ts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { DataTable, RowAction } from "../../../ui/DataTable.tsx";
import { fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { TextInput } from "../../../ui/Field.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Receipt } from "../../../ui/Receipt.tsx";
import { TilfoejForm } from "./felter.tsx";
import { API, type Lukkedag, OPSAETNING_KEY, type Opsaetning } from "./types.ts";

const IDS = { dato: "closed-day-date", navn: "closed-day-name" };
const FIELD_IDS = { "body.dato": IDS.dato, "body.navn": IDS.navn };

/**
 * The days the jobcentre is closed: the municipality's own (a day between Christmas and New Year, a move), which the
 * administrator adds and removes, and the public holidays and the days public offices close, which are computed and
 * shown read-only. No conversation can be booked on any of them.
 */
export function Lukkedage({ lukkedage, helligdage }: Pick<Opsaetning, "lukkedage" | "helligdage">) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [dato, setDato] = useState("");
  const [navn, setNavn] = useState("");
  const [local, setLocal] = useState<Problem>();
  const [kvittering, setKvittering] = useState<{ art: "tilfoejet" | "fjernet"; dag: Lukkedag }>();

  const tilfoej = useMutation({
    mutationFn: () => api<Lukkedag>(`${API}/lukkedage`, { method: "POST", body: { dato, navn: navn.trim() } }),
    onSuccess: async (dag) => {
      setKvittering({ art: "tilfoejet", dag });
      setDato("");
      setNavn("");
      await queryClient.invalidateQueries({ queryKey: OPSAETNING_KEY });
    },
  });
  const fjern = useMutation({
    mutationFn: (dag: Lukkedag) => api<void>(`${API}/lukkedage/${encodeURIComponent(dag.dato)}`, { method: "DELETE" }),
    onSuccess: async (_r, dag) => {
      setKvittering({ art: "fjernet", dag });
      await queryClient.invalidateQueries({ queryKey: OPSAETNING_KEY });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (tilfoej.isPending) return;
    setKvittering(undefined);
    const errors = [
      ...(dato ? [] : [{ path: "body.dato", message: t("samtaleAdmin.lukkedage.datoMangler") }]),
      ...(navn.trim() ? [] : [{ path: "body.navn", message: t("samtaleAdmin.lukkedage.navnMangler") }]),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    tilfoej.mutate();
  };

  const problem = local ?? problemOf(tilfoej.error) ?? problemOf(fjern.error);
  const aar = [...new Set(helligdage.map((h) => h.dato.slice(0, 4)))];

  return (
    <section aria-labelledby="closed-days-heading">
      <h2 id="closed-days-heading">{t("samtaleAdmin.lukkedage.heading")}</h2>
      <p className="ju-prose">{t("samtaleAdmin.lukkedage.lead")}</p>
      {kvittering ? (
        <Receipt
          key={`${kvittering.art}-${kvittering.dag.dato}`}
          heading={
            kvittering.art === "tilfoejet"
              ? t("samtaleAdmin.lukkedage.receiptAdded")
              : t("samtaleAdmin.lukkedage.receiptRemoved")
          }
          testId={ids.receipt("lukkedage")}
        >
          <p>
            {kvittering.art === "tilfoejet"
              ? t("samtaleAdmin.lukkedage.receiptAddedText", {
                  dato: f.date(kvittering.dag.dato),
                  navn: kvittering.dag.navn,
                })
              : t("samtaleAdmin.lukkedage.receiptRemovedText", { dato: f.date(kvittering.dag.dato) })}
          </p>
        </Receipt>
      ) : null}
      <h3 id="own-closed-days-heading">{t("samtaleAdmin.lukkedage.egneHeading")}</h3>
      {lukkedage.length ? (
        <DataTable
          captionId="closed-days-caption"
          caption={t("samtaleAdmin.lukkedage.caption", { count: lukkedage.length })}
          testId={ids.lukkedage.table}
          columns={[t("samtaleAdmin.lukkedage.dato"), t("samtaleAdmin.lukkedage.navn"), t("samtaleAdmin.handling")]}
          rows={lukkedage}
          rowKey={(l) => l.dato}
          rowTestId={ids.lukkedage.row}
        >
          {(l) => (
            <>
              <th scope="row" className="weight-normal ju-nowrap">
                {f.date(l.dato)}
              </th>
              <td>{l.navn}</td>
              <RowAction
                label={t("samtaleAdmin.fjern")}
                srLabel={t("samtaleAdmin.lukkedage.fjernSr", { dato: f.date(l.dato) })}
                disabled={fjern.isPending}
                onClick={() => fjern.mutate(l)}
                testId={ids.lukkedage.remove(l.dato)}
              />
            </>
          )}
        </DataTable>
      ) : (
        <p className="ju-empty" data-testid={ids.lukkedage.empty}>
          {t("samtaleAdmin.lukkedage.empty")}
        </p>
      )}
      <TilfoejForm
        legend={t("samtaleAdmin.lukkedage.tilfoejHeading")}
        problem={problem}
        fieldIds={FIELD_IDS}
        onSubmit={onSubmit}
        testId={ids.lukkedage.form}
        gem={{ label: t("samtaleAdmin.lukkedage.save"), testId: ids.lukkedage.save, pending: tilfoej.isPending }}
      >
        <div className="ju-filter-grid">
          <TextInput
            id={IDS.dato}
            type="date"
            label={t("samtaleAdmin.lukkedage.dato")}
            error={fieldMessage(problem, ["body.dato"])}
            value={dato}
            onChange={setDato}
            testId={ids.lukkedage.dato}
          />
          <TextInput
            id={IDS.navn}
            label={t("samtaleAdmin.lukkedage.navn")}
            hint={t("samtaleAdmin.lukkedage.navnHint")}
            error={fieldMessage(problem, ["body.navn"])}
            width="l"
            maxLength={100}
            value={navn}
            onChange={setNavn}
            testId={ids.lukkedage.navn}
          />
        </div>
      </TilfoejForm>
      <h3 id="holidays-heading">{t("samtaleAdmin.lukkedage.helligdageHeading")}</h3>
      <p className="ju-prose">{t("samtaleAdmin.lukkedage.helligdageLead")}</p>
      <DataTable
        captionId="holidays-caption"
        caption={t("samtaleAdmin.lukkedage.helligdageCaption", { fra: aar[0], til: aar.at(-1) })}
        testId={ids.lukkedage.helligdage}
        columns={[t("samtaleAdmin.lukkedage.dato"), t("samtaleAdmin.lukkedage.navn"), t("samtaleAdmin.lukkedage.art")]}
        rows={helligdage}
        rowKey={(h) => h.dato}
      >
        {(h) => (
          <>
            <th scope="row" className="weight-normal ju-nowrap">
              {f.date(h.dato)}
            </th>
            <td>{h.navn}</td>
            <td>{h.helligdag ? t("samtaleAdmin.lukkedage.helligdag") : t("samtaleAdmin.lukkedage.kontorerLukket")}</td>
          </>
        )}
      </DataTable>
    </section>
  );
}

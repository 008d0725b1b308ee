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
import { Alert } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { erKlokkeslaet, periodeTekst, TilfoejForm, tidspunkt } from "./felter.tsx";
import { API, type Fravaer as FravaerData, type Medarbejder, OPSAETNING_KEY } from "./types.ts";

const IDS = {
  fraDato: "absence-from-date",
  fraKl: "absence-from-time",
  tilDato: "absence-to-date",
  tilKl: "absence-to-time",
  aarsag: "absence-reason",
};
const FIELD_IDS = { "body.fra": IDS.fraDato, "body.til": IDS.tilDato, "body.aarsag": IDS.aarsag };

type Kvittering = { art: "tilfoejet"; periode: string; beroerte: number } | { art: "fjernet"; periode: string };

/**
 * A caseworker's absences (holiday, course, illness) from today on, and a form to add one: whole days by date, or
 * from and to a time of day. Citizens cannot book the caseworker while away; bookings already made in the period are
 * counted, so the administrator knows to have them moved.
 */
export function Fravaer({ medarbejder }: { medarbejder: Medarbejder }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [noegle, setNoegle] = useState(newUuid);
  const [fraDato, setFraDato] = useState("");
  const [fraKl, setFraKl] = useState("");
  const [tilDato, setTilDato] = useState("");
  const [tilKl, setTilKl] = useState("");
  const [aarsag, setAarsag] = useState("");
  const [local, setLocal] = useState<Problem>();
  const [kvittering, setKvittering] = useState<Kvittering>();
  const captionId = "absences-caption";

  const tilfoej = useMutation({
    mutationFn: () =>
      api<FravaerData & { beroerteSamtaler: number }>(
        `${API}/medarbejdere/${encodeURIComponent(medarbejder.id)}/fravaer`,
        {
          method: "POST",
          body: {
            id: noegle,
            fra: tidspunkt(fraDato, fraKl),
            til: tidspunkt(tilDato || fraDato, tilKl),
            aarsag: aarsag.trim(),
          },
        },
      ),
    onSuccess: async (r) => {
      setKvittering({ art: "tilfoejet", periode: periodeTekst(r.fra, r.til, f), beroerte: r.beroerteSamtaler });
      setNoegle(newUuid());
      setFraDato("");
      setFraKl("");
      setTilDato("");
      setTilKl("");
      setAarsag("");
      await queryClient.invalidateQueries({ queryKey: OPSAETNING_KEY });
    },
  });
  const fjern = useMutation({
    mutationFn: (fr: FravaerData) => api<void>(`${API}/fravaer/${encodeURIComponent(fr.id)}`, { method: "DELETE" }),
    onSuccess: async (_r, fr) => {
      setKvittering({ art: "fjernet", periode: periodeTekst(fr.fra, fr.til, f) });
      await queryClient.invalidateQueries({ queryKey: OPSAETNING_KEY });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (tilfoej.isPending) return;
    setKvittering(undefined);
    const errors = [
      ...(fraDato ? [] : [{ path: "body.fra", message: t("samtaleAdmin.fravaer.fraMangler") }]),
      ...(fraKl.trim() && !erKlokkeslaet(fraKl)
        ? [{ path: "body.fraKl", message: t("samtaleAdmin.fravaer.klFejl") }]
        : []),
      ...(tilKl.trim() && !erKlokkeslaet(tilKl)
        ? [{ path: "body.tilKl", message: t("samtaleAdmin.fravaer.klFejl") }]
        : []),
      ...(aarsag.trim() ? [] : [{ path: "body.aarsag", message: t("samtaleAdmin.fravaer.aarsagMangler") }]),
    ];
    setLocal(errors.length ? validationProblem(errors) : undefined);
    if (errors.length) return;
    tilfoej.mutate();
  };

  const problem = local ?? problemOf(tilfoej.error) ?? problemOf(fjern.error);

  return (
    <div>
      <h3 id="absences-heading">{t("samtaleAdmin.fravaer.heading", { navn: medarbejder.navn })}</h3>
      <p className="ju-prose">{t("samtaleAdmin.fravaer.lead")}</p>
      {kvittering ? (
        <Receipt
          key={`${kvittering.art}-${kvittering.periode}`}
          heading={
            kvittering.art === "tilfoejet"
              ? t("samtaleAdmin.fravaer.receiptAdded")
              : t("samtaleAdmin.fravaer.receiptRemoved")
          }
          testId={ids.receipt("fravaer")}
        >
          <p>{t("samtaleAdmin.fravaer.receiptText", { navn: medarbejder.navn, periode: kvittering.periode })}</p>
        </Receipt>
      ) : null}
      {kvittering?.art === "tilfoejet" && kvittering.beroerte > 0 ? (
        <Alert
          kind="warning"
          heading={t("samtaleAdmin.fravaer.beroerte", { count: kvittering.beroerte })}
          testId={ids.fravaer.warning}
          headingLevel={3}
        >
          <p>{t("samtaleAdmin.fravaer.beroerteText")}</p>
        </Alert>
      ) : null}
      {medarbejder.fravaer.length ? (
        <DataTable
          captionId={captionId}
          caption={t("samtaleAdmin.fravaer.caption", { navn: medarbejder.navn, count: medarbejder.fravaer.length })}
          testId={ids.fravaer.table}
          columns={[t("samtaleAdmin.fravaer.periode"), t("samtaleAdmin.fravaer.aarsag"), t("samtaleAdmin.handling")]}
          rows={medarbejder.fravaer}
          rowKey={(fr) => fr.id}
          rowTestId={ids.fravaer.row}
        >
          {(fr) => {
            const periode = periodeTekst(fr.fra, fr.til, f);
            return (
              <>
                <th scope="row" className="weight-normal">
                  {periode}
                </th>
                <td>{fr.aarsag}</td>
                <RowAction
                  label={t("samtaleAdmin.fjern")}
                  srLabel={t("samtaleAdmin.fravaer.fjernSr", { periode })}
                  disabled={fjern.isPending}
                  onClick={() => fjern.mutate(fr)}
                  testId={ids.fravaer.remove(fr.id)}
                />
              </>
            );
          }}
        </DataTable>
      ) : (
        <p className="ju-empty" data-testid={ids.fravaer.empty}>
          {t("samtaleAdmin.fravaer.empty", { navn: medarbejder.navn })}
        </p>
      )}
      <TilfoejForm
        legend={t("samtaleAdmin.fravaer.tilfoejHeading", { navn: medarbejder.navn })}
        problem={problem}
        fieldIds={{ ...FIELD_IDS, "body.fraKl": IDS.fraKl, "body.tilKl": IDS.tilKl }}
        onSubmit={onSubmit}
        testId={ids.fravaer.form}
        gem={{ label: t("samtaleAdmin.fravaer.save"), testId: ids.fravaer.save, pending: tilfoej.isPending }}
      >
        <p className="ju-small">{t("samtaleAdmin.fravaer.tilfoejHint")}</p>
        <div className="ju-filter-grid">
          <TextInput
            id={IDS.fraDato}
            type="date"
            label={t("samtaleAdmin.fravaer.fraDato")}
            error={fieldMessage(problem, ["body.fra"])}
            value={fraDato}
            onChange={setFraDato}
            testId={ids.fravaer.fraDato}
          />
          <TextInput
            id={IDS.fraKl}
            label={t("samtaleAdmin.fravaer.fraKl")}
            hint={t("samtaleAdmin.fravaer.klHint")}
            error={fieldMessage(problem, ["body.fraKl"])}
            width="xs"
            maxLength={5}
            value={fraKl}
            onChange={setFraKl}
            testId={ids.fravaer.fraKl}
          />
        </div>
        <div className="ju-filter-grid">
          <TextInput
            id={IDS.tilDato}
            type="date"
            label={t("samtaleAdmin.fravaer.tilDato")}
            hint={t("samtaleAdmin.fravaer.tilDatoHint")}
            error={fieldMessage(problem, ["body.til"])}
            value={tilDato}
            onChange={setTilDato}
            testId={ids.fravaer.tilDato}
          />
          <TextInput
            id={IDS.tilKl}
            label={t("samtaleAdmin.fravaer.tilKl")}
            hint={t("samtaleAdmin.fravaer.klHint")}
            error={fieldMessage(problem, ["body.tilKl"])}
            width="xs"
            maxLength={5}
            value={tilKl}
            onChange={setTilKl}
            testId={ids.fravaer.tilKl}
          />
        </div>
        <TextInput
          id={IDS.aarsag}
          label={t("samtaleAdmin.fravaer.aarsag")}
          hint={t("samtaleAdmin.fravaer.aarsagHint")}
          error={fieldMessage(problem, ["body.aarsag"])}
          width="l"
          maxLength={200}
          value={aarsag}
          onChange={setAarsag}
          testId={ids.fravaer.aarsag}
        />
      </TilfoejForm>
    </div>
  );
}

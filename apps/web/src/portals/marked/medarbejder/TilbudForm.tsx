import type { Problem } from "#contracts/errors.ts";
import { markedMedarbejderIds as ids } from "#contracts/testids-marked-medarbejder.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { FieldError, SelectField, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { todayInDenmark, useFormat } from "../../../ui/format.ts";
import { Alert } from "../../../ui/page.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { markedSagKey, Pris } from "./shared.tsx";
import { type Forslag, type Tilmelding, UDBUD_ARTER, type Udbud } from "./types.ts";

const enc = encodeURIComponent;

const FELT = {
  soeg: "assign-offer-search",
  art: "assign-offer-kind",
  valg: "assign-offer-choice",
  start: "assign-offer-start",
  slut: "assign-offer-end",
} as const;

/**
 * Assigning an offer as a formal tilbud: search the municipality's approved offers, choose one, a start date (today
 * by default) and, if the tilbud should end before the offer's own duration, an end date. The tilbud is registered on
 * the case (TILBUD_START with its weeks) and in the citizen's plan, and paid from the municipality's budget. The
 * idempotency key is made with the form, so a double click assigns once.
 */
export function TilbudForm({
  borgerId,
  forslag,
  onDone,
  onCancel,
}: {
  borgerId: string;
  /** the suggestion the form was opened from: the offer is chosen and the search shows it */
  forslag?: Forslag;
  onDone: (t: Tilmelding, u: Udbud) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const [q, setQ] = useState(forslag?.titel ?? "");
  const [art, setArt] = useState("");
  const [soegning, setSoegning] = useState({ q: forslag?.titel ?? "", art: "" });
  const [valgtId, setValgtId] = useState(forslag?.udbudId ?? "");
  const [start, setStart] = useState(todayInDenmark);
  const [slut, setSlut] = useState("");
  const [noegle] = useState(newUuid);
  const [missing, setMissing] = useState<Problem>();

  const qs = new URLSearchParams();
  if (soegning.q.trim()) qs.set("q", soegning.q.trim());
  if (soegning.art) qs.set("art", soegning.art);
  const katalog = useQuery({
    queryKey: ["markedMedarbejder", "udbud", qs.toString()],
    queryFn: () => api<Udbud[]>(`/api/medarbejder/marked/udbud${qs.size ? `?${qs}` : ""}`),
    staleTime: 60_000,
  });
  const valgt = katalog.data?.find((u) => u.id === valgtId);

  const bevilg = useMutation({
    mutationFn: ({
      body,
    }: {
      udbud: Udbud;
      body: { udbudId: string; start: string; slut?: string; idempotensnoegle: string };
    }) => api<Tilmelding>(`/api/medarbejder/borgere/${enc(borgerId)}/marked/tilbud`, { method: "POST", body }),
    onSuccess: (tilmelding, { udbud }) => {
      void queryClient.invalidateQueries({ queryKey: markedSagKey(borgerId) });
      // the case file: the timeline's TILBUD_START and the plan's new activity
      void queryClient.invalidateQueries({ queryKey: ["medarbejder", "sag", borgerId] });
      onDone(tilmelding, udbud);
    },
  });

  const soeg = (e: FormEvent) => {
    e.preventDefault();
    setSoegning({ q, art });
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (bevilg.isPending) return;
    const fejl: NonNullable<Problem["errors"]> = [];
    if (!valgt) fejl.push({ path: "body.udbudId", message: t("markedMedarbejder.assign.chooseRequired") });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start))
      fejl.push({ path: "body.start", message: t("markedMedarbejder.assign.startRequired") });
    if (slut && !/^\d{4}-\d{2}-\d{2}$/.test(slut))
      fejl.push({ path: "body.slut", message: t("markedMedarbejder.assign.endInvalid") });
    else if (slut && start && slut < start)
      fejl.push({ path: "body.slut", message: t("markedMedarbejder.assign.endBeforeStart") });
    if (fejl.length || !valgt) {
      setMissing(validationProblem(fejl));
      return;
    }
    setMissing(undefined);
    bevilg.mutate({
      udbud: valgt,
      body: { udbudId: valgt.id, start, ...(slut ? { slut } : {}), idempotensnoegle: noegle },
    });
  };

  const problem = missing ?? problemOf(bevilg.error);
  const resultater = katalog.data ?? [];
  const valgFejl = fieldMessage(problem, ["body.udbudId"]);
  const foersteValg = resultater[0] ? `${FELT.valg}-${resultater[0].id}` : FELT.soeg;
  return (
    <>
      {forslag ? (
        <p className="ju-prose">{t("markedMedarbejder.assign.fromSuggestion", { titel: forslag.titel })}</p>
      ) : null}
      {problem ? (
        <ErrorSummary
          problem={problem}
          fieldIds={{ "body.udbudId": foersteValg, "body.start": FELT.start, "body.slut": FELT.slut }}
        />
      ) : null}
      <form onSubmit={soeg} noValidate>
        <div className="ju-filter-grid">
          <TextInput
            id={FELT.soeg}
            type="search"
            label={t("markedMedarbejder.assign.search")}
            hint={t("markedMedarbejder.assign.searchHint")}
            value={q}
            onChange={setQ}
            maxLength={100}
            testId={ids.tilbud.search}
          />
          <SelectField
            id={FELT.art}
            label={t("markedMedarbejder.assign.kind")}
            value={art}
            onChange={setArt}
            placeholder={t("markedMedarbejder.assign.allKinds")}
            options={UDBUD_ARTER.map((a) => ({ value: a, label: t(`markedMedarbejder.art.${a}`) }))}
            testId={ids.tilbud.art}
          />
        </div>
        <div className="ju-button-row">
          <button type="submit" className="button button-secondary" data-testid={ids.tilbud.searchSubmit}>
            {t("markedMedarbejder.assign.searchSubmit")}
          </button>
        </div>
      </form>
      <form onSubmit={onSubmit} noValidate data-testid={ids.tilbud.form}>
        <QueryView query={katalog}>
          {() =>
            resultater.length === 0 ? (
              <p className="ju-empty" data-testid={ids.tilbud.noResults} role="status">
                {t("markedMedarbejder.assign.noResults")}
              </p>
            ) : (
              <fieldset
                className={`form-group${valgFejl ? " form-error" : ""}`}
                aria-describedby={valgFejl ? `${FELT.valg}-error` : undefined}
                data-testid={ids.tilbud.results}
              >
                <legend className="form-label">
                  {t("markedMedarbejder.assign.choose", { count: resultater.length })}
                </legend>
                {valgFejl ? <FieldError id={`${FELT.valg}-error`}>{valgFejl}</FieldError> : null}
                {resultater.map((u) => {
                  const id = `${FELT.valg}-${u.id}`;
                  return (
                    <div className="form-group-radio" key={u.id}>
                      <input
                        type="radio"
                        className="form-radio"
                        id={id}
                        name={FELT.valg}
                        checked={valgtId === u.id}
                        onChange={() => setValgtId(u.id)}
                        aria-describedby={`${id}-hint`}
                        data-testid={ids.tilbud.option(u.id)}
                      />
                      <label className="form-label" htmlFor={id}>
                        {u.titel}
                      </label>
                      <span className="form-hint" id={`${id}-hint`}>
                        {[
                          u.leverandoer,
                          t(`markedMedarbejder.art.${u.art}`),
                          t("markedMedarbejder.assign.weeks", { count: u.varighedUger }),
                        ].join(" · ")}
                        {" · "}
                        <Pris prisTokens={u.prisTokens} abonnement={u.abonnement} />
                        {u.maalgrupper.length > 0
                          ? ` · ${t("markedMedarbejder.assign.targetGroups", { grupper: u.maalgrupper.map((m) => m.navn).join(", ") })}`
                          : ""}
                        {u.naesteModul
                          ? ` · ${t("markedMedarbejder.assign.nextModule", { dato: f.date(u.naesteModul.slice(0, 10)) })}`
                          : ""}
                      </span>
                    </div>
                  );
                })}
              </fieldset>
            )
          }
        </QueryView>
        <div className="ju-filter-grid">
          <TextInput
            id={FELT.start}
            type="date"
            label={t("markedMedarbejder.assign.start")}
            hint={t("markedMedarbejder.assign.startHint")}
            error={fieldMessage(problem, ["body.start"])}
            value={start}
            onChange={setStart}
            testId={ids.tilbud.start}
          />
          <TextInput
            id={FELT.slut}
            type="date"
            label={t("markedMedarbejder.assign.end")}
            hint={
              valgt
                ? t("markedMedarbejder.assign.endHintWeeks", { count: valgt.varighedUger })
                : t("markedMedarbejder.assign.endHint")
            }
            error={fieldMessage(problem, ["body.slut"])}
            value={slut}
            onChange={setSlut}
            testId={ids.tilbud.slut}
          />
        </div>
        <Alert
          kind="info"
          heading={t("markedMedarbejder.assign.noteHeading")}
          headingLevel={3}
          testId={ids.tilbud.note}
        >
          <p>{t("markedMedarbejder.assign.note")}</p>
          <p>{t("markedMedarbejder.assign.notePaid")}</p>
        </Alert>
        <FormButtons
          submit={t("markedMedarbejder.assign.submit")}
          submitTestId={ids.tilbud.submit}
          disabled={bevilg.isPending}
          cancel={{ label: t("markedMedarbejder.assign.cancel"), testId: ids.tilbud.cancel, onClick: onCancel }}
        />
      </form>
    </>
  );
}

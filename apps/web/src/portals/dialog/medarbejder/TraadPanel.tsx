import { useEnGang } from "../../../ui/en-gang.ts";
import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Problem } from "#contracts/errors.ts";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { useSession } from "../../../api/session.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, TextArea } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Alert } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { Beskeder, FilVaelger, VenterPaa } from "../dele.tsx";
import { useIntetSvar, useMedarbejderLaest, useMedarbejderSvar, useSagTraad } from "../queries.ts";
import type { TraadDetalje, ValgtFil } from "../types.ts";
import "../dialog.css";

/** Whether the signed-in member of staff may write (caseworkers; a manager reads only). */
export function useKanSkrive() {
  const s = useSession();
  const r = s.data?.user.role;
  return r === "jobkonsulent" || r === "virksomhedskonsulent";
}

/**
 * One thread as staff see it: the messages with who read them, who it waits for and by when; a caseworker's opening
 * marks the citizen's messages as read; the reply form and "needs no answer". A manager reads only.
 */
export function TraadPanel({ id, formaal, headingLevel = 3 }: { id: string; formaal: string; headingLevel?: 2 | 3 }) {
  const q = useSagTraad(id, formaal);
  const kanSkrive = useKanSkrive();
  const laest = useMedarbejderLaest(formaal);
  const markeret = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (kanSkrive && q.data && q.data.ulaeste > 0 && markeret.current !== id) {
      markeret.current = id;
      laest.mutate(id, { onSuccess: () => q.refetch() });
    }
  }, [kanSkrive, q.data, id, laest, q]);
  return (
    <QueryView query={q}>
      {(d) => <Visning d={d} formaal={formaal} kanSkrive={kanSkrive} headingLevel={headingLevel} />}
    </QueryView>
  );
}

function Visning({
  d,
  formaal,
  kanSkrive,
  headingLevel,
}: {
  d: TraadDetalje;
  formaal: string;
  kanSkrive: boolean;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const intetSvar = useIntetSvar(formaal);
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`thread-${d.id}`} data-testid={ids.traad.page}>
      <H id={`thread-${d.id}`} className="h3" data-testid={ids.traad.heading}>
        {d.emne}
      </H>
      <p>
        <VenterPaa traad={d} side="jobcenter" testId={ids.traad.status} />
      </p>
      {d.venterPaa === "jobcenter" && d.svarfrist ? (
        <p data-testid={ids.traad.frist}>{t("dialog.medarbejder.frist", { dato: f.weekdayDate(d.svarfrist, true) })}</p>
      ) : null}
      {d.besvares?.fravaerende ? (
        <p className="ju-small" data-testid={ids.traad.fravaer}>
          {t("dialog.medarbejder.fravaer", { navn: d.besvares.sagsbehandler ?? "", team: d.besvares.team ?? "" })}
        </p>
      ) : null}
      <Beskeder
        beskeder={d.beskeder}
        side="jobcenter"
        bilagUrl={(x) => `/api/medarbejder/dialog/bilag/${x}?formaal=${encodeURIComponent(formaal)}`}
      />
      {kanSkrive ? (
        <>
          {d.venterPaa !== "ingen" ? (
            <div className="ju-button-row mt-0 mb-4">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => intetSvar.mutate(d.id)}
                disabled={intetSvar.isPending}
                data-testid={ids.traad.intetSvar}
              >
                {t("dialog.medarbejder.intetSvar")}
              </button>
            </div>
          ) : null}
          <Svar traadId={d.id} formaal={formaal} headingLevel={headingLevel === 2 ? 3 : 4} />
        </>
      ) : (
        <Alert kind="info" headingLevel={3} heading={t("dialog.medarbejder.kunLaes")} testId={ids.traad.kunLaes} />
      )}
    </section>
  );
}

function Svar({ traadId, formaal, headingLevel }: { traadId: string; formaal: string; headingLevel: 3 | 4 }) {
  const { t } = useTranslation();
  const svar = useMedarbejderSvar(traadId, formaal);
  const [tekst, setTekst] = useState("");
  const [svarOenskes, setSvarOenskes] = useState(false);
  const [filer, setFiler] = useState<ValgtFil[]>([]);
  const [lokal, setLokal] = useState<Problem>();
  const [noegle, setNoegle] = useState(newUuid);
  const [sendt, setSendt] = useState(false);
  const sender = useEnGang();
  const problem = lokal ?? problemOf(svar.error);
  const onSend = (e: FormEvent) => {
    e.preventDefault();
    if (!tekst.trim())
      return setLokal(validationProblem([{ path: "body.tekst", message: t("dialog.ny.tekstMangler") }]));
    setLokal(undefined);
    if (!sender.start()) return;
    svar.mutate(
      { tekst, filer, svarOenskes, idempotensnoegle: noegle },
      {
        onSuccess: () => {
          setSendt(true);
          setTekst("");
          setFiler([]);
          setSvarOenskes(false);
          setNoegle(newUuid());
        },
        onSettled: () => {
          sender.faerdig();
        },
      },
    );
  };
  return (
    <div className="ju-editor">
      {headingLevel === 3 ? (
        <h3 className="h4 mt-0">{t("dialog.medarbejder.svarHeading")}</h3>
      ) : (
        <h4 className="h4 mt-0">{t("dialog.medarbejder.svarHeading")}</h4>
      )}
      {sendt ? (
        <Receipt heading={t("dialog.medarbejder.sendt")} headingLevel={3} testId={ids.traad.kvittering} />
      ) : null}
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.tekst": `reply-${traadId}` }} /> : null}
      <form onSubmit={onSend} noValidate data-testid={ids.traad.svarForm}>
        <TextArea
          id={`reply-${traadId}`}
          label={t("dialog.medarbejder.svarTekst")}
          value={tekst}
          onChange={setTekst}
          rows={5}
          maxLength={5000}
          error={fieldMessage(problem, ["body.tekst"])}
          testId={ids.traad.svarTekst}
        />
        <FilVaelger
          id={`reply-files-${traadId}`}
          filer={filer}
          onChange={setFiler}
          serverFejl={problem?.errors
            ?.filter((e) => e.path.startsWith("body.bilag"))
            .map((e) => e.message)
            .join(" ")}
          testId={ids.traad.svarFiler}
        />
        <CheckboxField
          id={`reply-answer-${traadId}`}
          label={t("dialog.medarbejder.svarOenskes")}
          hint={t("dialog.medarbejder.svarOenskesHint")}
          checked={svarOenskes}
          onChange={setSvarOenskes}
          testId={ids.traad.svarOenskes}
        />
        <FormButtons
          submit={svar.isPending ? t("dialog.ny.sender") : t("dialog.medarbejder.send")}
          submitTestId={ids.traad.send}
          disabled={svar.isPending}
        />
      </form>
    </div>
  );
}

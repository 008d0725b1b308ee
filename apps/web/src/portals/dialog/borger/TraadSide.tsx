import { useEnGang } from "../../../ui/en-gang.ts";
import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Problem } from "#contracts/errors.ts";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { TextArea } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { Beskeder, FilVaelger, VenterPaa } from "../dele.tsx";
import { useBorgerLaest, useBorgerSvar, useMinTraad } from "../queries.ts";
import type { TraadDetalje, ValgtFil } from "../types.ts";
import { BesvaresAf } from "./DialogListe.tsx";
import "../dialog.css";

/** /borger/dialog/:id: one thread with its messages, who it waits for, and the reply form. */
export function TraadSide() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const q = useMinTraad(id);
  const laest = useBorgerLaest(id);
  const markeret = useRef(false);
  useEffect(() => {
    if (q.data && q.data.ulaeste > 0 && !markeret.current) {
      markeret.current = true;
      laest.mutate();
    }
  }, [q.data, laest]);
  return (
    <div data-testid={ids.traad.page}>
      <BackLink to="/borger/dialog">{t("dialog.traad.tilbage")}</BackLink>
      <QueryView query={q}>{(d) => <Traad traad={d} />}</QueryView>
    </div>
  );
}

function Traad({ traad: d }: { traad: TraadDetalje }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <PageHeading testId={ids.traad.heading}>{d.emne}</PageHeading>
      <p>
        <VenterPaa traad={d} side="borger" testId={ids.traad.status} />
      </p>
      {d.venterPaa === "jobcenter" && d.svarfrist ? (
        <p data-testid={ids.traad.frist}>
          {d.overskredet ? t("dialog.forsinket") : t("dialog.frist", { dato: f.weekdayDate(d.svarfrist, true) })}
        </p>
      ) : null}
      {d.besvares ? (
        <BesvaresAf besvares={d.besvares} jobcenter={d.jobcenter ?? null} testId={ids.traad.fravaer} />
      ) : null}
      <h2 className="h3">{t("dialog.traad.beskeder")}</h2>
      <Beskeder beskeder={d.beskeder} side="borger" bilagUrl={(x) => `/api/borger/dialog/bilag/${x}`} />
      <Svar traadId={d.id} />
    </>
  );
}

/** The reply form; after sending, the receipt (and the thread above shows the message). */
function Svar({ traadId }: { traadId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const svar = useBorgerSvar(traadId);
  const [tekst, setTekst] = useState("");
  const [filer, setFiler] = useState<ValgtFil[]>([]);
  const [lokal, setLokal] = useState<Problem>();
  const [noegle, setNoegle] = useState(newUuid);
  const sender = useEnGang();
  const [sendt, setSendt] = useState<TraadDetalje>();
  const problem = lokal ?? problemOf(svar.error);
  const onSend = (e: FormEvent) => {
    e.preventDefault();
    if (!tekst.trim())
      return setLokal(validationProblem([{ path: "body.tekst", message: t("dialog.ny.tekstMangler") }]));
    setLokal(undefined);
    if (!sender.start()) return;
    svar.mutate(
      { tekst, filer, idempotensnoegle: noegle },
      {
        onSuccess: (r) => {
          setSendt(r);
          setTekst("");
          setFiler([]);
          setNoegle(newUuid());
        },
        onSettled: () => {
          sender.faerdig();
        },
      },
    );
  };
  return (
    <section className="ju-editor" aria-labelledby="reply-heading">
      <h2 id="reply-heading" className="h3">
        {t("dialog.traad.svarHeading")}
      </h2>
      {sendt ? (
        <Receipt heading={t("dialog.traad.sendt")} testId={ids.traad.kvittering}>
          {sendt.svarfrist ? <p>{t("dialog.frist", { dato: f.weekdayDate(sendt.svarfrist, true) })}</p> : null}
        </Receipt>
      ) : null}
      {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.tekst": "reply-text" }} /> : null}
      <form onSubmit={onSend} noValidate data-testid={ids.traad.svarForm}>
        <TextArea
          id="reply-text"
          label={t("dialog.traad.svarTekst")}
          value={tekst}
          onChange={setTekst}
          rows={5}
          maxLength={5000}
          error={fieldMessage(problem, ["body.tekst"])}
          testId={ids.traad.svarTekst}
        />
        <FilVaelger
          id="reply-files"
          filer={filer}
          onChange={setFiler}
          serverFejl={problem?.errors
            ?.filter((e) => e.path.startsWith("body.bilag"))
            .map((e) => e.message)
            .join(" ")}
          testId={ids.traad.svarFiler}
        />
        <FormButtons
          submit={svar.isPending ? t("dialog.ny.sender") : t("dialog.traad.send")}
          submitTestId={ids.traad.send}
          disabled={svar.isPending}
        />
      </form>
    </section>
  );
}

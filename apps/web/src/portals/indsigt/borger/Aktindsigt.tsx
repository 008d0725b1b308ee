import type { Problem } from "#contracts/errors.ts";
import { indsigtIds as ids } from "#contracts/testids-indsigt.ts";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ProblemError, localProblem, validationProblem } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { FieldError } from "../../../ui/Field.tsx";
import { TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { useBorgerMig } from "../../borger/queries.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { punktPdfUrl, useAnmod, useAnmodninger, useFrist } from "../queries.ts";
import { type Anmodning, henvisningTekst } from "../types.ts";

const FELTER = {
  "body.oenske": "access-request-what",
  "body.periodeFra": "access-request-from",
  "body.periodeTil": "access-request-to",
};

/** The state of a request in words: answered, delayed (with a letter), overdue, or being processed. */
export function useTilstandTekst() {
  const { t } = useTranslation();
  return (a: Anmodning) =>
    a.tilstand === "besvaret"
      ? t("indsigt.request.state.besvaret")
      : a.tilstand === "overskredet"
        ? t("indsigt.request.state.overskredet")
        : a.status === "udsat"
          ? t("indsigt.request.state.udsat")
          : t("indsigt.request.state.aaben");
}

export const tilstandBadge = (a: Anmodning) =>
  a.tilstand === "besvaret" ? "badge-success" : a.tilstand === "overskredet" ? "badge-error" : "badge-info";

/**
 * Aktindsigt: the citizen's requests with their deadline (and expected date after a letter about a delay) and answers,
 * and a new request: what, an optional period and how, with a summary (showing the deadline and its rule) before it
 * is sent and a receipt after.
 */
export function Aktindsigt() {
  const { t } = useTranslation();
  const f = useFormat();
  const anmodninger = useAnmodninger();
  const mig = useBorgerMig();
  const jobcenter = mig.data?.jobcenter?.navn ?? t("indsigt.request.heading");
  const tilstand = useTilstandTekst();
  return (
    <div data-testid={ids.aktindsigt.page}>
      <BackLink to="/borger/sag">{t("indsigt.case.heading")}</BackLink>
      <PageHeading>{t("indsigt.request.heading")}</PageHeading>
      <p className="font-lead">{t("indsigt.request.intro", { jobcenter })}</p>
      <NyAnmodning jobcenter={jobcenter} />
      <h2>{t("indsigt.request.mine")}</h2>
      <QueryView query={anmodninger}>
        {(liste) =>
          liste.length === 0 ? (
            <p>{t("indsigt.request.none")}</p>
          ) : (
            <ul className="nobullet-list" data-testid={ids.aktindsigt.liste}>
              {liste.map((a) => (
                <li
                  key={a.id}
                  className="mb-5 pb-4"
                  style={{ borderBottom: "1px solid #bfbfbf" }}
                  data-testid={ids.aktindsigt.anmodning(a.id)}
                >
                  <h3 className="h5 mt-0 mb-2">{a.oenske}</h3>
                  <p className="mb-2">
                    <span className={`badge ${tilstandBadge(a)}`} data-testid={ids.aktindsigt.status(a.id)}>
                      {tilstand(a)}
                    </span>
                  </p>
                  <Facts
                    items={[
                      [t("indsigt.request.received"), f.date(a.modtaget)],
                      [
                        a.status === "udsat" ? t("indsigt.request.expected") : t("indsigt.request.deadline"),
                        <span key="frist" data-testid={ids.aktindsigt.frist(a.id)}>
                          {f.date(a.svarSenest)}
                          {a.status === "udsat" ? (
                            <span className="d-block ju-small">
                              {t("indsigt.request.originalDeadline", { dato: f.date(a.frist) })}
                            </span>
                          ) : null}
                        </span>,
                      ],
                      [t("indsigt.request.rule"), a.regel.henvisninger.map(henvisningTekst).join("; ")],
                    ]}
                  />
                  {a.udsaettelser.map((u) => (
                    <div key={u.id} className="mt-3">
                      <p className="mb-1 weight-semibold">{t("indsigt.request.delayLetter")}</p>
                      <p className="mb-1">{u.begrundelse}</p>
                      <a className="function-link" href={punktPdfUrl("dokument", u.dokumentId)} download>
                        {t("indsigt.request.delayPdf")}
                      </a>
                    </div>
                  ))}
                  {a.svar ? (
                    <div className="mt-3" data-testid={ids.aktindsigt.svar(a.id)}>
                      <p className="mb-1 weight-semibold">{t(`indsigt.request.outcome.${a.svar.udfald}`)}</p>
                      <p className="mb-1" style={{ whiteSpace: "pre-wrap" }}>
                        {a.svar.tekst}
                      </p>
                      <a className="function-link" href={punktPdfUrl("dokument", a.svar.dokumentId)} download>
                        {t("indsigt.request.answerPdf")}
                      </a>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}

function NyAnmodning({ jobcenter }: { jobcenter: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const frist = useFrist();
  const anmod = useAnmod();
  const [trin, setTrin] = useState<"udfyld" | "tjek" | "kvittering">("udfyld");
  const [oenske, setOenske] = useState("");
  const [fra, setFra] = useState("");
  const [til, setTil] = useState("");
  const [form, setForm] = useState<"minside" | "post">("minside");
  const [problem, setProblem] = useState<Problem | null>(null);
  const noegle = useRef(newUuid());

  const fejl = (sti: string) => problem?.errors?.find((e) => e.path === sti)?.message;

  function videre(e: React.FormEvent) {
    e.preventDefault();
    const errs: { path: string; message: string }[] = [];
    if (!oenske.trim()) errs.push({ path: "body.oenske", message: t("indsigt.request.whatRequired") });
    if (fra && til && fra > til) errs.push({ path: "body.periodeTil", message: t("indsigt.request.periodOrder") });
    if (errs.length) {
      setProblem(validationProblem(errs));
      return;
    }
    setProblem(null);
    setTrin("tjek");
  }

  function send(e: React.FormEvent) {
    e.preventDefault();
    anmod.mutate(
      {
        oenske: oenske.trim(),
        ...(fra ? { periodeFra: fra } : {}),
        ...(til ? { periodeTil: til } : {}),
        form,
        idempotensnoegle: noegle.current,
      },
      {
        onSuccess: () => setTrin("kvittering"),
        onError: (err) => {
          setProblem(err instanceof ProblemError ? err.problem : localProblem("INTERNAL"));
          setTrin("udfyld");
        },
      },
    );
  }

  function forfra() {
    noegle.current = newUuid();
    setOenske("");
    setFra("");
    setTil("");
    setForm("minside");
    anmod.reset();
    setTrin("udfyld");
  }

  if (trin === "kvittering" && anmod.data) {
    const a = anmod.data;
    return (
      <div className="mb-6">
        <Receipt heading={t("indsigt.request.receipt")} headingLevel={2} testId={ids.aktindsigt.kvittering}>
          <p className="alert-text">
            {t("indsigt.request.receiptText", {
              jobcenter,
              modtaget: f.dateTime(a.modtaget),
              frist: f.date(a.frist),
            })}
          </p>
        </Receipt>
        <p>
          <button type="button" className="button button-secondary" onClick={forfra} data-testid={ids.aktindsigt.ny}>
            {t("indsigt.request.new")}
          </button>
        </p>
      </div>
    );
  }

  if (trin === "tjek") {
    return (
      <form className="mb-6" onSubmit={send} data-testid={ids.aktindsigt.opsummering} noValidate>
        <h2>{t("indsigt.request.summary")}</h2>
        <p>{t("indsigt.request.summaryIntro", { jobcenter })}</p>
        <Facts
          items={[
            [t("indsigt.request.what"), oenske.trim()],
            [t("indsigt.request.period"), fra || til ? `${fra ? f.date(fra) : "…"} – ${til ? f.date(til) : "…"}` : ""],
            [
              t("indsigt.request.how"),
              form === "minside" ? t("indsigt.request.howMinside") : t("indsigt.request.howPost"),
            ],
          ]}
        />
        {frist.data ? (
          <div className="alert alert-info mt-4" data-testid={ids.aktindsigt.opsummeringFrist}>
            <div className="alert-body">
              <p className="alert-heading">
                {t("indsigt.request.summaryDeadline", { dato: f.date(frist.data.frist) })}
              </p>
              <p className="alert-text">
                {frist.data.regel.titel} ({frist.data.regel.henvisninger.map(henvisningTekst).join("; ")})
              </p>
            </div>
          </div>
        ) : null}
        <FormButtons
          submit={t("indsigt.request.send")}
          submitTestId={ids.aktindsigt.send}
          disabled={anmod.isPending}
          cancel={{
            label: t("indsigt.request.back"),
            testId: ids.aktindsigt.tilbage,
            onClick: () => setTrin("udfyld"),
          }}
        />
      </form>
    );
  }

  return (
    <form className="mb-6" onSubmit={videre} data-testid={ids.aktindsigt.form} noValidate>
      {problem ? <ErrorSummary problem={problem} fieldIds={FELTER} /> : null}
      <TextArea
        id="access-request-what"
        label={t("indsigt.request.what")}
        hint={t("indsigt.request.whatHint")}
        error={fejl("body.oenske")}
        value={oenske}
        onChange={setOenske}
        rows={4}
        maxLength={4000}
        testId={ids.aktindsigt.oenske}
      />
      <fieldset>
        <legend className="form-label">{t("indsigt.request.period")}</legend>
        <TextInput
          id="access-request-from"
          type="date"
          label={t("indsigt.request.from")}
          value={fra}
          onChange={setFra}
          error={fejl("body.periodeFra")}
          testId={ids.aktindsigt.fra}
        />
        <TextInput
          id="access-request-to"
          type="date"
          label={t("indsigt.request.to")}
          value={til}
          onChange={setTil}
          error={fejl("body.periodeTil")}
          testId={ids.aktindsigt.til}
        />
      </fieldset>
      <fieldset className="mt-4">
        <legend className="form-label">{t("indsigt.request.how")}</legend>
        {fejl("body.form") ? <FieldError>{fejl("body.form")}</FieldError> : null}
        <div className="form-group-radio">
          <input
            id="access-request-how-minside"
            className="form-radio"
            type="radio"
            name="access-request-how"
            checked={form === "minside"}
            onChange={() => setForm("minside")}
            data-testid={ids.aktindsigt.formMinside}
          />
          <label className="form-label" htmlFor="access-request-how-minside">
            {t("indsigt.request.howMinside")}
          </label>
        </div>
        <div className="form-group-radio">
          <input
            id="access-request-how-post"
            className="form-radio"
            type="radio"
            name="access-request-how"
            checked={form === "post"}
            onChange={() => setForm("post")}
            data-testid={ids.aktindsigt.formPost}
          />
          <label className="form-label" htmlFor="access-request-how-post">
            {t("indsigt.request.howPost")}
          </label>
        </div>
      </fieldset>
      <FormButtons submit={t("indsigt.request.continue")} submitTestId={ids.aktindsigt.videre} />
    </form>
  );
}

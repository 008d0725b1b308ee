import type { Problem } from "#contracts/errors.ts";
import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api, problemOf, validationProblem } from "../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../ui/ErrorSummary.tsx";
import { Field } from "../../ui/Field.tsx";
import { useFormat } from "../../ui/format.ts";
import { Alert, PageHeading } from "../../ui/page.tsx";
import { klokken } from "./tid.ts";

/** What the reception's screen may show: no name and no case data, only the time, the room and a first name. */
interface CheckinSvar {
  tjekketInd: true;
  start: string;
  lokale: string | null;
  medarbejder: string;
}

const KODE = "checkin-code";
const KODE_TEGN = /^[A-Za-z0-9\s\-\u2010-\u2015\u2212]*$/;

/**
 * The reception's check-in (/checkin, no login): the citizen types the 6-character code from the letter or the
 * receipt, or scans the letter's QR code, which opens this page with `?k=<kommunekode>&kode=<code>`. The kiosk in the
 * reception is set up with its municipality's `k`. On success: the time, the room and the caseworker's first name.
 */
export function Checkin() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params] = useSearchParams();
  const kommunekode = params.get("k") ?? "";
  const gyldigKommune = /^\d{4}$/.test(kommunekode);
  const [kode, setKode] = useState(params.get("kode") ?? "");
  const [mangler, setMangler] = useState<Problem>();
  const checkin = useMutation({
    mutationFn: (body: { kommunekode: string; kode: string }) =>
      api<CheckinSvar>("/api/offentlig/checkin", { method: "POST", body }),
  });
  const okRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (checkin.isSuccess) okRef.current?.focus();
  }, [checkin.isSuccess]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (checkin.isPending) return;
    const renset = kode.replace(/[\s\-\u2010-\u2015\u2212]/g, "");
    if (renset.length !== 6 || !KODE_TEGN.test(kode)) {
      setMangler(validationProblem([{ path: "body.kode", message: t("samtaleBorger.checkin.kodeForkert") }]));
      return;
    }
    setMangler(undefined);
    checkin.mutate({ kommunekode, kode: renset.toUpperCase() });
  };
  const forfra = () => {
    checkin.reset();
    setKode("");
    setMangler(undefined);
    window.setTimeout(() => document.getElementById(KODE)?.focus(), 0);
  };

  const problem = mangler ?? problemOf(checkin.error);
  return (
    <div data-testid={ids.checkin.page} className="ju-prose">
      <PageHeading>{t("samtaleBorger.checkin.heading")}</PageHeading>
      {!gyldigKommune ? (
        <Alert kind="warning" heading={t("samtaleBorger.checkin.manglerKommune")} testId={ids.checkin.manglerKommune}>
          <p>{t("samtaleBorger.checkin.manglerKommuneTekst")}</p>
        </Alert>
      ) : checkin.isSuccess ? (
        <div ref={okRef} tabIndex={-1} className="ju-receipt" data-testid={ids.checkin.ok}>
          <Alert kind="success" heading={t("samtaleBorger.checkin.ok")}>
            <p className="font-lead">
              {t("samtaleBorger.checkin.okTekst", {
                tid: klokken(checkin.data.start, f.lang),
                navn: checkin.data.medarbejder,
              })}
            </p>
            {checkin.data.lokale ? (
              <p className="font-lead">{t("samtaleBorger.checkin.lokale", { lokale: checkin.data.lokale })}</p>
            ) : null}
            <p>{t("samtaleBorger.checkin.vent")}</p>
          </Alert>
          <p className="mt-6">
            <button type="button" className="button button-secondary" onClick={forfra} data-testid={ids.checkin.again}>
              {t("samtaleBorger.checkin.igen")}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p className="font-lead">{t("samtaleBorger.checkin.lead")}</p>
          {problem ? (
            <ErrorSummary key={checkin.submittedAt} problem={problem} fieldIds={{ "body.kode": KODE }} />
          ) : null}
          <form onSubmit={onSubmit} noValidate data-testid={ids.checkin.form}>
            <Field
              id={KODE}
              label={t("samtaleBorger.checkin.kode")}
              hint={t("samtaleBorger.checkin.kodeHint")}
              error={fieldMessage(problem, ["body.kode"])}
            >
              {(props) => (
                <input
                  {...props}
                  className="form-input input-width-s"
                  style={{ fontSize: "3.2rem", letterSpacing: "0.3em", textTransform: "uppercase", height: "auto" }}
                  type="text"
                  autoComplete="off"
                  autoCapitalize="characters"
                  spellCheck={false}
                  maxLength={12}
                  value={kode}
                  onChange={(e) => setKode(e.target.value)}
                  data-testid={ids.checkin.kode}
                />
              )}
            </Field>
            <div className="ju-button-row">
              <button
                type="submit"
                className="button button-primary button-large"
                disabled={checkin.isPending}
                data-testid={ids.checkin.submit}
              >
                {t("samtaleBorger.checkin.submit")}
              </button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

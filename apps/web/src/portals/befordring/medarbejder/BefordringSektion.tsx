import { befordringIds as ids } from "#contracts/testids-befordring.ts";
import type { Problem } from "#contracts/errors.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { CheckboxField, FieldError, TextArea, TextInput } from "../../../ui/Field.tsx";
import { Facts } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { type Ansoegning, useAfgoer, useSagsliste } from "../api.ts";
import { statusKlasse, useBefordringFormat } from "../dele.tsx";

/**
 * The caseworker's view of transport claims (tab Selvbetjening): the claims to decide first, each with its distance
 * and how it was found, the computation and the rule; approve or reject with a reason, and correct the distance with
 * a reason. Reading the list is logged with the purpose the caseworker gave.
 */
export function BefordringSektion({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const query = useSagsliste(borgerId, formaal);
  return (
    <section aria-labelledby="caseworker-transport-heading" data-testid={ids.sektion.section}>
      <h2 id="caseworker-transport-heading">{t("befordring.sektion.heading")}</h2>
      <QueryView query={query}>
        {(d) =>
          d.ansoegninger.length === 0 ? (
            <p className="ju-empty" data-testid={ids.sektion.tom}>
              {t("befordring.sektion.tom")}
            </p>
          ) : (
            <ul className="nobullet-list">
              {d.ansoegninger.map((c) => (
                <li key={c.id} className="mb-5">
                  <Sag ansoegning={c} borgerId={borgerId} formaal={formaal} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}

function Sag({ ansoegning: c, borgerId, formaal }: { ansoegning: Ansoegning; borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  const kommune = [c.afstand.fra, c.afstand.til].find((s) => s.kilde === "kommune");
  return (
    <article className="ju-card" aria-labelledby={`cw-claim-${c.id}`} data-testid={ids.sektion.ansoegning(c.id)}>
      <h3 className="ju-card-heading h5" id={`cw-claim-${c.id}`}>
        {c.aktivitet.titel} · {c.kvitteringsnr}
      </h3>
      <p className="mt-0">
        <span className={statusKlasse(c.status)} data-testid={ids.sektion.status(c.id)}>
          {f.status(c.status)}
        </span>
      </p>
      <Facts
        items={[
          [t("befordring.sektion.indsendt"), f.dateTime(c.indsendt)],
          [t("befordring.sektion.dage"), c.dage.map((d) => f.date(d)).join(", ")],
          [
            t("befordring.sektion.afstand"),
            <span key="a" data-testid={ids.sektion.afstand(c.id)}>
              {t("befordring.sektion.afstandTekst", {
                km: f.km(c.enkeltturHm),
                fra: `${c.afstand.fra.postnr} ${c.afstand.fra.bynavn}`,
                til: `${c.afstand.til.postnr} ${c.afstand.til.bynavn}`,
              })}
              <span className="d-block ju-small">
                {t("befordring.sektion.metode", {
                  luft: f.number(c.afstand.luftlinjeKm, 1),
                  faktor: f.number(c.afstand.vejfaktor, 1),
                })}
                {kommune ? t("befordring.sektion.metodeKommune", { postnr: kommune.postnr }) : ""}
              </span>
              {c.rettetHm !== null ? (
                <span className="d-block">
                  {t("befordring.sektion.afstandRettet", { km: f.km(c.rettetHm), begrundelse: c.rettetBegrundelse })}
                </span>
              ) : null}
            </span>,
          ],
          [
            t("befordring.sektion.beloeb"),
            <span key="b" data-testid={ids.sektion.beloeb(c.id)}>
              {t("befordring.sektion.beloebTekst", {
                beregnet: f.kroner(c.beregning.beregnetOere),
                udbetales: f.kroner(c.godkendtOere ?? c.beloebOere),
              })}
            </span>,
          ],
          [t("befordring.sektion.regel"), c.regler.map((r) => `${r.titel} (${r.henvisning})`).join("; ")],
        ]}
      />
      {c.status === "indsendt" ? (
        <Afgoer ansoegning={c} borgerId={borgerId} formaal={formaal} />
      ) : (
        <div data-testid={ids.sektion.afgoerelse(c.id)}>
          <h4 className="h6 mb-0">{t("befordring.sektion.afgoerelse")}</h4>
          <p className="mt-0 ju-prose">{c.afgoerelse}</p>
          <p className="ju-small">
            {t("befordring.sektion.afgjortAf", {
              navn: c.afgjortAf ?? "",
              tid: c.afgjort ? f.dateTime(c.afgjort) : "",
            })}
          </p>
        </div>
      )}
    </article>
  );
}

function Afgoer({ ansoegning: c, borgerId, formaal }: { ansoegning: Ansoegning; borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const afgoer = useAfgoer(borgerId, formaal);
  const [beslutning, setBeslutning] = useState<"" | "godkendt" | "afvist">("");
  const [begrundelse, setBegrundelse] = useState("");
  const [ret, setRet] = useState(false);
  const [km, setKm] = useState("");
  const [kmBegrundelse, setKmBegrundelse] = useState("");
  const [lokal, setLokal] = useState<Problem>();
  const [gemt, setGemt] = useState(false);
  const problem = lokal ?? problemOf(afgoer.error);
  const id = c.id;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const fejl: { path: string; message: string }[] = [];
    if (!beslutning) fejl.push({ path: "body.beslutning", message: t("befordring.sektion.vaelg") });
    const tal = Number(km.replace(",", "."));
    if (ret && (!km.trim() || !Number.isFinite(tal) || tal < 0))
      fejl.push({ path: "body.afstandKm", message: t("befordring.sektion.kmFejl") });
    if (fejl.length > 0 || !beslutning) {
      setLokal(validationProblem(fejl));
      return;
    }
    setLokal(undefined);
    afgoer.mutate(
      {
        id,
        beslutning,
        ...(begrundelse.trim() ? { begrundelse: begrundelse.trim() } : {}),
        ...(ret ? { afstandKm: tal, afstandBegrundelse: kmBegrundelse.trim() } : {}),
      },
      { onSuccess: () => setGemt(true) },
    );
  };
  if (gemt) return <Receipt heading={t("befordring.sektion.afgoerelse")} headingLevel={3} />;
  const beslutningFejl = fieldMessage(problem, ["body.beslutning"]);
  return (
    <form onSubmit={onSubmit} noValidate data-testid={ids.sektion.form(id)}>
      {problem ? (
        <ErrorSummary
          problem={problem}
          fieldIds={{
            "body.beslutning": `decision-${id}-godkendt`,
            "body.begrundelse": `decision-${id}-reason`,
            "body.afstandKm": `decision-${id}-km`,
            "body.afstandBegrundelse": `decision-${id}-km-reason`,
          }}
        />
      ) : null}
      <fieldset className={`form-group${beslutningFejl ? " form-error" : ""}`}>
        <legend className="form-label">{t("befordring.sektion.beslutning")}</legend>
        {beslutningFejl ? <FieldError>{beslutningFejl}</FieldError> : null}
        {(["godkendt", "afvist"] as const).map((b) => (
          <div className="form-group-radio" key={b}>
            <input
              type="radio"
              className="form-radio"
              name={`decision-${id}`}
              id={`decision-${id}-${b}`}
              checked={beslutning === b}
              onChange={() => setBeslutning(b)}
              data-testid={b === "godkendt" ? ids.sektion.godkend(id) : ids.sektion.afvis(id)}
            />
            <label className="form-label" htmlFor={`decision-${id}-${b}`}>
              {b === "godkendt" ? t("befordring.sektion.godkend") : t("befordring.sektion.afvis")}
            </label>
          </div>
        ))}
      </fieldset>
      <TextArea
        id={`decision-${id}-reason`}
        label={t("befordring.sektion.begrundelse")}
        hint={t("befordring.sektion.begrundelseHint")}
        error={fieldMessage(problem, ["body.begrundelse"])}
        value={begrundelse}
        onChange={setBegrundelse}
        rows={3}
        maxLength={1000}
        testId={ids.sektion.begrundelse(id)}
      />
      <CheckboxField
        id={`decision-${id}-correct`}
        label={t("befordring.sektion.retAfstand")}
        checked={ret}
        onChange={setRet}
        testId={ids.sektion.retAfstand(id)}
      />
      {ret ? (
        <>
          <TextInput
            id={`decision-${id}-km`}
            label={t("befordring.sektion.afstandKm")}
            error={fieldMessage(problem, ["body.afstandKm"])}
            value={km}
            onChange={setKm}
            width="xs"
            maxLength={6}
            testId={ids.sektion.afstandKm(id)}
          />
          <TextInput
            id={`decision-${id}-km-reason`}
            label={t("befordring.sektion.afstandBegrundelse")}
            error={fieldMessage(problem, ["body.afstandBegrundelse"])}
            value={kmBegrundelse}
            onChange={setKmBegrundelse}
            maxLength={500}
            testId={ids.sektion.afstandBegrundelse(id)}
          />
        </>
      ) : null}
      <div className="ju-button-row">
        <button
          type="submit"
          className="button button-primary"
          aria-disabled={afgoer.isPending || undefined}
          data-testid={ids.sektion.gem(id)}
        >
          {afgoer.isPending ? t("befordring.sektion.gemmer") : t("befordring.sektion.gem")}
        </button>
      </div>
    </form>
  );
}

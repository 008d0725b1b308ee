import type { Problem } from "#contracts/errors.ts";
import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { TextArea } from "../../../ui/Field.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { QueryView } from "../../common/QueryView.tsx";
import type { Aftale, BorgerReferat, Samtale } from "../types.ts";
import { useKommenter, useReferat } from "./queries.ts";

const KOMMENTAR = "minutes-comment";

/**
 * The approved minutes of an earlier conversation as the caseworker approved them, the agreements (who does what by
 * when), and the citizen's comments, which become part of the case.
 */
export function ReferatVisning({ samtale }: { samtale: Samtale }) {
  const { t } = useTranslation();
  const f = useFormat();
  const query = useReferat(samtale.id);
  return (
    <div data-testid={ids.referat.view}>
      <BackLink to="/borger/samtaler">{t("samtaleBorger.booking.tilbage")}</BackLink>
      <PageHeading testId={ids.referat.heading}>
        {t("samtaleBorger.referat.heading", {
          navn: samtale.moedetype.navn.toLowerCase(),
          dato: f.date(samtale.start),
        })}
      </PageHeading>
      <QueryView query={query}>
        {(r) => (
          <>
            <p className="font-lead">
              {r.godkendtAf
                ? t("samtaleBorger.referat.godkendtAf", { navn: r.godkendtAf, dato: f.date(r.godkendt) })
                : t("samtaleBorger.referat.godkendt", { dato: f.date(r.godkendt) })}
            </p>
            <section aria-labelledby="minutes-text-heading">
              <h2 id="minutes-text-heading">{t("samtaleBorger.referat.tekst")}</h2>
              <div className="ju-note-text ju-prose" data-testid={ids.referat.tekst}>
                {r.tekst}
              </div>
            </section>
            <Aftaler aftaler={r.aftaler} />
            <Kommentarer samtaleId={samtale.id} referat={r} />
          </>
        )}
      </QueryView>
    </div>
  );
}

function Aftaler({ aftaler }: { aftaler: Aftale[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section aria-labelledby="minutes-agreements-heading">
      <h2 id="minutes-agreements-heading">{t("samtaleBorger.referat.aftaler")}</h2>
      {aftaler.length === 0 ? (
        <p>{t("samtaleBorger.referat.ingenAftaler")}</p>
      ) : (
        <ul data-testid={ids.referat.aftaler}>
          {aftaler.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the agreements are a fixed list in the approved minutes
            <li key={i}>
              <span className="weight-semibold">{a.hvem}:</span> {a.hvad}
              {a.frist ? (
                <> – {t("samtaleBorger.referat.senest", { dato: f.date(a.frist) })}</>
              ) : a.fristTekst ? (
                <> – {a.fristTekst}</>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The citizen's comments and a form to add one; one idempotency key per comment, renewed after each one sent. */
function Kommentarer({ samtaleId, referat }: { samtaleId: string; referat: BorgerReferat }) {
  const { t } = useTranslation();
  const f = useFormat();
  const kommenter = useKommenter(samtaleId);
  const [tekst, setTekst] = useState("");
  const [noegle, setNoegle] = useState(newUuid);
  const [mangler, setMangler] = useState<Problem>();
  const [sendt, setSendt] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (kommenter.isPending) return;
    if (!tekst.trim()) {
      setMangler(validationProblem([{ path: "body.tekst", message: t("samtaleBorger.referat.kommentarMangler") }]));
      return;
    }
    setMangler(undefined);
    setSendt(false);
    kommenter.mutate(
      { tekst: tekst.trim(), idempotensnoegle: noegle },
      {
        onSuccess: () => {
          setTekst("");
          setNoegle(newUuid());
          setSendt(true);
        },
      },
    );
  };
  const problem = mangler ?? problemOf(kommenter.error);
  return (
    <section aria-labelledby="minutes-comments-heading">
      <h2 id="minutes-comments-heading">{t("samtaleBorger.referat.kommentarer")}</h2>
      {referat.kommentarer.length === 0 ? (
        <p>{t("samtaleBorger.referat.ingenKommentarer")}</p>
      ) : (
        <ul className="ju-cards nobullet-list" data-testid={ids.referat.kommentarer}>
          {[...referat.kommentarer]
            .sort((a, b) => a.oprettet.localeCompare(b.oprettet))
            .map((k, i) => (
              <li key={k.id} className="ju-card" data-testid={ids.referat.kommentar(i)}>
                <p className="ju-small ju-muted mt-0">{f.dateTime(k.oprettet)}</p>
                <p className="ju-note-text mb-0">{k.tekst}</p>
              </li>
            ))}
        </ul>
      )}
      <div role="status" data-testid={ids.referat.kommentarKvittering}>
        {sendt ? <p className="alert alert-success">{t("samtaleBorger.referat.kommentarSendt")}</p> : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="ju-editor">
        <h3>{t("samtaleBorger.referat.nyKommentar")}</h3>
        {problem ? <ErrorSummary problem={problem} fieldIds={{ "body.tekst": KOMMENTAR }} /> : null}
        <TextArea
          id={KOMMENTAR}
          label={t("samtaleBorger.referat.kommentarLabel")}
          hint={t("samtaleBorger.referat.kommentarHint")}
          error={fieldMessage(problem, ["body.tekst"])}
          rows={4}
          maxLength={5000}
          value={tekst}
          onChange={setTekst}
          testId={ids.referat.kommentarFelt}
        />
        <div className="ju-button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={kommenter.isPending}
            data-testid={ids.referat.kommentarGem}
          >
            {t("samtaleBorger.referat.send")}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useEnGang } from "../../../ui/en-gang.ts";
import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Problem } from "#contracts/errors.ts";
import { problemOf, validationProblem } from "../../../api/client.ts";
import { ErrorSummary, fieldMessage } from "../../../ui/ErrorSummary.tsx";
import { TextArea, TextInput } from "../../../ui/Field.tsx";
import { FormButtons } from "../../../ui/FormButtons.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, Facts, PageHeading } from "../../../ui/page.tsx";
import { Receipt } from "../../../ui/Receipt.tsx";
import { newUuid } from "../../../ui/uuid.ts";
import { FilVaelger } from "../dele.tsx";
import { useMineTraade, useNyTraad } from "../queries.ts";
import type { TraadDetalje, ValgtFil } from "../types.ts";
import "../dialog.css";

const FELTER = { "body.emne": "dialog-emne", "body.tekst": "dialog-tekst", "body.bilag": "dialog-filer" };

/**
 * /borger/dialog/ny: a new message to the jobcentre. Write (subject, text, files) → check the summary → send → the
 * receipt says when to expect an answer. The key is made once for the message, so a double click or a retry sends
 * it once.
 */
export function NyBesked() {
  const { t } = useTranslation();
  const f = useFormat();
  const oversigt = useMineTraade();
  const send = useNyTraad();
  const [trin, setTrin] = useState<"skriv" | "tjek">("skriv");
  const [emne, setEmne] = useState("");
  const [tekst, setTekst] = useState("");
  const [filer, setFiler] = useState<ValgtFil[]>([]);
  const [lokal, setLokal] = useState<Problem>();
  const [noegle] = useState(newUuid);
  const sender = useEnGang();
  const [kvittering, setKvittering] = useState<TraadDetalje>();
  const jobcenter = oversigt.data?.jobcenter ?? t("dialog.jobcentret");
  const problem = lokal ?? problemOf(send.error);
  const serverFilFejl = problem?.errors
    ?.filter((e) => e.path.startsWith("body.bilag"))
    .map((e) => e.message)
    .join(" ");

  const fortsaet = (e: FormEvent) => {
    e.preventDefault();
    const fejl = [
      ...(emne.trim() ? [] : [{ path: "body.emne", message: t("dialog.ny.emneMangler") }]),
      ...(tekst.trim() ? [] : [{ path: "body.tekst", message: t("dialog.ny.tekstMangler") }]),
    ];
    if (fejl.length) return setLokal(validationProblem(fejl));
    setLokal(undefined);
    setTrin("tjek");
  };
  const onSend = (e: FormEvent) => {
    e.preventDefault();
    if (!sender.start()) return;
    send.mutate(
      { emne, tekst, filer, idempotensnoegle: noegle },
      {
        onSuccess: setKvittering,
        onError: () => setTrin("skriv"),
        onSettled: () => {
          sender.faerdig();
        },
      },
    );
  };

  if (kvittering)
    return (
      <div data-testid={ids.ny.page}>
        <PageHeading>{t("dialog.ny.sendtHeading")}</PageHeading>
        <Receipt heading={t("dialog.ny.kvittering", { jobcenter })} headingLevel={2} testId={ids.ny.kvittering}>
          <p data-testid={ids.ny.frist}>
            {kvittering.svarfrist ? t("dialog.frist", { dato: f.weekdayDate(kvittering.svarfrist, true) }) : null}
          </p>
          {kvittering.besvares?.fravaerende ? (
            <p>
              {t("dialog.team.tekst", {
                sagsbehandler: kvittering.besvares.sagsbehandler ?? t("dialog.team.dinSagsbehandler"),
                team: kvittering.besvares.team ?? jobcenter,
              })}
            </p>
          ) : null}
          <p>{t("dialog.ny.kvitteringBeskeder")}</p>
        </Receipt>
        <ul className="nobullet-list mt-5">
          <li>
            <Link className="function-link" to={`/borger/dialog/${kvittering.id}`} data-testid={ids.ny.tilTraad}>
              {t("dialog.ny.seBesked")}
            </Link>
          </li>
          <li>
            <Link className="function-link" to="/borger/dialog">
              {t("dialog.ny.tilListe")}
            </Link>
          </li>
        </ul>
      </div>
    );

  return (
    <div data-testid={ids.ny.page}>
      <BackLink to="/borger/dialog">{t("dialog.ny.tilbage")}</BackLink>
      <PageHeading>{trin === "skriv" ? t("dialog.ny.heading") : t("dialog.ny.tjekHeading")}</PageHeading>
      <p className="ju-small">{t("dialog.ny.trin", { nr: trin === "skriv" ? 1 : 2 })}</p>
      {problem ? <ErrorSummary problem={problem} fieldIds={FELTER} /> : null}
      {trin === "skriv" ? (
        <form onSubmit={fortsaet} noValidate data-testid={ids.ny.form}>
          <p>
            {t("dialog.ny.intro", {
              jobcenter,
              count: oversigt.data?.svarfristArbejdsdage ?? 3,
            })}
          </p>
          <TextInput
            id="dialog-emne"
            label={t("dialog.ny.emne")}
            value={emne}
            onChange={setEmne}
            maxLength={200}
            width="xl"
            error={fieldMessage(problem, ["body.emne"])}
            testId={ids.ny.emne}
          />
          <TextArea
            id="dialog-tekst"
            label={t("dialog.ny.tekst")}
            hint={t("dialog.ny.tekstHint")}
            value={tekst}
            onChange={setTekst}
            rows={8}
            maxLength={5000}
            error={fieldMessage(problem, ["body.tekst"])}
            testId={ids.ny.tekst}
          />
          <FilVaelger
            id="dialog-filer"
            filer={filer}
            onChange={setFiler}
            serverFejl={serverFilFejl}
            testId={ids.ny.filer}
          />
          <FormButtons submit={t("dialog.ny.fortsaet")} submitTestId={ids.ny.fortsaet} />
        </form>
      ) : (
        <form onSubmit={onSend} data-testid={ids.ny.opsummering}>
          <Facts
            items={[
              [t("dialog.ny.til"), jobcenter],
              [t("dialog.ny.emne"), emne],
              [
                t("dialog.ny.tekst"),
                <span key="tekst" className="ju-dialog-tekst">
                  {tekst}
                </span>,
              ],
              [
                t("dialog.filer.label"),
                filer.length ? filer.map((x) => x.filnavn).join(", ") : t("dialog.filer.ingen"),
              ],
            ]}
          />
          <p>{t("dialog.ny.svartid", { count: oversigt.data?.svarfristArbejdsdage ?? 3 })}</p>
          <FormButtons
            submit={send.isPending ? t("dialog.ny.sender") : t("dialog.ny.send")}
            submitTestId={ids.ny.send}
            disabled={send.isPending}
            cancel={{ label: t("dialog.ny.ret"), testId: ids.ny.ret, onClick: () => setTrin("skriv") }}
          />
        </form>
      )}
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { henvisningTekst, type Punkt } from "../types.ts";

/** An item withheld by a decision: the reason in words, the legal basis with its reference, and when it was decided. */
export function UndtagetBoks({ u, testId }: { u: NonNullable<Punkt["undtaget"]>; testId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div
      className="mt-3 p-4"
      style={{ border: "1px solid #bfbfbf", borderLeft: "4px solid #b45a00" }}
      data-testid={testId}
    >
      <p className="mb-2">
        <span className="badge badge-warning">{t("indsigt.case.withheld")}</span>
      </p>
      <dl className="ju-facts">
        <div className="ju-fact">
          <dt>{t("indsigt.case.reason")}</dt>
          <dd>{u.begrundelse}</dd>
        </div>
        <div className="ju-fact">
          <dt>{t("indsigt.case.basis")}</dt>
          <dd>
            {u.hjemmel.titel} ({henvisningTekst(u.hjemmel.henvisning)})
            <span className="d-block ju-small">{u.hjemmel.forklaring}</span>
          </dd>
        </div>
      </dl>
      <p className="ju-small ju-muted mt-2 mb-0">{t("indsigt.case.decided", { dato: f.date(u.besluttet) })}</p>
    </div>
  );
}

/**
 * A dialog message's facts: which side wrote it, who and when, the names of its attachments (none when withheld), and
 * a link to the whole conversation in the dialog.
 */
export function DialogFakta({ p }: { p: Punkt }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!p.dialog) return null;
  const d = p.dialog;
  return (
    <>
      <p className="ju-small mb-1">
        {t(d.fra === "borger" ? "indsigt.case.dialog.fraBorger" : "indsigt.case.dialog.fraJobcenter", {
          navn: d.afsender,
          tid: f.dateTime(d.tidspunkt),
        })}
      </p>
      {d.bilag.length > 0 ? (
        <p className="ju-small mb-1">{t("indsigt.case.dialog.attachments", { navne: d.bilag.join(", ") })}</p>
      ) : null}
      <p className="ju-small mb-2">
        <Link
          className="function-link"
          to={`/borger/dialog/${d.traadId}`}
          aria-label={t("indsigt.case.dialog.threadSr", { titel: p.titel })}
        >
          {t("indsigt.case.dialog.thread")}
        </Link>
      </p>
    </>
  );
}

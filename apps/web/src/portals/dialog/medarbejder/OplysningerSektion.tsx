import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { useFormat } from "../../../ui/format.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { useVaerdiTekst } from "../borger/Oplysninger.tsx";
import { useBehandl, useSagOplysninger } from "../queries.ts";
import type { Indberetning } from "../types.ts";
import { useKanSkrive } from "./TraadPanel.tsx";

/**
 * The caseworker's view of the citizen's own details (tab Selvbetjening): corrections to handle first (those that took
 * effect at once are marked as handled; those that wait are approved or declined with a note), then each group's value
 * and the whole history of confirmations and corrections.
 */
export function OplysningerSektion({ borgerId, formaal }: { borgerId: string; formaal: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const q = useSagOplysninger(borgerId, formaal);
  const vaerdi = useVaerdiTekst();
  return (
    <section aria-labelledby="details-section-heading" data-testid={ids.sektion.root}>
      <h2 id="details-section-heading" className="h3">
        {t("dialog.sektion.heading")}
      </h2>
      <QueryView query={q}>
        {(d) => (
          <>
            {(d.tilBehandling ?? []).length > 0 ? (
              <div className="alert alert-warning" data-testid={ids.sektion.tilBehandling}>
                <div className="alert-body">
                  <h3 className="alert-heading">
                    {t("dialog.sektion.tilBehandling", { count: d.tilBehandling!.length })}
                  </h3>
                  <ul className="nobullet-list alert-text">
                    {d.tilBehandling!.map((i) => (
                      <Rettelse key={i.id} i={i} formaal={formaal} />
                    ))}
                  </ul>
                </div>
              </div>
            ) : (
              <p data-testid={ids.sektion.ingen}>{t("dialog.sektion.ingenNye")}</p>
            )}
            <dl className="ju-facts">
              {d.grupper.map((g) => (
                <div className="ju-fact" key={g.gruppe}>
                  <dt>{t(`dialog.opl.gruppe.${g.gruppe}`)}</dt>
                  <dd>
                    {vaerdi(g.gruppe, g.vaerdi)}
                    {g.senest ? (
                      <span className="d-block ju-small">
                        {g.senest.handling === "bekraeftet"
                          ? t("dialog.sektion.bekraeftet", { tid: f.dateTime(g.senest.oprettet) })
                          : t("dialog.sektion.rettet", { tid: f.dateTime(g.senest.oprettet) })}
                      </span>
                    ) : (
                      <span className="d-block ju-small">{t("dialog.sektion.aldrig")}</span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
            {d.historik.length > 0 ? (
              <details className="mt-4">
                <summary>{t("dialog.sektion.historik", { count: d.historik.length })}</summary>
                <ul data-testid={ids.sektion.historik}>
                  {d.historik.map((i) => (
                    <li key={i.id}>
                      {f.dateTime(i.oprettet)}: {t(`dialog.opl.gruppe.${i.gruppe}`)} –{" "}
                      {i.handling === "bekraeftet" ? t("dialog.sektion.hBekraeftet") : t("dialog.sektion.hRettet")}
                      {i.handling === "rettet" ? (
                        <>
                          {" "}
                          ({t("dialog.sektion.fra")} {vaerdi(i.gruppe, i.tidligere)} {t("dialog.sektion.til")}{" "}
                          {vaerdi(i.gruppe, i.data)})
                        </>
                      ) : null}
                      {i.behandlet
                        ? ` · ${t(`dialog.sektion.udfald.${i.udfald}`, { navn: i.behandletAf ?? "", tid: f.dateTime(i.behandlet) })}`
                        : ""}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        )}
      </QueryView>
    </section>
  );
}

function Rettelse({ i, formaal }: { i: Indberetning; formaal: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const vaerdi = useVaerdiTekst();
  const kanSkrive = useKanSkrive();
  const behandl = useBehandl(formaal);
  const [bemaerkning, setBemaerkning] = useState("");
  const problem = problemOf(behandl.error);
  const noteId = `details-note-${i.id}`;
  return (
    <li className="mb-4" data-testid={ids.sektion.rettelse(i.id)}>
      <p className="mt-0 mb-2">
        <span className="weight-semibold">{t(`dialog.opl.gruppe.${i.gruppe}`)}</span> · {f.dateTime(i.oprettet)}
        <br />
        {t("dialog.sektion.fra")} {vaerdi(i.gruppe, i.tidligere)} {t("dialog.sektion.til")} {vaerdi(i.gruppe, i.data)}
        <br />
        <span className="ju-small">
          {i.straks ? t("dialog.sektion.traadtIKraft") : t("dialog.sektion.afventerDig")}
        </span>
      </p>
      {problem ? <ErrorSummary problem={problem} focus={false} /> : null}
      {kanSkrive ? (
        i.straks ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => behandl.mutate({ id: i.id, udfald: "godkendt" })}
            disabled={behandl.isPending}
            data-testid={ids.sektion.behandl(i.id)}
          >
            {t("dialog.sektion.markerBehandlet")}
          </button>
        ) : (
          <>
            <div className="form-group mt-2">
              <label className="form-label" htmlFor={noteId}>
                {t("dialog.sektion.bemaerkning")}
              </label>
              <input
                id={noteId}
                className="form-input"
                value={bemaerkning}
                onChange={(e) => setBemaerkning(e.target.value)}
                data-testid={ids.sektion.bemaerkning(i.id)}
              />
            </div>
            <div className="ju-button-row mt-2">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => behandl.mutate({ id: i.id, udfald: "godkendt", bemaerkning })}
                disabled={behandl.isPending}
                data-testid={ids.sektion.behandl(i.id)}
              >
                {t("dialog.sektion.godkend")}
              </button>
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => behandl.mutate({ id: i.id, udfald: "afvist", bemaerkning })}
                disabled={behandl.isPending}
                data-testid={ids.sektion.afvis(i.id)}
              >
                {t("dialog.sektion.afvis")}
              </button>
            </div>
          </>
        )
      ) : null}
    </li>
  );
}

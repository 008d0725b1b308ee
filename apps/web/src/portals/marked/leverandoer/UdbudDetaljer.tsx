import { useTranslation } from "react-i18next";
import { DataTable } from "../../../ui/DataTable.tsx";
import { useFormat } from "../../../ui/format.ts";
import { Facts } from "../../../ui/page.tsx";
import { iso, type Udbud, useMarkedKoder, useTidsrum } from "./udbud.ts";

/** An offer's price as people say it: "40 tokens" or "Med i abonnementet". */
export function usePris() {
  const { t } = useTranslation();
  return (u: Pick<Udbud, "abonnement" | "prisTokens">) =>
    u.abonnement
      ? t("markedLeverandoer.pris.abonnement")
      : t("markedLeverandoer.pris.tokens", { count: u.prisTokens ?? 0 });
}

/**
 * An offer as a whole, read-only: what it is, whom it is for, its price and its modules with the free seats. The
 * provider sees an approved offer this way; the administrator sees an offer to approve this way.
 */
export function UdbudDetaljer({
  udbud: u,
  headingLevel = 2,
  testId,
  modulTestId,
}: {
  udbud: Udbud;
  headingLevel?: 2 | 3;
  testId?: string;
  modulTestId: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const k = useMarkedKoder();
  const pris = usePris();
  const tidsrum = useTidsrum();
  const H = headingLevel === 2 ? "h2" : "h3";
  const moduler = u.moduler ?? [];
  const captionId = `modules-caption-${u.id}`;
  return (
    <div data-testid={testId}>
      <p className="ju-note-text">{u.beskrivelse}</p>
      <Facts
        items={[
          [t("markedLeverandoer.felt.art"), k.art(u.art)],
          [t("markedLeverandoer.felt.status"), k.status(u.status)],
          [t("markedLeverandoer.felt.leverandoer"), u.leverandoer],
          [t("markedLeverandoer.felt.niveau"), k.niveau(u.niveau)],
          [t("markedLeverandoer.felt.sprog"), u.sprog.map(k.sprog).join(", ")],
          [
            t("markedLeverandoer.felt.varighed"),
            t("markedLeverandoer.varighedTekst", {
              uger: t("common.weeks", { count: u.varighedUger }),
              timer: u.timerPrUge,
            }),
          ],
          [t("markedLeverandoer.felt.pris"), pris(u)],
          [
            t("markedLeverandoer.felt.maalgrupper"),
            u.maalgrupper.length ? u.maalgrupper.map((m) => m.navn).join(", ") : t("markedLeverandoer.alleMaalgrupper"),
          ],
          [
            t("markedLeverandoer.felt.kompetencer"),
            u.kompetencer.length
              ? u.kompetencer.map((c) => c.navn).join(", ")
              : t("markedLeverandoer.ingenKompetencer"),
          ],
          [t("markedLeverandoer.felt.opdateret"), f.dateTime(iso(u.opdateret))],
        ]}
      />
      <H>{t("markedLeverandoer.moduler.heading")}</H>
      {moduler.length ? (
        <DataTable
          captionId={captionId}
          caption={t("markedLeverandoer.moduler.caption", { count: moduler.length })}
          testId={modulTestId}
          columns={[
            t("markedLeverandoer.moduler.titel"),
            t("markedLeverandoer.moduler.form"),
            t("markedLeverandoer.moduler.tid"),
            t("markedLeverandoer.moduler.sted"),
            t("markedLeverandoer.moduler.pladser"),
          ]}
          rows={moduler}
          rowKey={(m) => m.id}
        >
          {(m) => (
            <>
              <th scope="row" className="weight-normal">
                {m.titel}
              </th>
              <td>{k.form(m.form)}</td>
              <td>{tidsrum(m.start, m.slut)}</td>
              <td>{m.sted ?? ""}</td>
              <td className="ju-nowrap">
                {t("markedLeverandoer.moduler.ledigeAf", { ledige: m.ledige, kapacitet: m.kapacitet })}
              </td>
            </>
          )}
        </DataTable>
      ) : (
        <p className="ju-empty">{t("markedLeverandoer.moduler.ingen")}</p>
      )}
    </div>
  );
}

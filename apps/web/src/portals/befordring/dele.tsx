import { useTranslation } from "react-i18next";
import { useFormat } from "../../ui/format.ts";
import type { Afstand, Regel, Status } from "./api.ts";

/** Øre as kroner with øre: "1.234,56 kr." in Danish, "DKK 1,234.56" in English. */
export function formatKroner(oere: number, lang: "da" | "en"): string {
  const tal = new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(oere / 100);
  return lang === "da" ? `${tal} kr.` : `DKK ${tal}`;
}

/** Hectometres as km with one decimal: 278 → "27,8". */
export function formatKm(hm: number, lang: "da" | "en"): string {
  return new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(hm / 10);
}

/** The formatters of this part, bound to the user's language. */
export function useBefordringFormat() {
  const f = useFormat();
  const { t } = useTranslation();
  return {
    ...f,
    kroner: (oere: number) => formatKroner(oere, f.lang),
    km: (hm: number) => formatKm(hm, f.lang),
    status: (s: Status) => t(`befordring.status.${s}`),
    maaned: (yyyyMm: string) =>
      new Intl.DateTimeFormat(f.lang === "da" ? "da-DK" : "en-GB", {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(`${yyyyMm}-01T12:00:00Z`)),
  };
}

/** The DKFDS badge class for a claim's status. */
export const statusKlasse = (s: Status) =>
  s === "godkendt" ? "badge badge-success" : s === "afvist" ? "badge badge-error" : "badge badge-info";

/** How the distance was found, in words, with the fallback to a municipality's centre where it was used. */
export function AfstandMetode({ afstand, testId }: { afstand: Afstand; testId?: string }) {
  const { t } = useTranslation();
  const f = useBefordringFormat();
  const kommune = [afstand.fra, afstand.til].filter((s) => s.kilde === "kommune");
  return (
    <div data-testid={testId}>
      <p className="mt-0">
        {t("befordring.oversigt.metodeTekst", {
          luft: f.number(afstand.luftlinjeKm, 1),
          faktor: f.number(afstand.vejfaktor, 1),
        })}
      </p>
      {kommune.map((s) => (
        <p key={s.postnr}>
          {t("befordring.oversigt.metodeKommune", { postnr: s.postnr, by: s.bynavn, kommuner: s.kommuner.join(", ") })}
        </p>
      ))}
    </div>
  );
}

/** A rule version in words: its text, its reference and dates, and how sure the figures are. */
export function RegelTekst({ regel, testId }: { regel: Regel; testId?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <div className="ju-rule-text" data-testid={testId}>
      <p className="mt-0">{regel.tekst}</p>
      <p data-testid={testId ? `${testId}-reference` : undefined}>
        {t("befordring.regel.henvisning", { titel: regel.titel, henvisning: regel.henvisning })}.{" "}
        {t("befordring.regel.gyldig", { fra: f.date(regel.gyldigFra) })}
      </p>
      <p className="ju-small">{t(`befordring.sikkerhed.${regel.sikkerhed}`)}</p>
      {regel.url ? (
        <p className="ju-small">
          <a className="function-link" href={regel.url} rel="noreferrer" target="_blank">
            {t("befordring.regel.lovtekst")}
          </a>
        </p>
      ) : null}
    </div>
  );
}

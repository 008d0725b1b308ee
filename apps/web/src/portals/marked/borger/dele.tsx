import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../ui/format.ts";
import { prisFor, type Udbud } from "./types.ts";

/** Labels for the marketplace's codes (kind, level, language, module form, enrolment status) in the language shown. */
export function useMarkedTekster() {
  const { t } = useTranslation();
  const navn = (gruppe: string, kode: string) => t(`markedBorger.${gruppe}.${kode}`, { defaultValue: kode });
  return {
    art: (kode: string) => navn("art", kode),
    niveau: (kode: string) => navn("niveau", kode),
    sprog: (koder: readonly string[]) => koder.map((k) => navn("sprog", k)).join(", "),
    etSprog: (kode: string) => navn("sprog", kode),
    form: (kode: string) => navn("form", kode),
    status: (kode: string) => navn("status", kode),
    /** "3 uger, 4 timer om ugen" */
    varighed: (u: Pick<Udbud, "varighedUger" | "timerPrUge">) =>
      t("markedBorger.varighed", {
        uger: t("markedBorger.uger", { count: u.varighedUger }),
        timer: t("markedBorger.timerPrUge", { count: u.timerPrUge }),
      }),
    /** "20 tokens", "Gratis (abonnement)" or "Gratis" */
    pris: (u: Pick<Udbud, "abonnement" | "prisTokens">) =>
      u.abonnement
        ? t("markedBorger.pris.abonnement")
        : prisFor(u) === 0
          ? t("markedBorger.pris.gratis")
          : t("markedBorger.tokens", { count: prisFor(u) }),
    tokens: (n: number) => t("markedBorger.tokens", { count: n }),
  };
}

/**
 * Text the server writes in Danish (a suggestion's reason, the measured effect, the refund's reason): marked as Danish
 * when the page is shown in English, so a screen reader reads it with the right voice (WCAG 3.1.2).
 */
export function DanskTekst({
  children,
  testId,
  className,
}: {
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  const { lang } = useFormat();
  return (
    <span lang={lang === "da" ? undefined : "da"} data-testid={testId} className={className}>
      {children}
    </span>
  );
}

/** A progress bar with its label and the share in words, so it reads the same with and without sight. */
export function Fremskridt({
  id,
  vaerdi,
  titel,
  testId,
}: {
  id: string;
  vaerdi: number;
  /** the course's title, for a screen reader when several bars are on the page */
  titel?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const labelId = `${id}-label`;
  const pct = f.percent(vaerdi / 100);
  return (
    <div className="ju-progress" data-testid={testId}>
      <span id={labelId} className="ju-small weight-semibold">
        {t("markedBorger.fremskridt")}
        {titel ? <span className="sr-only">: {titel}</span> : null}
      </span>{" "}
      <progress id={id} max={100} value={vaerdi} aria-labelledby={labelId} aria-valuetext={pct}>
        {pct}
      </progress>{" "}
      <span className="ju-small" aria-hidden="true">
        {pct}
      </span>
    </div>
  );
}

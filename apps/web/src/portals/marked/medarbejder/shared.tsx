import { useTranslation } from "react-i18next";

/** The query key of the citizen's marketplace data in the case; the assign form marks it stale after a tilbud. */
export const markedSagKey = (borgerId: string) => ["markedMedarbejder", "borger", borgerId] as const;

/** "40 tokens", or "I abonnementet (gratis)". */
export function Pris({ prisTokens, abonnement }: { prisTokens: number | null; abonnement: boolean }) {
  const { t } = useTranslation();
  if (abonnement || !prisTokens) return <>{t("markedMedarbejder.price.free")}</>;
  return <>{t("markedMedarbejder.price.tokens", { count: prisTokens })}</>;
}

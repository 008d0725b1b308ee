import { markedBorgerIds as ids } from "#contracts/testids-marked-borger.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Fremskridt, useMarkedTekster } from "./dele.tsx";
import { useTegnebog, useTilmeldinger } from "./queries.ts";
import { aktiv } from "./types.ts";

/**
 * "Kurser og forløb" on Min side: the citizen's tokens, the running enrolments with their progress, and the ways to
 * the marketplace and to "Mine forløb".
 */
export function KurserKort() {
  const { t } = useTranslation();
  const tekst = useMarkedTekster();
  const tokens = useTegnebog();
  const tilmeldinger = useTilmeldinger();
  const koerende = (tilmeldinger.data ?? []).filter(aktiv);
  return (
    <section className="ju-editor" aria-labelledby="my-courses-heading" data-testid={ids.minSide.card}>
      <h2 id="my-courses-heading" className="h3 mt-0">
        {t("markedBorger.minSide.heading")}
      </h2>
      <p data-testid={ids.minSide.saldo}>
        {tokens.isPending
          ? t("common.loading")
          : tokens.isError
            ? t("markedBorger.saldoFejl")
            : t("markedBorger.minSide.saldo", { tokens: tekst.tokens(tokens.data.saldo) })}
      </p>
      {tilmeldinger.isPending ? null : tilmeldinger.isError ? (
        <p>{t("markedBorger.minSide.fejl")}</p>
      ) : koerende.length === 0 ? (
        <p data-testid={ids.minSide.ingenAktive}>{t("markedBorger.minSide.ingenAktive")}</p>
      ) : (
        <>
          <h3 className="h5" id="my-courses-running">
            {t("markedBorger.minSide.aktive", { count: koerende.length })}
          </h3>
          <ul className="nobullet-list" aria-labelledby="my-courses-running" data-testid={ids.minSide.aktive}>
            {koerende.map((x) => (
              <li key={x.id} className="mb-3" data-testid={ids.minSide.aktiv(x.id)}>
                <span className="weight-semibold">{x.titel}</span>
                <span className="d-block ju-small">{tekst.status(x.status)}</span>
                <Fremskridt id={`min-side-progress-${x.id}`} vaerdi={x.fremskridt} titel={x.titel} />
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="nobullet-list">
        <li>
          <Link className="function-link" to="/borger/marked" data-testid={ids.minSide.markedLink}>
            {t("markedBorger.minSide.tilMarked")}
          </Link>
        </li>
        <li>
          <Link className="function-link" to="/borger/forloeb" data-testid={ids.minSide.forloebLink}>
            {t("markedBorger.minSide.tilForloeb")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

import { dialogIds as ids } from "#contracts/testids-dialog.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useKortStatus } from "../queries.ts";

/** Min side: the dialog with the caseworker (how many threads wait for the citizen) and the own details to verify. */
export function DialogKort() {
  const { t } = useTranslation();
  const s = useKortStatus();
  return (
    <section className="ju-editor" aria-labelledby="dialog-card-heading" data-testid={ids.kort.card}>
      <h2 id="dialog-card-heading" className="h3 mt-0">
        {t("dialog.kort.heading")}
      </h2>
      {s.isPending ? (
        <p>{t("common.loading")}</p>
      ) : s.isError ? (
        <p>{t("dialog.kort.fejl")}</p>
      ) : (
        <>
          <p data-testid={ids.kort.venterPaaDig}>
            {s.data.venterPaaDig > 0
              ? t("dialog.kort.venterPaaDig", { count: s.data.venterPaaDig })
              : t("dialog.kort.ingenVenter")}
          </p>
          {s.data.ulaeste > 0 ? (
            <p data-testid={ids.kort.ulaeste}>{t("dialog.kort.ulaeste", { count: s.data.ulaeste })}</p>
          ) : null}
        </>
      )}
      <ul className="nobullet-list">
        <li>
          <Link className="function-link" to="/borger/dialog" data-testid={ids.kort.link}>
            {t("dialog.kort.tilDialog")}
          </Link>
        </li>
        <li>
          <Link className="function-link" to="/borger/oplysninger" data-testid={ids.kort.oplysningerLink}>
            {t("dialog.kort.tilOplysninger")}
          </Link>
        </li>
      </ul>
    </section>
  );
}

import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { CitizenListItem } from "../../api/types.ts";
import { useCodeTexts } from "../../ui/texts.ts";

/** A list of citizens, each opening the citizen's data (which first asks for the purpose). */
export function CitizenTable({ rows, caption, testId }: { rows: CitizenListItem[]; caption: string; testId: string }) {
  const { t } = useTranslation();
  const codes = useCodeTexts();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("fields.navn")}</th>
            <th scope="col">{t("fields.alder")}</th>
            <th scope="col">{t("fields.maalgruppe")}</th>
            <th scope="col">{t("fields.by")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="weight-normal">
                <Link
                  to={`/medarbejder/borger/${r.id}`}
                  state={{ navn: r.navn }}
                  data-testid={testIds.medarbejder.citizenLink(r.id)}
                >
                  {r.navn}
                </Link>
              </th>
              <td>{t("common.years", { count: r.alder })}</td>
              <td>{codes.maalgruppe(r.maalgruppe)}</td>
              <td>
                {r.postnr} {r.bynavn}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

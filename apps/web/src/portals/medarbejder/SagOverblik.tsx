import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import type { CitizenDetails, Sag } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { Facts } from "../../ui/page.tsx";
import { useCodeTexts } from "../../ui/texts.ts";

/** The overview: the citizen's personal data, the target group and caseworker, and the history of benefits. */
export function SagOverblik({ citizen, sag }: { citizen: CitizenDetails | undefined; sag: Sag }) {
  const { t } = useTranslation();
  const f = useFormat();
  const codes = useCodeTexts();
  const ydelser = [...sag.ydelser].sort((a, b) => b.dato.localeCompare(a.dato));
  return (
    <div data-testid={testIds.sag.overview}>
      <div className="row">
        {citizen ? (
          <div className="col-12 col-lg-6">
            <h2>{t("sag.personHeading")}</h2>
            <Facts
              items={[
                [t("fields.cpr"), citizen.cpr.replace(/^(\d{6})(\d{4})$/, "$1-$2")],
                [
                  t("fields.foedselsdato"),
                  `${f.date(citizen.foedselsdato)} (${t("common.years", { count: citizen.alder })})`,
                ],
                [t("fields.koen"), codes.koen(citizen.koen)],
                [t("fields.adresse"), `${citizen.adresse}, ${citizen.postnr} ${citizen.bynavn}`],
                [t("fields.telefon"), citizen.telefon],
                [t("fields.email"), citizen.email],
                [t("fields.uddannelse"), codes.uddannelse(citizen.uddannelse)],
              ]}
            />
          </div>
        ) : null}
        <div className="col-12 col-lg-6">
          <h2>{t("sag.benefitsHeading")}</h2>
          {citizen ? (
            <Facts
              items={[
                [t("fields.maalgruppe"), codes.maalgruppe(citizen.maalgruppe)],
                [t("fields.ydelseStart"), f.date(citizen.ydelseStart)],
                [
                  t("fields.sagsbehandler"),
                  citizen.sagsbehandler
                    ? `${citizen.sagsbehandler.navn}${citizen.sagsbehandler.team ? `, ${citizen.sagsbehandler.team}` : ""}`
                    : null,
                ],
              ]}
            />
          ) : null}
          {ydelser.length === 0 ? (
            <p className="ju-empty">{t("sag.noBenefits")}</p>
          ) : (
            <table className="table table--compact" data-testid={testIds.sag.benefits}>
              <caption>{t("sag.benefitsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("sag.date")}</th>
                  <th scope="col">{t("sag.event")}</th>
                  <th scope="col">{t("fields.maalgruppe")}</th>
                </tr>
              </thead>
              <tbody>
                {ydelser.map((y) => (
                  <tr key={`${y.dato}-${y.type}-${y.maalgruppe?.kode ?? ""}`}>
                    <td>{f.date(y.dato)}</td>
                    <td>{y.type === "YDELSE_START" ? t("sag.benefitStart") : t("sag.benefitEnd")}</td>
                    <td>{codes.maalgruppe(y.maalgruppe) ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </div>
  );
}

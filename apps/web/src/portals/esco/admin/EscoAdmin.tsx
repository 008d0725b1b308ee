import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { escoIds as ids } from "#contracts/testids-esco.ts";
import { api } from "../../../api/client.ts";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { ScrollTable } from "../../../ui/ScrollTable.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import "../esco.css";
import { type FaerdighedValg, FaerdighedsVaelger } from "../FaerdighedsVaelger.tsx";

interface EscoStatus {
  antal: { erhverv: number; udgaaedeErhverv: number; faerdigheder: number; relationer: number; iscoGrupper: number };
  importer: {
    id: string;
    version: string;
    sprog: string;
    kilde: string;
    importeret: string;
    antalErhverv: number;
    antalFaerdigheder: number;
    antalRelationer: number;
  }[];
}

const KOMMANDO = 'npm run esco:import -- "ESCO dataset - v1.2.0 - classification - da - csv"';
const KOMMANDO_DANSK =
  "npm run esco:import -- ../shared/data/esco-v1.1.1-en --danske-erhverv ../shared/data/esco-v1.0.8-da-occupation-labels";

/** /admin/esco: where the taxonomy comes from, how big it is, its imports, and how to import the full ESCO. */
export function EscoAdmin() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ["esco", "admin"], queryFn: () => api<EscoStatus>("/api/admin/esco") });
  return (
    <div data-testid={ids.admin.page}>
      <BackLink to="/admin">{t("esco.admin.tilbage")}</BackLink>
      <PageHeading>{t("esco.admin.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("esco.admin.lead")}</p>
      <QueryView query={query}>{(s) => <Indhold s={s} />}</QueryView>
      <Proev />
      <h2>{t("esco.admin.kommando")}</h2>
      <p className="ju-prose">{t("esco.admin.kommandoTekst")}</p>
      <pre className="ju-esco-kommando" data-testid={ids.admin.kommando}>
        <code>{KOMMANDO}</code>
      </pre>
      <p className="ju-prose">{t("esco.admin.kommandoDansk")}</p>
      <pre className="ju-esco-kommando">
        <code>{KOMMANDO_DANSK}</code>
      </pre>
      <p className="ju-small">{t("esco.admin.licens")}</p>
    </div>
  );
}

/** A try-out of the skill picker, so the administrator can see how the labels are found. Nothing is saved. */
function Proev() {
  const { t } = useTranslation();
  const [valgte, setValgte] = useState<FaerdighedValg[]>([]);
  return (
    <section aria-labelledby="esco-proev-heading">
      <h2 id="esco-proev-heading">{t("esco.admin.proev")}</h2>
      <p className="ju-prose">{t("esco.admin.proevTekst")}</p>
      <FaerdighedsVaelger
        id="esco-proev"
        legend={t("esco.admin.proevLegend")}
        valgte={valgte}
        onChange={setValgte}
        testId={ids.admin.proev}
      />
    </section>
  );
}

function Indhold({ s }: { s: EscoStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const seneste = s.importer[0];
  const tal: [string, number][] = [
    [t("esco.admin.erhverv"), s.antal.erhverv],
    [t("esco.admin.udgaaede"), s.antal.udgaaedeErhverv],
    [t("esco.admin.faerdigheder"), s.antal.faerdigheder],
    [t("esco.admin.relationer"), s.antal.relationer],
    [t("esco.admin.iscoGrupper"), s.antal.iscoGrupper],
  ];
  return (
    <>
      <h2>{t("esco.admin.kilde")}</h2>
      <p className="ju-prose" data-testid={ids.admin.kilde}>
        {!seneste
          ? t("esco.admin.ingenData")
          : seneste.kilde === "demo"
            ? t("esco.admin.kildeDemo", { erhverv: seneste.antalErhverv })
            : t("esco.admin.kildeImport", {
                version: seneste.version,
                sprog: seneste.sprog,
                dato: fmt.dateTime(seneste.importeret),
                kilde: seneste.kilde,
              })}
      </p>
      <h2>{t("esco.admin.omfang")}</h2>
      <dl className="ju-facts" data-testid={ids.admin.antal}>
        {tal.map(([navn, n]) => (
          <div key={navn} className="ju-fact">
            <dt>{navn}</dt>
            <dd>{fmt.number(n, 0)}</dd>
          </div>
        ))}
      </dl>
      {s.importer.length > 0 ? (
        <>
          <h2>{t("esco.admin.importer")}</h2>
          <ScrollTable captionId="esco-importer-caption">
            <table className="table table--compact" data-testid={ids.admin.importer}>
              <caption id="esco-importer-caption" className="sr-only">
                {t("esco.admin.importerCaption")}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("esco.admin.tidspunkt")}</th>
                  <th scope="col">{t("esco.admin.version")}</th>
                  <th scope="col">{t("esco.admin.sprog")}</th>
                  <th scope="col">{t("esco.admin.fra")}</th>
                  <th scope="col" className="text-align-right">
                    {t("esco.admin.erhverv")}
                  </th>
                  <th scope="col" className="text-align-right">
                    {t("esco.admin.faerdigheder")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.importer.map((i) => (
                  <tr key={i.id}>
                    <td>{fmt.dateTime(i.importeret)}</td>
                    <td>{i.version}</td>
                    <td>{i.sprog}</td>
                    <td>{i.kilde}</td>
                    <td className="text-align-right">{fmt.number(i.antalErhverv, 0)}</td>
                    <td className="text-align-right">{fmt.number(i.antalFaerdigheder, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      ) : null}
    </>
  );
}

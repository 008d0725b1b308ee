import { testIds } from "#contracts/testids.ts";
import { useTranslation } from "react-i18next";
import type { TidslinjePunkt } from "../../api/types.ts";
import { useFormat } from "../../ui/format.ts";
import { ScrollTable } from "../../ui/ScrollTable.tsx";

/** Everything in the case in one list, newest first: events, notes and documents. */
export function SagTidslinje({ tidslinje }: { tidslinje: TidslinjePunkt[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rows = [...tidslinje].sort((a, b) => b.dato.localeCompare(a.dato));
  return (
    <>
      <h2>{t("sag.timelineHeading")}</h2>
      {rows.length === 0 ? (
        <p className="ju-empty">{t("sag.noTimeline")}</p>
      ) : (
        <ScrollTable captionId="timeline-caption">
          <table className="table table--zebra" data-testid={testIds.sag.timeline}>
            <caption id="timeline-caption">{t("sag.timelineCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sag.date")}</th>
                <th scope="col">{t("sag.kind")}</th>
                <th scope="col">{t("sag.text")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.art}-${r.id}`}>
                  <td className="ju-nowrap">{f.date(r.dato)}</td>
                  <td>{kindText(t, r)}</td>
                  <td>{r.tekst}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </>
  );
}

function kindText(t: (key: string, options?: Record<string, unknown>) => string, r: TidslinjePunkt): string {
  const art = t(`sag.art.${r.art}`);
  if (r.art === "notat") return `${art}: ${t(`sag.notatKategori.${r.type}`, { defaultValue: r.type })}`;
  if (r.art === "dokument") return `${art}: ${t(`sag.dokKategori.${r.type}`, { defaultValue: r.type })}`;
  return art;
}

import { jobordreIds as ids } from "#contracts/testids-jobordre.ts";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "../../ui/DataTable.tsx";
import { SelectField, TextInput } from "../../ui/Field.tsx";
import { useFormat } from "../../ui/format.ts";
import { PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { type Filter, useOrdrer } from "./api.ts";
import { ARTER, type Art, type Sted, STATUSSER, type Status } from "./types.ts";

/** The employer's "Mine jobordrer", or the company consultant's list of all the municipality's orders with filters. */
export function OrdreListe({ sted }: { sted: Sted }) {
  const { t } = useTranslation("translation", { keyPrefix: "jobordre" });
  const { date } = useFormat();
  const kommune = sted.portal === "medarbejder";
  const [filter, setFilter] = useState<Filter>({});
  const [udkast, setUdkast] = useState<Filter>({});
  const query = useOrdrer(sted, filter);
  const soeg = (e: FormEvent) => {
    e.preventDefault();
    setFilter(udkast);
  };
  return (
    <div data-testid={ids.liste.page}>
      <PageHeading>{kommune ? t("liste.titelKommune") : t("liste.titel")}</PageHeading>
      <p className="font-lead">{kommune ? t("liste.leadKommune") : t("liste.lead")}</p>
      <p>
        <Link className="button button-primary" to={`${sted.web}/ny`} data-testid={ids.liste.opret}>
          {kommune ? t("liste.opretForVirksomhed") : t("liste.opret")}
        </Link>
      </p>
      <form onSubmit={soeg} aria-label={t("liste.filter")} className="ju-filter-grid">
        <SelectField
          id="jobordre-filter-status"
          label={t("liste.filterStatus")}
          value={udkast.status ?? ""}
          onChange={(v) => setUdkast({ ...udkast, status: v as Status | "" })}
          placeholder={t("liste.alle")}
          options={STATUSSER.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          testId={ids.liste.filterStatus}
        />
        <SelectField
          id="jobordre-filter-art"
          label={t("liste.filterArt")}
          value={udkast.art ?? ""}
          onChange={(v) => setUdkast({ ...udkast, art: v as Art | "" })}
          placeholder={t("liste.alle")}
          options={ARTER.map((a) => ({ value: a, label: t(`art.${a}`) }))}
          testId={ids.liste.filterArt}
        />
        {kommune ? (
          <TextInput
            id="jobordre-filter-q"
            label={t("liste.filterQ")}
            type="search"
            value={udkast.q ?? ""}
            onChange={(v) => setUdkast({ ...udkast, q: v })}
            maxLength={100}
            testId={ids.liste.filterQ}
          />
        ) : null}
        <button type="submit" className="button button-secondary" data-testid={ids.liste.filterSend}>
          {t("liste.soeg")}
        </button>
      </form>
      <QueryView query={query}>
        {({ ordrer }) =>
          ordrer.length === 0 ? (
            <p data-testid={ids.liste.tom}>
              {Object.values(filter).some(Boolean) ? t("liste.tomFilter") : t("liste.tom")}
            </p>
          ) : (
            <DataTable
              captionId="jobordre-caption"
              caption={t("liste.caption", { antal: ordrer.length })}
              testId={ids.liste.tabel}
              columns={[
                t("liste.kol.titel"),
                ...(kommune ? [t("liste.kol.virksomhed")] : []),
                t("liste.kol.art"),
                t("liste.kol.status"),
                t("liste.kol.kandidater"),
                t("liste.kol.start"),
              ]}
              rows={ordrer}
              rowKey={(o) => o.id}
              rowTestId={ids.liste.raekke}
            >
              {(o) => (
                <>
                  <th scope="row">
                    <Link to={`${sted.web}/${o.id}`} data-testid={ids.liste.link(o.id)}>
                      {o.titel}
                    </Link>
                    <br />
                    <span className="form-hint">{o.nummer}</span>
                  </th>
                  {kommune ? <td>{o.virksomhed}</td> : null}
                  <td>{t(`art.${o.art}`)}</td>
                  <td>{t(`status.${o.status}`)}</td>
                  <td>{t("liste.kandidater", { kontaktet: o.kontaktet, accepteret: o.accepteret })}</td>
                  <td>{date(o.start)}</td>
                </>
              )}
            </DataTable>
          )
        }
      </QueryView>
    </div>
  );
}

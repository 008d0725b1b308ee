import { indsigtIds as ids } from "#contracts/testids-indsigt.ts";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SelectField } from "../../../ui/Field.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { useBorgerMig } from "../../borger/queries.ts";
import { QueryView } from "../../common/QueryView.tsx";
import { allePdfUrl, punktPdfUrl, useMinSag } from "../queries.ts";
import { punktNoegle, VISNINGSARTER, type Visningsart } from "../types.ts";
import { DialogFakta, UndtagetBoks } from "./dele.tsx";

/**
 * Min sag: every journal note, document, letter, decision and dialog message of the citizen's case, newest first,
 * filterable by kind;
 * each can be read and downloaded as PDF, and the whole case as one PDF. A withheld item is listed as withheld with
 * the reason and the legal basis.
 */
export function MinSag() {
  const { t } = useTranslation();
  const f = useFormat();
  const [art, setArt] = useState<Visningsart | "">("");
  const query = useMinSag(art);
  const mig = useBorgerMig();
  const jobcenter = mig.data?.jobcenter?.navn;
  return (
    <div data-testid={ids.minSag.page}>
      <BackLink to="/borger">{t("borger.heading")}</BackLink>
      <PageHeading>{t("indsigt.case.heading")}</PageHeading>
      <p className="font-lead">{jobcenter ? t("indsigt.case.intro", { jobcenter }) : t("indsigt.case.introNoName")}</p>
      <p>
        <a className="button button-secondary" href={allePdfUrl} download data-testid={ids.minSag.allePdf}>
          {t("indsigt.case.downloadAll")}
        </a>
        <span className="d-block form-hint mt-2">{t("indsigt.case.downloadAllHint")}</span>
      </p>
      <QueryView query={query}>
        {(sag) => (
          <>
            <SelectField
              id="my-case-filter"
              label={t("indsigt.case.filter")}
              value={art}
              onChange={(v) => setArt(v as Visningsart | "")}
              testId={ids.minSag.filter}
              options={[
                { value: "", label: `${t("indsigt.kindPlural.alle")} (${sag.antal.alle})` },
                ...VISNINGSARTER.map((v) => ({ value: v, label: `${t(`indsigt.kindPlural.${v}`)} (${sag.antal[v]})` })),
              ]}
            />
            <p role="status" data-testid={ids.minSag.antal}>
              {t("indsigt.case.count", { count: sag.punkter.length })}
            </p>
            {sag.punkter.length === 0 ? (
              <p data-testid={ids.minSag.tom}>{t("indsigt.case.empty")}</p>
            ) : (
              <ul className="nobullet-list" data-testid={ids.minSag.liste}>
                {sag.punkter.map((p) => {
                  const key = punktNoegle(p);
                  return (
                    <li
                      key={key}
                      className="mb-5 pb-4"
                      style={{ borderBottom: "1px solid #bfbfbf" }}
                      data-testid={ids.minSag.punkt(key)}
                    >
                      <p className="ju-small ju-muted mb-1">
                        {t(`indsigt.kind.${p.visningsart}`)} · {f.date(p.dato)}
                      </p>
                      <h2 className="h4 mt-0 mb-2">{p.titel}</h2>
                      {p.rettetAf ? <p className="ju-small">{t("indsigt.case.corrected")}</p> : null}
                      {p.bilag ? <p className="ju-small">{t("indsigt.case.attachment")}</p> : null}
                      <DialogFakta p={p} />
                      {p.undtaget ? (
                        <UndtagetBoks u={p.undtaget} testId={ids.minSag.undtaget(key)} />
                      ) : (
                        <ul
                          className="nobullet-list"
                          style={{ display: "flex", flexWrap: "wrap", gap: "0.8rem 2.4rem" }}
                        >
                          <li>
                            <Link
                              className="function-link"
                              to={`/borger/sag/${p.art}/${p.id}`}
                              aria-label={t("indsigt.case.openSr", { titel: p.titel })}
                              data-testid={ids.minSag.aabn(key)}
                            >
                              {t("indsigt.case.open")}
                            </Link>
                          </li>
                          <li>
                            <a
                              className="function-link"
                              href={punktPdfUrl(p.art, p.id)}
                              download
                              aria-label={t("indsigt.case.pdfSr", { titel: p.titel })}
                              data-testid={ids.minSag.pdf(key)}
                            >
                              {t("indsigt.case.pdf")}
                            </a>
                          </li>
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </>
        )}
      </QueryView>
      <p className="mt-6">
        <Link className="function-link" to="/borger/aktindsigt" data-testid={ids.minSag.aktindsigtLink}>
          {t("indsigt.case.requestLink")}
        </Link>
      </p>
    </div>
  );
}

import { indsigtIds as ids } from "#contracts/testids-indsigt.ts";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import { punktPdfUrl, usePunkt } from "../queries.ts";
import type { GenstandArt } from "../types.ts";
import { DialogFakta, UndtagetBoks } from "./dele.tsx";

/** One item of the citizen's case to read in the browser, with a PDF download; a withheld item shows why. */
export function MinSagPunkt() {
  const { t } = useTranslation();
  const f = useFormat();
  const { art, id } = useParams() as { art: GenstandArt; id: string };
  const query = usePunkt(art, id);
  return (
    <div data-testid={ids.punkt.page}>
      <BackLink to="/borger/sag">{t("indsigt.item.back")}</BackLink>
      <QueryView query={query}>
        {(p) => (
          <>
            <p className="ju-small ju-muted mb-1">
              {t(`indsigt.kind.${p.visningsart}`)} · {f.date(p.dato)}
            </p>
            <PageHeading>{p.titel}</PageHeading>
            {p.dialog ? (
              <DialogFakta p={p} />
            ) : p.af ? (
              <p className="ju-muted">{t("indsigt.item.by", { navn: p.af })}</p>
            ) : null}
            {p.undtaget ? (
              <div data-testid={ids.punkt.undtaget}>
                <p>{t("indsigt.item.withheldText")}</p>
                <UndtagetBoks u={p.undtaget} />
                <p className="mt-4">{t("indsigt.item.complain")}</p>
              </div>
            ) : (
              <>
                {p.erPdf ? <p>{t("indsigt.item.pdfIsOriginal")}</p> : null}
                <div style={{ whiteSpace: "pre-wrap", maxWidth: "72ch" }} data-testid={ids.punkt.tekst}>
                  {p.tekst?.trim() ? p.tekst : <p>{t("indsigt.item.noText")}</p>}
                </div>
                <p className="mt-5">
                  <a
                    className="button button-secondary"
                    href={punktPdfUrl(p.art, p.id)}
                    download
                    data-testid={ids.punkt.pdf}
                  >
                    {t("indsigt.case.pdf")}
                  </a>
                </p>
              </>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}

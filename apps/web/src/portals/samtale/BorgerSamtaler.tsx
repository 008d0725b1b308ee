import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useFormat } from "../../ui/format.ts";
import { Alert, BackLink, Loading, PageHeading } from "../../ui/page.tsx";
import { QueryView } from "../common/QueryView.tsx";
import { BehovListe } from "./borger/BehovListe.tsx";
import { BookingFlow } from "./borger/Booking.tsx";
import { Kvittering } from "./borger/Kvittering.tsx";
import { useBeskeder, useMineSamtaler } from "./borger/queries.ts";
import { ReferatVisning } from "./borger/ReferatVisning.tsx";
import { delSamtaler, KommendeSamtaler, TidligereSamtaler } from "./borger/SamtaleListe.tsx";
import { samtaleTid, useNu } from "./tid.ts";
import type { Muligheder, Samtale } from "./types.ts";

/**
 * "Mine samtaler" (/borger/samtaler): what the law asks of the citizen and why, their coming and earlier conversations,
 * and from there booking, moving, the receipt and the approved minutes. Each of those is its own address through the
 * search parameters, so a reload or the back button keeps the citizen where they were:
 * `?book=<regel>` (or `fri`) and `?flyt=<samtale>` with `&type&kanal&tid&mid&lokale` as the steps are taken,
 * `?kvittering=<samtale>[&flyttet=1]`, `?referat=<samtale>`.
 */
export function BorgerSamtaler() {
  const { t } = useTranslation();
  const query = useMineSamtaler();
  const [params] = useSearchParams();
  return (
    <div data-testid={ids.page}>
      {query.isError ? <PageHeading>{t("samtaleBorger.heading")}</PageHeading> : null}
      <QueryView query={query}>
        {(data) => <Visning data={data} params={params} refetching={query.isFetching} />}
      </QueryView>
    </div>
  );
}

function Visning({ data, params, refetching }: { data: Muligheder; params: URLSearchParams; refetching: boolean }) {
  const samtale = (id: string | null) => (id ? data.samtaler.find((s) => s.id === id) : undefined);
  const ukendt = (id: string) => (refetching ? <Loading /> : <Ukendt key={id} />);

  const kvittering = params.get("kvittering");
  if (kvittering) {
    const s = samtale(kvittering);
    return s ? (
      <Kvittering key={`k-${s.id}`} samtale={s} flyttet={params.get("flyttet") === "1"} />
    ) : (
      ukendt(kvittering)
    );
  }
  const referat = params.get("referat");
  if (referat) {
    const s = samtale(referat);
    return s?.referat?.status === "godkendt" ? <ReferatVisning key={`r-${s.id}`} samtale={s} /> : ukendt(referat);
  }
  const flyt = params.get("flyt");
  if (flyt) {
    const s = samtale(flyt);
    if (s && s.status === "booket" && s.kanAendres)
      return <BookingFlow key={`f-${s.id}`} data={data} formaal={{ art: "flyt", samtale: s }} />;
    if (s) return <ForSentAtFlytte samtale={s} />;
    return ukendt(flyt);
  }
  const book = params.get("book");
  if (book) {
    const behov = data.behov.find((b) => b.regelId === book);
    return <BookingFlow key={`b-${book}`} data={data} formaal={{ art: "book", behov }} />;
  }
  return <Oversigt key="oversigt" data={data} />;
}

/** The overview: the needs, the coming conversations, the earlier ones, and the way to the messages. */
function Oversigt({ data }: { data: Muligheder }) {
  const { t } = useTranslation();
  const f = useFormat();
  const nu = useNu();
  const beskeder = useBeskeder();
  const [aflyst, setAflyst] = useState<Samtale>();
  const { kommende, tidligere } = delSamtaler(data.samtaler, nu);
  const ulaeste = beskeder.data?.filter((b) => !b.laest).length ?? 0;
  // the cancel form is gone with the conversation: the keyboard continues at the receipt
  useEffect(() => {
    if (aflyst) document.getElementById("cancel-receipt")?.focus();
  }, [aflyst]);
  return (
    <>
      <BackLink to="/borger">{t("borger.backToMinSide")}</BackLink>
      <PageHeading>{t("samtaleBorger.heading")}</PageHeading>
      <p className="font-lead ju-prose">{t("samtaleBorger.lead")}</p>
      <div role="status" id="cancel-receipt" tabIndex={-1} className="ju-receipt">
        {aflyst ? (
          <Alert
            kind="success"
            headingLevel={2}
            heading={t("samtaleBorger.samtaler.aflystKvittering", {
              navn: aflyst.moedetype.navn,
              tid: samtaleTid(aflyst.start, aflyst.slut, f.lang),
            })}
            testId={ids.samtaler.aflyst(aflyst.id)}
          >
            {aflyst.regelId ? <p>{t("samtaleBorger.samtaler.aflystHusk")}</p> : null}
          </Alert>
        ) : null}
      </div>
      <BehovListe behov={data.behov} />
      <KommendeSamtaler samtaler={kommende} onAflyst={setAflyst} />
      <TidligereSamtaler samtaler={tidligere} />
      <section aria-labelledby="other-heading">
        <h2 id="other-heading">{t("samtaleBorger.andet.heading")}</h2>
        <ul className="nobullet-list">
          <li>
            <Link className="function-link" to="/borger/beskeder">
              {t("samtaleBorger.andet.beskeder", { count: ulaeste })}
            </Link>
          </li>
          <li>
            <Link className="function-link" to="/borger/samtaler?book=fri">
              {t("samtaleBorger.andet.bookAnden")}
            </Link>
          </li>
        </ul>
      </section>
    </>
  );
}

function ForSentAtFlytte({ samtale: s }: { samtale: Samtale }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      <BackLink to="/borger/samtaler">{t("samtaleBorger.booking.tilbage")}</BackLink>
      <PageHeading>{t("samtaleBorger.booking.flytHeading")}</PageHeading>
      <Alert kind="warning" heading={t("samtaleBorger.booking.kanIkkeFlyttes")}>
        <p>{t("samtaleBorger.samtaler.forSent", { tid: f.dateTime(s.aendresSenest) })}</p>
      </Alert>
    </>
  );
}

function Ukendt() {
  const { t } = useTranslation();
  return (
    <>
      <BackLink to="/borger/samtaler">{t("samtaleBorger.booking.tilbage")}</BackLink>
      <PageHeading>{t("samtaleBorger.ukendt.heading")}</PageHeading>
      <p>{t("samtaleBorger.ukendt.tekst")}</p>
    </>
  );
}

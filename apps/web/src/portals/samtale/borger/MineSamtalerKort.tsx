import { samtaleBorgerIds as ids } from "#contracts/testids-samtale-borger.ts";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../ui/format.ts";
import { useSted, VideoKnap } from "./dele.tsx";
import { useKanalNavn } from "../kanal.ts";
import { useBeskeder, useMineSamtaler } from "./queries.ts";
import { delSamtaler } from "./SamtaleListe.tsx";
import { samtaleTid, useNu } from "../tid.ts";

/**
 * "Mine samtaler" on Min side: the next booked conversation (with the video button when it is a video meeting), how
 * many conversations the law asks of the citizen now and the nearest deadline, and the ways to the conversations and
 * the messages (with the number of unread ones).
 */
export function MineSamtalerKort() {
  const { t } = useTranslation();
  const f = useFormat();
  const nu = useNu();
  const kanal = useKanalNavn("samtaleBorger");
  const sted = useSted();
  const query = useMineSamtaler();
  const beskeder = useBeskeder();
  const ulaeste = beskeder.data?.filter((b) => !b.laest).length ?? 0;
  const data = query.data;
  const naeste = data ? delSamtaler(data.samtaler, nu).kommende[0] : undefined;
  const behov = data?.behov ?? [];
  const foerste = [...behov].sort((a, b) => a.frist.localeCompare(b.frist))[0];
  const overskredne = behov.filter((b) => b.overskredet).length;
  const ubookede = behov.filter((b) => !b.indkaldt).length;
  return (
    <section className="ju-editor mt-0" aria-labelledby="my-conversations-heading" data-testid={ids.minSide.card}>
      <h2 id="my-conversations-heading" className="h3 mt-0">
        {t("samtaleBorger.minSide.heading")}
      </h2>
      {query.isPending ? (
        <p className="ju-muted">{t("common.loading")}</p>
      ) : query.isError ? (
        <p>{t("samtaleBorger.minSide.fejl")}</p>
      ) : (
        <>
          {naeste ? (
            <div data-testid={ids.minSide.naeste}>
              <p className="mb-2">
                <span className="weight-semibold">{t("samtaleBorger.minSide.naeste")}:</span> {naeste.moedetype.navn},{" "}
                {samtaleTid(naeste.start, naeste.slut, f.lang)}
              </p>
              <p className="mt-0">
                {naeste.kanal === "video" ? kanal(naeste.kanal) : `${kanal(naeste.kanal)} – ${sted(naeste)}`}
              </p>
              {naeste.kanal === "video" ? <VideoKnap samtaleId={naeste.id} testId={ids.minSide.video} /> : null}
            </div>
          ) : (
            <p data-testid={ids.minSide.ingenNaeste}>{t("samtaleBorger.minSide.ingenNaeste")}</p>
          )}
          <p data-testid={ids.minSide.behov}>
            {foerste
              ? [
                  t("samtaleBorger.minSide.behov", { count: behov.length, dato: f.date(foerste.frist) }),
                  overskredne > 0 ? t("samtaleBorger.minSide.overskredet") : "",
                  ubookede > 0
                    ? t("samtaleBorger.minSide.mangler", { count: ubookede })
                    : t("samtaleBorger.minSide.alleBooket"),
                ]
                  .filter(Boolean)
                  .join(" ")
              : t("samtaleBorger.minSide.ingenBehov")}
          </p>
        </>
      )}
      <ul className="nobullet-list">
        <li>
          <Link className="function-link" to="/borger/samtaler" data-testid={ids.minSide.samtalerLink}>
            {t("samtaleBorger.minSide.tilSamtaler")}
          </Link>
        </li>
        <li>
          <Link className="function-link" to="/borger/beskeder" data-testid={ids.minSide.beskederLink}>
            {t("samtaleBorger.minSide.tilBeskeder", { count: ulaeste })}
          </Link>
        </li>
      </ul>
    </section>
  );
}

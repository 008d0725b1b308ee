import { markedLedelseIds as ids } from "#contracts/testids-marked-ledelse.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, problemOf } from "../../../api/client.ts";
import { ErrorSummary } from "../../../ui/ErrorSummary.tsx";
import { SelectField } from "../../../ui/Field.tsx";
import { useFormat } from "../../../ui/format.ts";
import { BackLink, PageHeading } from "../../../ui/page.tsx";
import { ScrollTable } from "../../../ui/ScrollTable.tsx";
import { QueryView } from "../../common/QueryView.tsx";
import type { Effekt as EffektVurdering, Regnskab } from "../types.ts";

/** One offer's effect for one target group (vurderEffekt on the server). */
interface Effekt extends EffektVurdering {
  maalgruppe: string;
  maalgruppeNavn: string;
}

interface UdbudTal {
  id: string;
  titel: string;
  art: string;
  leverandoer: string;
  tilmeldinger: number;
  aktive: number;
  gennemfoert: number;
  afbrudt: number;
  /** completed of those no longer active; null before anyone has finished */
  gennemfoerelsesandel: number | null;
  tokens: number;
  tokensPrIArbejde: number | null;
  effekter: Effekt[];
}

/** GET /api/ledelse/marked */
interface LedelseMarked {
  idag: string;
  beregnet: string | null;
  regnskab: Regnskab;
  udbud: UdbudTal[];
}

const SORTERINGER = ["optag", "gennemfoerelse", "tokens", "effekt", "titel"] as const;
type Sortering = (typeof SORTERINGER)[number];

/** The best measured effect at 13 weeks of an offer (for sorting); offers without enough data last. */
const bedsteEffekt = (u: UdbudTal) =>
  Math.max(Number.NEGATIVE_INFINITY, ...u.effekter.map((e) => e.effekt13 ?? Number.NEGATIVE_INFINITY));

function sorter(rows: readonly UdbudTal[], s: Sortering, lang: string): UdbudTal[] {
  const nul = (x: number | null) => x ?? Number.NEGATIVE_INFINITY;
  const noegle: Record<Sortering, (a: UdbudTal, b: UdbudTal) => number> = {
    optag: (a, b) => b.tilmeldinger - a.tilmeldinger,
    gennemfoerelse: (a, b) => nul(b.gennemfoerelsesandel) - nul(a.gennemfoerelsesandel),
    tokens: (a, b) => b.tokens - a.tokens,
    effekt: (a, b) => bedsteEffekt(b) - bedsteEffekt(a),
    titel: () => 0,
  };
  return [...rows].sort((a, b) => noegle[s](a, b) || a.titel.localeCompare(b.titel, lang));
}

const key = ["markedLedelse", "oversigt"] as const;

/**
 * The manager's view of the marketplace: the municipality's tokens (budget, spent, balances, and whether the ledger
 * balances), and per approved offer the uptake, completion, tokens spent, tokens per citizen in work, and the measured
 * effect 13 weeks after completion per target group, with a button to compute the effect again and a plain account of
 * the method.
 */
export function MarkedLedelse() {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: key, queryFn: () => api<LedelseMarked>("/api/ledelse/marked") });
  return (
    <div data-testid={ids.page}>
      <BackLink to="/ledelse">{t("markedLedelse.back")}</BackLink>
      <PageHeading>{t("markedLedelse.heading")}</PageHeading>
      <p className="font-lead">{t("markedLedelse.lead")}</p>
      <QueryView query={query}>
        {(d) => (
          <>
            <Tokens r={d.regnskab} />
            <Udbud rows={d.udbud} />
            <Genberegn beregnet={d.beregnet} />
          </>
        )}
      </QueryView>
      <Metode />
    </div>
  );
}

function Tokens({ r }: { r: Regnskab }) {
  const { t } = useTranslation();
  const f = useFormat();
  const tal: [string, number][] = [
    ["budget", r.budget],
    ["spent", r.forbrugt],
    ["municipality", r.kommunensSaldo],
    ["citizens", r.borgernesSaldo],
    ["expired", r.udloebet],
  ];
  return (
    <section aria-labelledby="marked-tokens-heading">
      <h2 id="marked-tokens-heading">{t("markedLedelse.tokens.heading")}</h2>
      <ul className="ju-key-figures nobullet-list" data-testid={ids.tokens}>
        {tal.map(([k, v]) => (
          <li key={k}>
            <span className="ju-key-figure">{f.number(v, 0)}</span>
            <span>{t(`markedLedelse.tokens.${k}`)}</span>
          </li>
        ))}
      </ul>
      <p className="ju-prose" data-testid={ids.balanced}>
        <span className="weight-semibold">{t("markedLedelse.tokens.balanced")}: </span>
        <span className={`badge ${r.bevaret ? "badge-success" : "badge-error"}`}>
          {r.bevaret ? t("markedLedelse.tokens.yes") : t("markedLedelse.tokens.no")}
        </span>{" "}
        <span className="ju-muted">{t("markedLedelse.tokens.balancedHint")}</span>
      </p>
    </section>
  );
}

function Udbud({ rows }: { rows: UdbudTal[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [sortering, setSortering] = useState<Sortering>("optag");
  const sorteret = sorter(rows, sortering, f.lang);
  return (
    <section aria-labelledby="marked-offers-heading">
      <h2 id="marked-offers-heading">{t("markedLedelse.offers.heading")}</h2>
      {rows.length === 0 ? (
        <p className="ju-empty" data-testid={ids.empty}>
          {t("markedLedelse.offers.none")}
        </p>
      ) : (
        <>
          <SelectField
            id="marked-offers-sort"
            label={t("markedLedelse.offers.sort")}
            value={sortering}
            onChange={(v) => setSortering(v as Sortering)}
            options={SORTERINGER.map((s) => ({ value: s, label: t(`markedLedelse.offers.sortBy.${s}`) }))}
            testId={ids.sort}
          />
          <ScrollTable captionId="marked-offers-caption">
            <table className="table table--zebra" data-testid={ids.table}>
              <caption id="marked-offers-caption">
                {t("markedLedelse.offers.caption", { sortering: t(`markedLedelse.offers.sortBy.${sortering}`) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("markedLedelse.col.offer")}</th>
                  <th scope="col">{t("markedLedelse.col.provider")}</th>
                  <th scope="col">{t("markedLedelse.col.kind")}</th>
                  <th scope="col" className="align-text-right">
                    {t("markedLedelse.col.enrolments")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("markedLedelse.col.active")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("markedLedelse.col.completed")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("markedLedelse.col.droppedOut")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("markedLedelse.col.completionShare")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("markedLedelse.col.tokens")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("markedLedelse.col.tokensPerJob")}
                  </th>
                  <th scope="col">{t("markedLedelse.col.effect")}</th>
                </tr>
              </thead>
              <tbody>
                {sorteret.map((u) => (
                  <tr key={u.id} data-testid={ids.row(u.id)}>
                    <th scope="row" className="weight-normal">
                      {u.titel}
                    </th>
                    <td>{u.leverandoer}</td>
                    <td>{t(`markedLedelse.art.${u.art}`, { defaultValue: u.art })}</td>
                    <td className="align-text-right">{f.number(u.tilmeldinger, 0)}</td>
                    <td className="align-text-right">{f.number(u.aktive, 0)}</td>
                    <td className="align-text-right">{f.number(u.gennemfoert, 0)}</td>
                    <td className="align-text-right">{f.number(u.afbrudt, 0)}</td>
                    <td className="align-text-right">
                      {u.gennemfoerelsesandel === null ? (
                        <NotYet label={t("markedLedelse.offers.noneFinished")} />
                      ) : (
                        f.percent(u.gennemfoerelsesandel)
                      )}
                    </td>
                    <td className="align-text-right">{f.number(u.tokens, 0)}</td>
                    <td className="align-text-right">
                      {u.tokensPrIArbejde === null ? (
                        <NotYet label={t("markedLedelse.offers.noneInWork")} />
                      ) : (
                        f.number(u.tokensPrIArbejde, 0)
                      )}
                    </td>
                    <td data-testid={ids.effekt(u.id)}>
                      <EffektCelle u={u} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </section>
  );
}

/**
 * A figure that does not exist yet, said in words (a visually hidden text would escape the table's scroll box and
 * make the page scroll sideways on a phone).
 */
function NotYet({ label }: { label: string }) {
  return <span className="ju-muted ju-small">{label}</span>;
}

function EffektCelle({ u }: { u: UdbudTal }) {
  const { t } = useTranslation();
  if (u.effekter.length === 0)
    return (
      <span className="ju-small">
        <span className="weight-semibold">{t("markedLedelse.effect.notEnough")}</span>
        {": "}
        {t("markedLedelse.effect.noCompleters", { count: u.gennemfoert })}
      </span>
    );
  return (
    <ul className="nobullet-list ju-small">
      {u.effekter.map((e) => (
        <li key={e.maalgruppe}>
          <span className="weight-semibold">{e.maalgruppeNavn}: </span>
          {e.status === "nok_data" && e.effekt13 !== null
            ? t("markedLedelse.effect.points", {
                count: Math.abs(e.effekt13),
                fortegn: e.effekt13 > 0 ? "+" : e.effekt13 < 0 ? "−" : "±",
              })
            : t("markedLedelse.effect.notEnough")}
          <br />
          <span className="ju-muted">{e.tekst}</span>
        </li>
      ))}
    </ul>
  );
}

function Genberegn({ beregnet }: { beregnet: string | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const queryClient = useQueryClient();
  const beregn = useMutation({
    mutationFn: () => api<{ beregnet: string }>("/api/ledelse/marked/effekt", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  const problem = problemOf(beregn.error);
  return (
    <section aria-labelledby="marked-recompute-heading">
      <h2 id="marked-recompute-heading">{t("markedLedelse.recompute.heading")}</h2>
      <p className="ju-prose" data-testid={ids.beregnet}>
        {beregnet
          ? t("markedLedelse.recompute.last", { tid: f.dateTime(beregnet) })
          : t("markedLedelse.recompute.never")}{" "}
        {t("markedLedelse.recompute.nightly")}
      </p>
      {problem ? <ErrorSummary problem={problem} /> : null}
      <div className="ju-button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={beregn.isPending}
          onClick={() => beregn.mutate()}
          data-testid={ids.recompute}
        >
          {t("markedLedelse.recompute.button")}
        </button>
      </div>
      <p className="ju-muted-note" role="status" data-testid={ids.recomputed}>
        {beregn.isPending ? t("markedLedelse.recompute.working") : null}
        {beregn.isSuccess ? t("markedLedelse.recompute.done", { tid: f.dateTime(beregn.data.beregnet) }) : null}
      </p>
    </section>
  );
}

function Metode() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="marked-method-heading" data-testid={ids.method}>
      <h2 id="marked-method-heading">{t("markedLedelse.method.heading")}</h2>
      <div className="ju-prose">
        <p>{t("markedLedelse.method.p1")}</p>
        <p>{t("markedLedelse.method.p2")}</p>
        <p>{t("markedLedelse.method.p3")}</p>
        <p>{t("markedLedelse.method.p4")}</p>
      </div>
    </section>
  );
}

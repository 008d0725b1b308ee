/**
 * Suggestions of offers for one citizen (forslag.ts), read in two queries inside the caller's tenant transaction:
 *  1. the citizen: the recorded target group, the job goals (jobplan items of kind 'maal' not broken off, the most
 *     recently updated first; the first whose title names an ESCO occupation is the goal), the offers the citizen is
 *     on or has completed, and the skills of the completed ones;
 *  2. the municipality's approved offers open to the citizen's target group and not already taken, with their effect
 *     row for that group (LEFT JOIN udbud_effekt), and only the columns the suggestion and its display need.
 *
 * Query 2 is kept lean by leaving in the database what can never be suggested. The pure function stays the one place
 * that decides and ranks; the query only returns a superset of what it can pick, small by construction: the offers
 * with a positive effect whose difference is within 2 percentage points of the `antal`-th best (the shown effect is a
 * difference of rounded percentages, so within 1 point of the exact one), and the `antal` offers covering most of the
 * missing skills (the same weights and tie-breaks as the pure function) among those without a positive effect, plus
 * the borderline few with an exact difference in (0, 1 point], which may go either way. So the result is exactly the
 * one over the whole catalogue, and of 5,000 offers a few dozen rows cross the wire (the scan itself stays in the
 * database: one pass over the municipality's offers joined to the effect rows of one target group, then the chosen
 * rows by primary key). The citizen's enrolments are read in one pass (an index on tilmelding (borger_id) would make
 * that a look-up; without it, it is a scan of the municipality's enrolments).
 *
 * The alternative, caching the approved catalogue per municipality behind a version stamp, was not chosen: a stamp
 * that is reliable (approval, withdrawal, edit, every recomputation of effects, even two within the same second) costs
 * about a pass over the same rows, and the cache needs memory per municipality and invalidation on every path that
 * writes offers. bench/offer-suggestions.bench.ts measures the query against a naive version.
 */
import { sql } from "kysely";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { MIN_OBSERVERET } from "./effekt.ts";
import { erhvervForMaal, manglendeFaerdigheder } from "./esco.ts";
import { ANTAL_FORSLAG, type Forslag, type ForslagMaal, type ForslagUdbud, foreslaa } from "./forslag.ts";

export interface VistForslag extends Forslag {
  titel: string;
  art: string;
  prisTokens: number | null;
  abonnement: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Profil {
  maalgruppe: string;
  maal: string[];
  aktive: string[];
  har: string[];
}

interface UdbudRaekke {
  id: string;
  titel: string;
  art: string;
  kompetencer: string[];
  maalgrupper: string[];
  pris_tokens: number | null;
  abonnement: boolean;
  gennemfoert: number | null;
  i_arbejde_13: number | null;
  observeret_13: number | null;
  i_arbejde_26: number | null;
  observeret_26: number | null;
  kontrol_andel_13: number | null;
  kontrol_andel_26: number | null;
  kontrol_antal: number | null;
}

/** The suggestions for the citizen, best first, with what a list shows of each offer. */
export async function forslagForBorger(
  tx: Tx,
  borgerId: string,
  _now: Date,
  antal = ANTAL_FORSLAG,
): Promise<VistForslag[]> {
  if (!UUID.test(borgerId)) throw new AppError("CITIZEN_NOT_FOUND");
  const profil = (
    await sql<Profil>`
      select b.maalgruppe,
             array(select j.titel from jobplan_punkt j
                   where j.borger_id = b.id and j.art = 'maal' and j.status <> 'afbrudt'
                   order by j.opdateret desc, j.id) as maal,
             coalesce(x.aktive, '{}') as aktive, coalesce(x.har, '{}') as har
      from borger b
      -- the citizen's enrolments in one pass: the offers taken, and the skills of those completed
      left join lateral (
        select array_agg(distinct t.udbud_id::text)
                 filter (where t.status in ('tilmeldt', 'startet', 'gennemfoert')) as aktive,
               array_agg(distinct k.s) filter (where t.status = 'gennemfoert' and k.s is not null) as har
        from tilmelding t
        join udbud u on u.id = t.udbud_id
        left join lateral unnest(u.kompetencer) k(s) on true
        where t.borger_id = b.id
      ) x on true
      where b.id = ${borgerId}`.execute(tx)
  ).rows[0];
  if (!profil) throw new AppError("CITIZEN_NOT_FOUND");

  const har = new Set(profil.har);
  let maal: ForslagMaal | null = null;
  for (const titel of profil.maal) {
    const erhverv = erhvervForMaal(titel);
    if (!erhverv) continue;
    const mangler = manglendeFaerdigheder(erhverv, har);
    maal = {
      erhverv: erhverv.da,
      essentielle: mangler.essentielle.map((f) => f.uri),
      valgfrie: mangler.valgfrie.map((f) => f.uri),
    };
    break;
  }
  const manglende = maal ? [...maal.essentielle, ...maal.valgfrie] : [];

  if (antal <= 0) return [];
  // The offers that can be suggested, as a provable superset of what foreslaa picks (see the comment at the top):
  //  - `forskel`: the share in work minus the comparison's, for an effect row with enough data. foreslaa ranks by
  //    effekt13 = round(100 · share) − round(100 · comparison), which lies within 1 of 100 · forskel; so every offer
  //    among its best `antal` has a forskel at least the `antal`-th largest forskel less 0.02;
  //  - `sk[1]`: the weighted coverage of the missing skills, exactly as foreslaa computes it. An offer with forskel
  //    above 0.01 has a positive effekt13 and goes to the effect list; the skill list draws from the others, so the
  //    best `antal` of those with no positive forskel, plus the few with a forskel in (0, 0.01], contain its choice.
  const rows = (
    await sql<UdbudRaekke>`
      with eff as materialized (
        select e.udbud_id, e.i_arbejde_13::float8 / e.observeret_13 - e.kontrol_andel_13 as forskel
        from udbud_effekt e
        where e.maalgruppe = ${profil.maalgruppe} and e.observeret_13 >= ${MIN_OBSERVERET}
          and e.kontrol_andel_13 is not null
      ),
      k as materialized (
        select u.id, coalesce(u.pris_tokens, 0) as pris, eff.forskel,
               -- [weighted coverage, essential skills covered], computed only for offers teaching a missing skill
               case when u.kompetencer && ${manglende}::text[] then
                 (select array[sum(case when s = any(${maal?.essentielle ?? []}::text[]) then 1.0 else 0.5 end),
                               count(*) filter (where s = any(${maal?.essentielle ?? []}::text[]))]
                  from (select distinct unnest(u.kompetencer) s) x where s = any(${manglende}::text[])) end as sk
        from udbud u
        left join eff on eff.udbud_id = u.id
        where u.status = 'godkendt'
          and (cardinality(u.maalgrupper) = 0 or ${profil.maalgruppe} = any(u.maalgrupper))
          and u.id <> all(${profil.aktive}::uuid[])
      ),
      valgt as (
        select id from k
        where forskel > 0
          and forskel >= coalesce((select forskel from k where forskel > 0
                                   order by forskel desc offset ${antal - 1} limit 1), 0) - 0.02
        union
        (select id from k where sk[1] > 0 and (forskel is null or forskel <= 0)
         order by sk[1] desc, pris, sk[2] desc, id limit ${antal})
        union
        select id from k where sk[1] > 0 and forskel > 0 and forskel <= 0.01
      )
      select u.id, u.titel, u.art, u.kompetencer, u.maalgrupper, u.pris_tokens, u.abonnement,
             e.gennemfoert, e.i_arbejde_13, e.observeret_13, e.i_arbejde_26, e.observeret_26,
             e.kontrol_andel_13, e.kontrol_andel_26, e.kontrol_antal
      from udbud u
      left join udbud_effekt e on e.udbud_id = u.id and e.maalgruppe = ${profil.maalgruppe}
      -- by the primary key: a few dozen look-ups, not another pass over the offers
      where u.id = any(array(select id from valgt))`.execute(tx)
  ).rows;

  const ved = new Map(rows.map((r) => [r.id, r]));
  const udbud: ForslagUdbud[] = rows.map((r) => ({
    id: r.id,
    titel: r.titel,
    art: r.art,
    kompetencer: r.kompetencer,
    maalgrupper: r.maalgrupper,
    pris_tokens: r.pris_tokens,
    effekt:
      r.observeret_13 === null
        ? null
        : {
            gennemfoert: r.gennemfoert!,
            i_arbejde_13: r.i_arbejde_13!,
            observeret_13: r.observeret_13,
            i_arbejde_26: r.i_arbejde_26!,
            observeret_26: r.observeret_26!,
            kontrol_andel_13: r.kontrol_andel_13,
            kontrol_andel_26: r.kontrol_andel_26,
            kontrol_antal: r.kontrol_antal!,
          },
  }));
  const forslag = foreslaa({ maalgruppe: profil.maalgruppe, har, maal, aktive: new Set(profil.aktive) }, udbud, antal);
  return forslag.map((f) => {
    const r = ved.get(f.udbudId)!;
    return { ...f, titel: r.titel, art: r.art, prisTokens: r.pris_tokens, abonnement: r.abonnement };
  });
}

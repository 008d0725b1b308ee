/**
 * Suggestions of offers for one citizen (forslag.ts), read inside the caller's tenant transaction.
 *
 * One query per call in the normal case: the citizen (the recorded target group; the job goals, i.e. jobplan items of
 * kind 'maal' not broken off, the most recently updated first, of which the first whose title names an ESCO
 * occupation is the goal; the offers the citizen is on or has completed, and the skills of the completed ones), and
 * in the same statement the version stamp of the municipality's catalogue. The approved offers and their effect rows
 * come from a cache per municipality, valid while the stamp is unchanged; when it has changed (or the entry is older
 * than KATALOG_TTL_MS), a second query reads the catalogue again: every approved offer with only the columns the
 * suggestions need, each with its effect rows for every target group. The pure function then runs over the whole
 * catalogue (well under a millisecond for 5,000 offers).
 *
 * Why a cache: reading the offers on every call is a pass over all of the municipality's offers and their effect rows
 * under row-level security, which costs more than everything else in the call. Measured (bench/offer-suggestions.bench
 * .ts, 5,000 approved offers): a query returning only a provable superset of the pick (a few dozen rows) still took
 * about 13 ms and gave a p95 of 28–35 ms per call; with the cache a call is one query, p95 about 11 ms, and the call
 * that reads the catalogue again about 80 ms. The stamp is cheap and exact:
 *  - the approved set changes only by an approval (an offer becomes 'godkendt') or a withdrawal (an approved offer
 *    becomes 'tilbagetrukket', a final status); an approved offer is never edited (the store refuses: UDBUD_LAAST) and
 *    offers are never deleted (the application role may not). So the number of approved offers and the number of
 *    withdrawn ones together change whenever the approved set does (an approval adds one to the first, a withdrawal
 *    moves one from the first to the second). Both are counted from the index on (kommunekode, status) alone;
 *  - the effect rows are only ever replaced as a whole by genberegnEffekter (effekt-store.ts), which stamps them with
 *    a `beregnet` later than any before; so their number and their latest `beregnet` change whenever they do;
 *  - the stamp also names the database (its system identifier and name), so two databases in one process (tests)
 *    never share an entry.
 * The stamp is read before the catalogue, so an entry is never older than its stamp; a change in between only makes
 * the next call read again. KATALOG_TTL_MS bounds what a change by any other path (a manual update) could leave stale.
 */
import { sql } from "kysely";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import type { EffektTal } from "./effekt.ts";
import { erhvervForMaal, manglendeFaerdigheder } from "./esco.ts";
import { ANTAL_FORSLAG, type Forslag, type ForslagMaal, type ForslagUdbud, foreslaa } from "./forslag.ts";

export interface VistForslag extends Forslag {
  titel: string;
  art: string;
  prisTokens: number | null;
  abonnement: boolean;
}

/** How long a cached catalogue may be used at most, even with an unchanged stamp. */
export const KATALOG_TTL_MS = 10 * 60_000;
/** How many municipalities' catalogues are kept (the least recently used goes first). */
const KATALOG_MAKS = 32;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface KatalogUdbud extends ForslagUdbud {
  abonnement: boolean;
}

interface Katalog {
  stempel: string;
  hentet: number;
  udbud: KatalogUdbud[];
  /** per target group: the effect row of each offer that has one */
  effekter: Map<string, Map<string, EffektTal>>;
  /** per target group: the offers with that group's effect attached, built when first asked for */
  perGruppe: Map<string, KatalogUdbud[]>;
  vedId: Map<string, KatalogUdbud>;
}

/** The cached catalogues, by database and municipality; a Map keeps insertion order, which makes it an LRU. */
const kataloger = new Map<string, Katalog>();

/** Forgets every cached catalogue (the next call of each municipality reads its catalogue again). */
export function glemForslagKatalog(): void {
  kataloger.clear();
}

interface Profil {
  db: string;
  kommunekode: string;
  maalgruppe: string;
  maal: string[];
  aktive: string[];
  har: string[];
  stempel: string;
}

interface UdbudRaekke {
  id: string;
  titel: string;
  art: string;
  kompetencer: string[];
  maalgrupper: string[];
  pris_tokens: number | null;
  abonnement: boolean;
  /** [maalgruppe, gennemfoert, i_arbejde_13, observeret_13, i_arbejde_26, observeret_26, kontrol_andel_13,
   * kontrol_andel_26, kontrol_antal] per effect row */
  effekter: [string, number, number, number, number, number, number | null, number | null, number][] | null;
}

async function hentKatalog(tx: Tx, stempel: string): Promise<Katalog> {
  const rows = (
    await sql<UdbudRaekke>`
      select u.id, u.titel, u.art, u.kompetencer, u.maalgrupper, u.pris_tokens, u.abonnement, e.effekter
      from udbud u
      left join (
        select udbud_id,
               json_agg(json_build_array(maalgruppe, gennemfoert, i_arbejde_13, observeret_13, i_arbejde_26,
                                         observeret_26, kontrol_andel_13, kontrol_andel_26, kontrol_antal)) as effekter
        from udbud_effekt group by udbud_id
      ) e on e.udbud_id = u.id
      where u.status = 'godkendt'
      order by u.id`.execute(tx)
  ).rows;
  const effekter = new Map<string, Map<string, EffektTal>>();
  const udbud = rows.map((r): KatalogUdbud => {
    for (const [g, gennemfoert, i13, o13, i26, o26, k13, k26, antal] of r.effekter ?? []) {
      let m = effekter.get(g);
      if (!m) {
        m = new Map();
        effekter.set(g, m);
      }
      m.set(r.id, {
        gennemfoert,
        i_arbejde_13: i13,
        observeret_13: o13,
        i_arbejde_26: i26,
        observeret_26: o26,
        kontrol_andel_13: k13,
        kontrol_andel_26: k26,
        kontrol_antal: antal,
      });
    }
    // plain objects of one shape: the pure function reads thousands of them per call
    return {
      id: r.id,
      titel: r.titel,
      art: r.art,
      kompetencer: r.kompetencer,
      maalgrupper: r.maalgrupper,
      pris_tokens: r.pris_tokens,
      abonnement: r.abonnement,
      effekt: null,
    };
  });
  return {
    stempel,
    hentet: Date.now(),
    udbud,
    effekter,
    perGruppe: new Map(),
    vedId: new Map(udbud.map((u) => [u.id, u])),
  };
}

function forGruppe(k: Katalog, maalgruppe: string): KatalogUdbud[] {
  let liste = k.perGruppe.get(maalgruppe);
  if (!liste) {
    const eff = k.effekter.get(maalgruppe);
    liste = k.udbud.map((u) => ({
      id: u.id,
      titel: u.titel,
      art: u.art,
      kompetencer: u.kompetencer,
      maalgrupper: u.maalgrupper,
      pris_tokens: u.pris_tokens,
      abonnement: u.abonnement,
      effekt: eff?.get(u.id) ?? null,
    }));
    k.perGruppe.set(maalgruppe, liste);
  }
  return liste;
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
      select (select system_identifier from pg_control_system())::text || '/' || current_database() as db,
             b.kommunekode, b.maalgruppe,
             array(select j.titel from jobplan_punkt j
                   where j.borger_id = b.id and j.art = 'maal' and j.status <> 'afbrudt'
                   order by j.opdateret desc, j.id) as maal,
             coalesce(x.aktive, '{}') as aktive, coalesce(x.har, '{}') as har,
             (select count(*) filter (where u.status = 'godkendt') || ':' ||
                     count(*) filter (where u.status = 'tilbagetrukket')
              from udbud u where u.status in ('godkendt', 'tilbagetrukket')) || ':' ||
             (select count(*) || ':' || coalesce(max(e.beregnet)::text, '') from udbud_effekt e) as stempel
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

  const noegle = `${profil.db}/${profil.kommunekode}`;
  let katalog = kataloger.get(noegle);
  if (!katalog || katalog.stempel !== profil.stempel || Date.now() - katalog.hentet > KATALOG_TTL_MS) {
    katalog = await hentKatalog(tx, profil.stempel);
  }
  // most recently used last
  kataloger.delete(noegle);
  kataloger.set(noegle, katalog);
  if (kataloger.size > KATALOG_MAKS) kataloger.delete(kataloger.keys().next().value!);

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

  const udbud = forGruppe(katalog, profil.maalgruppe);
  const forslag = foreslaa({ maalgruppe: profil.maalgruppe, har, maal, aktive: new Set(profil.aktive) }, udbud, antal);
  return forslag.map((f) => {
    const u = katalog.vedId.get(f.udbudId)!;
    return { ...f, titel: u.titel, art: u.art, prisTokens: u.pris_tokens, abonnement: u.abonnement };
  });
}

/**
 * The one taxonomy context every module matches with (docs/esco.md "Reading it"): the non-obsolete occupations with
 * their skills (`escoTaksonomi`), the matching core's context built from them, and the labels of skills and
 * occupations. The ESCO module owns it; the CV's brancheskift, the matching service and the CV seed all use it.
 *
 * Built once per database and kept until the taxonomy changes: a new ESCO import run (the import command and the
 * demo seed each write an `esco_import` row) or another number of occupations or skills.
 */
import { type Kysely, sql } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import { bygKontekst, type MatchErhverv, type MatchKontekst } from "../job/match/model.ts";
import { escoTaksonomi } from "./store.ts";

type Db = Kysely<DB>;

export interface Navne {
  /** an ESCO skill's or occupation's label: Danish where the taxonomy has it, else English */
  da: Map<string, string>;
  en: Map<string, string>;
}

export interface EscoKontekst {
  /** the taxonomy's mark it was built for (see escoMaerke) */
  maerke: string;
  /** every non-obsolete occupation with its essential and optional skills, in URI order */
  erhverv: MatchErhverv[];
  /** the same, by URI */
  erhvervEfterUri: Map<string, MatchErhverv>;
  /** the matching core's context (match/model.ts bygKontekst) */
  kontekst: MatchKontekst;
  /** labels of every skill and of the non-obsolete occupations */
  navne: Navne;
}

/** Changes when the taxonomy is imported again: the newest import run and the numbers of occupations and skills. */
export async function escoMaerke(db: Db): Promise<string> {
  const r = await sql<{ m: string }>`select (select coalesce(max(id), 0) from esco_import)::text || ':' ||
      (select count(*) from esco_erhverv)::text || ':' || (select count(*) from esco_faerdighed)::text as m`.execute(
    db,
  );
  return r.rows[0]!.m;
}

async function byg(db: Db, maerke: string): Promise<EscoKontekst> {
  const [erhverv, faerdigheder, erhvervsnavne] = await Promise.all([
    escoTaksonomi(db),
    db.selectFrom("esco_faerdighed").select(["uri", "titel_da", "titel_en"]).execute(),
    db.selectFrom("esco_erhverv").select(["uri", "titel_da", "titel_en"]).where("udgaaet", "=", false).execute(),
  ]);
  const navne: Navne = { da: new Map(), en: new Map() };
  for (const f of [...faerdigheder, ...erhvervsnavne]) {
    navne.da.set(f.uri, f.titel_da ?? f.titel_en);
    navne.en.set(f.uri, f.titel_en);
  }
  return {
    maerke,
    erhverv,
    erhvervEfterUri: new Map(erhverv.map((e) => [e.uri, e])),
    kontekst: bygKontekst(erhverv),
    navne,
  };
}

/**
 * A value built from the taxonomy, kept per database until the taxonomy changes (`escoMaerke`): the shared context
 * below, the occupation search's index and the ad-skill lexicon all keep theirs this way. The answer takes `ejer`,
 * the database the value belongs to (the app's handle: one value per database, as the tests run several in one
 * process), and `laeser`, which reads it (a request's transaction is fine: ESCO is reference data every municipality
 * reads). Concurrent callers share one build; a failed build is forgotten. `glem` forgets a database's value.
 */
export function perTaksonomi<T>(byg: (laeser: Db, maerke: string) => Promise<T>): {
  hent(ejer: Db, laeser?: Db): Promise<T>;
  glem(ejer: Db): void;
} {
  const cache = new WeakMap<object, { maerke: string; vaerdi: Promise<T> }>();
  return {
    async hent(ejer, laeser = ejer) {
      const maerke = await escoMaerke(laeser);
      const hit = cache.get(ejer);
      if (hit && hit.maerke === maerke) return hit.vaerdi;
      const vaerdi = byg(laeser, maerke);
      const post = { maerke, vaerdi };
      cache.set(ejer, post);
      vaerdi.catch(() => {
        if (cache.get(ejer) === post) cache.delete(ejer);
      });
      return vaerdi;
    },
    glem(ejer) {
      cache.delete(ejer);
    },
  };
}

const kontekster = perTaksonomi(byg);

/** The context of the database's current taxonomy (see perTaksonomi for `ejer` and `laeser`). */
export function escoKontekst(ejer: Db, laeser: Db = ejer): Promise<EscoKontekst> {
  return kontekster.hent(ejer, laeser);
}

/** Forgets a database's context (tests; a new import is noticed on its own). */
export function glemEscoKontekst(ejer: Db): void {
  kontekster.glem(ejer);
}

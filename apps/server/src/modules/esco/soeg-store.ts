/**
 * The occupation search's index over the taxonomy in the database (docs/erhvervssoegning.md): built from the
 * non-obsolete occupations and their ISCO group titles, kept in memory per database and rebuilt when the taxonomy
 * changes (a new ESCO import; the ESCO module's perTaksonomi). The server starts building it in the background when it starts
 * (forvarmErhvervssoegning); the first search builds it if that has not happened or failed.
 */
import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import { perTaksonomi } from "./kontekst.ts";
import { bygErhvervsindeks, type Erhvervsindeks, soegErhverv } from "./soeg.ts";

type Db = Kysely<DB>;

export interface ErhvervsForslag {
  uri: string;
  titel: string;
  titelEn: string;
  isco: string;
  iscoTitel: string | null;
  score: number;
  fundetVia: string;
}

interface Oplysninger {
  titel: string;
  titelEn: string;
  isco: string;
  iscoTitel: string | null;
}

interface Cache {
  indeks: Erhvervsindeks;
  oplysninger: Map<string, Oplysninger>;
}

async function bygCache(db: Db): Promise<Cache> {
  const raekker = await db
    .selectFrom("esco_erhverv as e")
    .leftJoin("esco_isco_gruppe as g", "g.kode", "e.isco")
    .select([
      "e.uri",
      "e.isco",
      "e.titel_da",
      "e.titel_en",
      "e.alt_da",
      "e.alt_en",
      "e.synonymer_da",
      "g.titel_da as iscoTitel_da",
      "g.titel_en as iscoTitel_en",
    ])
    .where("e.udgaaet", "=", false)
    .orderBy("e.uri")
    .execute();
  const oplysninger = new Map<string, Oplysninger>();
  for (const r of raekker) {
    oplysninger.set(r.uri, {
      titel: r.titel_da ?? r.titel_en,
      titelEn: r.titel_en,
      isco: r.isco,
      iscoTitel: r.iscoTitel_da ?? r.iscoTitel_en ?? null,
    });
  }
  return { indeks: bygErhvervsindeks(raekker), oplysninger };
}

/** The index, one per database, rebuilt when the taxonomy changes (the ESCO module's perTaksonomi). */
const indekser = perTaksonomi(bygCache);

/**
 * The index of the taxonomy as it is now. `db` is the connection or transaction to read with; `noegle` the database
 * the index belongs to (the application's database handle).
 */
function indeks(db: Db, noegle: Db): Promise<Cache> {
  return indekser.hent(noegle, db);
}

/**
 * Builds the index ahead of the first search (the server's start-up, in the background): the same cache the searches
 * use, so a search that comes while it is being built waits for it instead of building it again.
 */
export async function forvarmErhvervssoegning(db: Db): Promise<void> {
  await indeks(db, db);
}

/** The occupations best matching a typed job title, with their titles and ISCO groups. */
export async function soegErhvervIDb(db: Db, noegle: Db, tekst: string, n: number): Promise<ErhvervsForslag[]> {
  const c = await indeks(db, noegle);
  return soegErhverv(c.indeks, tekst, n).flatMap((f) => {
    const o = c.oplysninger.get(f.uri);
    return o ? [{ uri: f.uri, ...o, score: f.score, fundetVia: f.fundetVia }] : [];
  });
}

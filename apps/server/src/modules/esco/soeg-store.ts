/**
 * The occupation search's index over the taxonomy in the database (docs/erhvervssoegning.md): built from the
 * non-obsolete occupations and their ISCO group titles, kept in memory per database and rebuilt when a new ESCO
 * import (the latest `esco_import.id`) has been made. The server starts building it in the background when it starts
 * (forvarmErhvervssoegning); the first search builds it if that has not happened or failed.
 */
import type { Kysely } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
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
  importId: string | null;
  indeks: Erhvervsindeks;
  oplysninger: Map<string, Oplysninger>;
}

/** One cache per database (the tests run several databases in one process). */
const caches = new WeakMap<object, Promise<Cache>>();

async function senesteImport(db: Db): Promise<string | null> {
  const r = await db
    .selectFrom("esco_import")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return r?.id == null ? null : String(r.id);
}

async function bygCache(db: Db, importId: string | null): Promise<Cache> {
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
  return { importId, indeks: bygErhvervsindeks(raekker), oplysninger };
}

/**
 * The index of the taxonomy as it is now. `db` is the connection or transaction to read with; `noegle` the object
 * the cache is kept under (the application's database handle).
 */
async function indeks(db: Db, noegle: object): Promise<Cache> {
  const importId = await senesteImport(db);
  const gammel = caches.get(noegle);
  if (gammel) {
    const c = await gammel.catch(() => null);
    if (c && c.importId === importId) return c;
  }
  const ny = bygCache(db, importId);
  caches.set(noegle, ny);
  ny.catch(() => caches.delete(noegle));
  return ny;
}

/**
 * Builds the index ahead of the first search (the server's start-up, in the background): the same cache the searches
 * use, so a search that comes while it is being built waits for it instead of building it again.
 */
export async function forvarmErhvervssoegning(db: Db): Promise<void> {
  await indeks(db, db);
}

/** The occupations best matching a typed job title, with their titles and ISCO groups. */
export async function soegErhvervIDb(db: Db, noegle: object, tekst: string, n: number): Promise<ErhvervsForslag[]> {
  const c = await indeks(db, noegle);
  return soegErhverv(c.indeks, tekst, n).flatMap((f) => {
    const o = c.oplysninger.get(f.uri);
    return o ? [{ uri: f.uri, ...o, score: f.score, fundetVia: f.fundetVia }] : [];
  });
}

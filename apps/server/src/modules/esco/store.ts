/**
 * Reading the ESCO taxonomy (docs/esco.md): reference data shared by every municipality, so these work on the
 * owner's connection or inside any municipality's transaction alike.
 */
import { type Kysely, sql } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import type { EscoArt } from "../../platform/db/schema-job.ts";
import type { MatchErhverv } from "../job/match/model.ts";
import { rangerFaerdigheder, soegeord } from "./faerdighedssoeg.ts";

type Db = Kysely<DB>;
export type Sprog = "da" | "en";

/**
 * Every non-obsolete occupation with its essential and optional skill URIs (in URI order), shaped for the matching
 * core's context. Relations to obsolete skills are left out.
 */
export async function escoTaksonomi(db: Db): Promise<MatchErhverv[]> {
  const [erhverv, rel] = await Promise.all([
    db.selectFrom("esco_erhverv").select(["uri", "isco"]).where("udgaaet", "=", false).orderBy("uri").execute(),
    db
      .selectFrom("esco_erhverv_faerdighed as r")
      .innerJoin("esco_faerdighed as f", "f.uri", "r.faerdighed_uri")
      .select(["r.erhverv_uri", "r.faerdighed_uri", "r.relation"])
      .where("f.udgaaet", "=", false)
      .orderBy("r.erhverv_uri")
      .orderBy("r.faerdighed_uri")
      .execute(),
  ]);
  const ess = new Map<string, string[]>();
  const val = new Map<string, string[]>();
  for (const r of rel) {
    const m = r.relation === "essentiel" ? ess : val;
    let liste = m.get(r.erhverv_uri);
    if (!liste) {
      liste = [];
      m.set(r.erhverv_uri, liste);
    }
    liste.push(r.faerdighed_uri);
  }
  return erhverv.map((e) => ({
    uri: e.uri,
    isco: e.isco,
    essentielle: ess.get(e.uri) ?? [],
    valgfrie: val.get(e.uri) ?? [],
  }));
}

/** The labels of skills (and occupations): Danish where the taxonomy has one, else English; `sprog` "en" gives English. */
export async function faerdighedsnavne(db: Db, uris: readonly string[], sprog: Sprog): Promise<Map<string, string>> {
  const navne = new Map<string, string>();
  const unikke = [...new Set(uris)];
  if (unikke.length === 0) return navne;
  const [f, e] = await Promise.all([
    db.selectFrom("esco_faerdighed").select(["uri", "titel_da", "titel_en"]).where("uri", "in", unikke).execute(),
    db.selectFrom("esco_erhverv").select(["uri", "titel_da", "titel_en"]).where("uri", "in", unikke).execute(),
  ]);
  for (const r of [...f, ...e]) navne.set(r.uri, sprog === "en" ? r.titel_en : (r.titel_da ?? r.titel_en));
  return navne;
}

export interface ErhvervDetalje {
  uri: string;
  titel: string;
  titelEn: string;
  isco: string;
  iscoTitel: string | null;
  udgaaet: boolean;
  essentielle: { uri: string; titel: string }[];
  valgfrie: { uri: string; titel: string }[];
}

/** One occupation with its ISCO group and its skills (labels in `sprog`); undefined when the URI is unknown. */
export async function erhvervMedFaerdigheder(db: Db, uri: string, sprog: Sprog): Promise<ErhvervDetalje | undefined> {
  const e = await db
    .selectFrom("esco_erhverv as e")
    .leftJoin("esco_isco_gruppe as g", "g.kode", "e.isco")
    .select([
      "e.uri",
      "e.isco",
      "e.titel_da",
      "e.titel_en",
      "e.udgaaet",
      "g.titel_da as isco_da",
      "g.titel_en as isco_en",
    ])
    .where("e.uri", "=", uri)
    .executeTakeFirst();
  if (!e) return undefined;
  const rel = await db
    .selectFrom("esco_erhverv_faerdighed as r")
    .innerJoin("esco_faerdighed as f", "f.uri", "r.faerdighed_uri")
    .select(["f.uri", "f.titel_da", "f.titel_en", "r.relation"])
    .where("r.erhverv_uri", "=", uri)
    .where("f.udgaaet", "=", false)
    .execute();
  const navn = (r: { titel_da: string | null; titel_en: string }) =>
    sprog === "en" ? r.titel_en : (r.titel_da ?? r.titel_en);
  const sorter = (a: { titel: string }, b: { titel: string }) => a.titel.localeCompare(b.titel, sprog);
  const liste = (relation: "essentiel" | "valgfri") =>
    rel
      .filter((r) => r.relation === relation)
      .map((r) => ({ uri: r.uri, titel: navn(r) }))
      .sort(sorter);
  return {
    uri: e.uri,
    titel: navn(e),
    titelEn: e.titel_en,
    isco: e.isco,
    iscoTitel: sprog === "en" ? (e.isco_en ?? null) : (e.isco_da ?? e.isco_en ?? null),
    udgaaet: e.udgaaet,
    essentielle: liste("essentiel"),
    valgfrie: liste("valgfri"),
  };
}

export interface FaerdighedForslag {
  uri: string;
  titel: string;
  art: EscoArt;
}

/**
 * Skills whose Danish or English label (or alternative label or synonym) starts with the query's words, ranked: an
 * exact label first, then a label that starts with the query, then one where every word of the query starts a word.
 */
export async function soegFaerdigheder(db: Db, q: string, n: number, sprog: Sprog): Promise<FaerdighedForslag[]> {
  const ord = soegeord(q);
  if (ord.length === 0) return [];
  // candidates: any label containing the longest word; the ranking in faerdighedssoeg.ts decides
  const laengst = [...ord].sort((a, b) => b.length - a.length)[0]!;
  const moenster = `%${laengst.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const kandidater = await db
    .selectFrom("esco_faerdighed")
    .select(["uri", "titel_da", "titel_en", "alt_da", "alt_en", "synonymer_da", "art"])
    .where("udgaaet", "=", false)
    .where((eb) =>
      eb.or([
        eb(sql`lower(coalesce(titel_da, ''))`, "like", moenster),
        eb(sql`lower(titel_en)`, "like", moenster),
        eb(sql`lower(array_to_string(alt_da || synonymer_da, ' | '))`, "like", moenster),
        eb(sql`lower(array_to_string(alt_en, ' | '))`, "like", moenster),
      ]),
    )
    .limit(2000)
    .execute();
  return rangerFaerdigheder(q, kandidater, n).map((f) => ({
    uri: f.uri,
    titel: sprog === "en" ? f.titel_en : (f.titel_da ?? f.titel_en),
    art: f.art,
  }));
}

export interface EscoStatus {
  antal: { erhverv: number; udgaaedeErhverv: number; faerdigheder: number; relationer: number; iscoGrupper: number };
  importer: {
    id: string;
    version: string;
    sprog: string;
    kilde: string;
    importeret: string;
    antalErhverv: number;
    antalFaerdigheder: number;
    antalRelationer: number;
  }[];
}

/** The taxonomy's size and its imports, newest first (the administrator's page). */
export async function escoStatus(db: Db): Promise<EscoStatus> {
  const [e, f, r, g, importer] = await Promise.all([
    db
      .selectFrom("esco_erhverv")
      .select([
        sql<string>`count(*) filter (where not udgaaet)`.as("aktive"),
        sql<string>`count(*) filter (where udgaaet)`.as("udgaaede"),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("esco_faerdighed")
      .select(sql<string>`count(*)`.as("n"))
      .where("udgaaet", "=", false)
      .executeTakeFirstOrThrow(),
    db.selectFrom("esco_erhverv_faerdighed").select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("esco_isco_gruppe").select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow(),
    db.selectFrom("esco_import").selectAll().orderBy("importeret", "desc").orderBy("id", "desc").limit(20).execute(),
  ]);
  return {
    antal: {
      erhverv: Number(e.aktive),
      udgaaedeErhverv: Number(e.udgaaede),
      faerdigheder: Number(f.n),
      relationer: Number(r.n),
      iscoGrupper: Number(g.n),
    },
    importer: importer.map((i) => ({
      id: String(i.id),
      version: i.version,
      sprog: i.sprog,
      kilde: i.kilde,
      importeret: new Date(i.importeret).toISOString(),
      antalErhverv: i.antal_erhverv,
      antalFaerdigheder: i.antal_faerdigheder,
      antalRelationer: i.antal_relationer,
    })),
  };
}

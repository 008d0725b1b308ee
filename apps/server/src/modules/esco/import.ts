/**
 * The ESCO import's database side (docs/esco.md): reads an ESCO CSV folder (import-model.ts does the parsing and
 * mapping) and upserts it into the esco_* tables in one transaction, as the owner.
 *
 * Idempotent: rows are upserted by URI; a concept the import does not contain is marked udgaaet (never deleted, so
 * CVs and job orders that refer to it stay valid); the relations of every imported occupation are replaced; the
 * project's own synonymer_da are never touched. A column the import's language does not fill (titel_da in an English
 * import, titel_en in a Danish one) keeps its value.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type Kysely, sql } from "kysely";
import type { DB } from "../../platform/db/schema.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import {
  type Advarsel,
  bygRaekker,
  type DanskEtiket,
  type EscoData,
  findEscoFiler,
  type ImportRaekker,
  laesDanskeEtiketter,
  laesErhverv,
  laesFaerdigheder,
  laesIscoGrupper,
  laesRelationer,
  versionFraNavn,
} from "./import-model.ts";

const BATCH = 1000;
const RELATIONSBATCH = 10_000;

export interface ImportResultat {
  importId: string;
  version: string;
  sprog: string;
  erhverv: number;
  faerdigheder: number;
  relationer: number;
  iscoGrupper: number;
  /** concepts of earlier imports that this one does not contain, now marked udgaaet */
  udgaaedeErhverv: number;
  udgaaedeFaerdigheder: number;
  advarsler: Advarsel[];
}

/** Reads an ESCO CSV folder (and, optionally, the Danish occupation label file) into table rows. */
export function laesEscoMappe(
  mappe: string,
  opts: { sprog?: string; danskeEtiketter?: string } = {},
): { raekker: ImportRaekker; version: string | null } {
  const filer = findEscoFiler(readdirSync(mappe), opts.sprog);
  const laes = (fil: string) => readFileSync(path.join(mappe, fil));
  const e = laesErhverv(laes(filer.erhverv), filer.erhverv);
  const f = laesFaerdigheder(laes(filer.faerdigheder), filer.faerdigheder);
  const r = laesRelationer(laes(filer.relationer), filer.relationer);
  const g = filer.isco ? laesIscoGrupper(laes(filer.isco), filer.isco) : { poster: [], advarsler: [] };
  let danske: DanskEtiket[] = [];
  const advarsler = [...e.advarsler, ...f.advarsler, ...r.advarsler, ...g.advarsler];
  if (opts.danskeEtiketter) {
    const d = laesDanskeEtiketter(readFileSync(opts.danskeEtiketter, "utf8"), path.basename(opts.danskeEtiketter));
    danske = d.poster;
    advarsler.push(...d.advarsler);
  }
  const data: EscoData = {
    sprog: filer.sprog,
    erhverv: e.poster,
    faerdigheder: f.poster,
    relationer: r.poster,
    isco: g.poster,
  };
  const raekker = bygRaekker(data, danske);
  raekker.advarsler.unshift(...advarsler);
  return { raekker, version: versionFraNavn(path.basename(path.resolve(mappe))) };
}

function batches<T>(liste: readonly T[], stoerrelse = BATCH): T[][] {
  const ud: T[][] = [];
  for (let i = 0; i < liste.length; i += stoerrelse) ud.push(liste.slice(i, i + stoerrelse));
  return ud;
}

/** A label list for a text[] column: an import that does not know the column writes none (the upsert keeps the old). */
const arr = (v: string[] | null) => v ?? [];

/**
 * Writes an import's rows in one transaction and records an esco_import row. `kilde` names the folder; `version` is
 * ESCO's version ("v1.1.1") or null when unknown.
 */
export async function skrivImport(
  db: Kysely<DB>,
  raekker: ImportRaekker,
  opts: { version: string | null; kilde: string; naar: Date },
): Promise<ImportResultat> {
  return db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto("esco_import")
      .values({
        version: opts.version ?? "ukendt",
        sprog: raekker.sprog,
        kilde: opts.kilde,
        importeret: opts.naar,
        antal_erhverv: raekker.erhverv.length,
        antal_faerdigheder: raekker.faerdigheder.length,
        antal_relationer: raekker.relationer.length,
      })
      .returning("id")
      .executeTakeFirstOrThrow();

    await skrivIsco(tx, raekker);
    await skrivErhverv(tx, raekker, id);
    await skrivFaerdigheder(tx, raekker, id);
    await skrivRelationer(tx, raekker);

    // what this import did not contain is obsolete; what it did is current again
    const e = await tx
      .updateTable("esco_erhverv")
      .set({ udgaaet: true })
      .where("udgaaet", "=", false)
      .where((eb) => eb.or([eb("import_id", "is", null), eb("import_id", "!=", id)]))
      .executeTakeFirst();
    const f = await tx
      .updateTable("esco_faerdighed")
      .set({ udgaaet: true })
      .where("udgaaet", "=", false)
      .where((eb) => eb.or([eb("import_id", "is", null), eb("import_id", "!=", id)]))
      .executeTakeFirst();

    return {
      importId: String(id),
      version: opts.version ?? "ukendt",
      sprog: raekker.sprog,
      erhverv: raekker.erhverv.length,
      faerdigheder: raekker.faerdigheder.length,
      relationer: raekker.relationer.length,
      iscoGrupper: raekker.isco.length,
      udgaaedeErhverv: Number(e.numUpdatedRows),
      udgaaedeFaerdigheder: Number(f.numUpdatedRows),
      advarsler: raekker.advarsler,
    };
  });
}

async function skrivIsco(tx: Tx, r: ImportRaekker): Promise<void> {
  for (const b of batches(r.isco)) {
    await tx
      .insertInto("esco_isco_gruppe")
      .values(b.map((g) => ({ kode: g.kode, titel_da: g.titel_da, titel_en: g.titel_en ?? g.titel_da ?? g.kode })))
      .onConflict((oc) =>
        oc.column("kode").doUpdateSet({
          titel_da: sql`coalesce(excluded.titel_da, esco_isco_gruppe.titel_da)`,
          // a Danish-only row brings no English title: keep the one there is
          titel_en: r.sprog === "da" ? sql`esco_isco_gruppe.titel_en` : sql`excluded.titel_en`,
        }),
      )
      .execute();
  }
}

async function skrivErhverv(tx: Tx, r: ImportRaekker, importId: string): Promise<void> {
  const dansk = r.sprog === "da";
  for (const b of batches(r.erhverv)) {
    await tx
      .insertInto("esco_erhverv")
      .values(
        b.map((e) => ({
          uri: e.uri,
          isco: e.isco,
          kode: e.kode,
          titel_da: e.titel_da,
          // NOT NULL: a Danish import of a new occupation uses the Danish label until an English import comes
          titel_en: e.titel_en ?? e.titel_da ?? e.uri,
          alt_da: arr(e.alt_da),
          alt_en: arr(e.alt_en),
          beskrivelse: e.beskrivelse,
          udgaaet: false,
          import_id: importId,
        })),
      )
      .onConflict((oc) =>
        oc.column("uri").doUpdateSet({
          isco: sql`excluded.isco`,
          kode: sql`coalesce(excluded.kode, esco_erhverv.kode)`,
          titel_da: sql`coalesce(excluded.titel_da, esco_erhverv.titel_da)`,
          titel_en: dansk ? sql`esco_erhverv.titel_en` : sql`excluded.titel_en`,
          alt_da: dansk
            ? sql`excluded.alt_da`
            : sql`case when excluded.titel_da is null then esco_erhverv.alt_da else excluded.alt_da end`,
          alt_en: dansk ? sql`esco_erhverv.alt_en` : sql`excluded.alt_en`,
          beskrivelse: dansk ? sql`esco_erhverv.beskrivelse` : sql`excluded.beskrivelse`,
          udgaaet: false,
          import_id: sql`excluded.import_id`,
        }),
      )
      .execute();
  }
}

async function skrivFaerdigheder(tx: Tx, r: ImportRaekker, importId: string): Promise<void> {
  const dansk = r.sprog === "da";
  for (const b of batches(r.faerdigheder)) {
    await tx
      .insertInto("esco_faerdighed")
      .values(
        b.map((f) => ({
          uri: f.uri,
          titel_da: f.titel_da,
          titel_en: f.titel_en ?? f.titel_da ?? f.uri,
          alt_da: arr(f.alt_da),
          alt_en: arr(f.alt_en),
          art: f.art,
          genbrug: f.genbrug,
          udgaaet: false,
          import_id: importId,
        })),
      )
      .onConflict((oc) =>
        oc.column("uri").doUpdateSet({
          titel_da: dansk ? sql`excluded.titel_da` : sql`esco_faerdighed.titel_da`,
          titel_en: dansk ? sql`esco_faerdighed.titel_en` : sql`excluded.titel_en`,
          alt_da: dansk ? sql`excluded.alt_da` : sql`esco_faerdighed.alt_da`,
          alt_en: dansk ? sql`esco_faerdighed.alt_en` : sql`excluded.alt_en`,
          art: sql`excluded.art`,
          genbrug: sql`coalesce(excluded.genbrug, esco_faerdighed.genbrug)`,
          udgaaet: false,
          import_id: sql`excluded.import_id`,
        }),
      )
      .execute();
  }
}

async function skrivRelationer(tx: Tx, r: ImportRaekker): Promise<void> {
  // the relations of every imported occupation are replaced by the import's
  for (const b of batches(r.erhverv.map((e) => e.uri))) {
    await tx.deleteFrom("esco_erhverv_faerdighed").where("erhverv_uri", "in", b).execute();
  }
  // three array parameters per batch instead of three per row: the statement stays small however many rows it has
  for (const b of batches(r.relationer, RELATIONSBATCH)) {
    await sql`
      INSERT INTO esco_erhverv_faerdighed (erhverv_uri, faerdighed_uri, relation)
      SELECT * FROM unnest(
        ${b.map((x) => x.erhvervUri)}::text[],
        ${b.map((x) => x.faerdighedUri)}::text[],
        ${b.map((x) => x.relation)}::text[]
      )`.execute(tx);
  }
}

/** Reads a folder and writes it: the import command's whole job. */
export async function importerEscoMappe(
  db: Kysely<DB>,
  mappe: string,
  opts: { sprog?: string; danskeEtiketter?: string; version?: string; naar: Date },
): Promise<ImportResultat> {
  const { raekker, version } = laesEscoMappe(mappe, opts);
  return skrivImport(db, raekker, {
    version: opts.version ?? version,
    kilde: path.basename(path.resolve(mappe)),
    naar: opts.naar,
  });
}

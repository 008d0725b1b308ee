/**
 * Loads generated case histories (sagsforloeb.ts) into sag_haendelse, jobplan_punkt, notat and dokument. The citizens
 * (borger) must already be there (loadPopulation).
 *
 * The source is case rows, not a population: a Sagsforloeb, a SagChunk, or a stream of them. Generate and load in one
 * pass with bounded memory by handing in the lazy chunk stream, e.g.
 *
 *   await loadPopulation(db, populationChunks(opts), vault, { pgUrl });
 *   await loadSagsforloeb(db, sagsforloebChunks(populationChunks(opts), { today, seed }), { pgUrl });
 *
 * (the population is generated a second time, which costs well under a second per 100,000 citizens; its rows are
 * identical). Only one chunk of a few hundred citizens' cases is in memory at a time.
 *
 * Two paths, the same rows, one transaction:
 *  - PostgreSQL server with a connection URL (opts.pgUrl): COPY FROM STDIN, table by table within each chunk.
 *  - otherwise (PGlite, or a server without a URL): multi-row INSERTs through Kysely.
 * The generated search columns (notat.soeg, dokument.soeg) are computed by the database and never listed. A document's
 * `indhold` is the UTF-8 bytes of its text.
 */
import type { Database } from "../../apps/server/src/platform/db/database.ts";
import { COPY_BATCH, copyField, withCopyTransaction } from "./load.ts";
import type { DokumentRow, HaendelseRow, JobplanRow, NotatRow, SagRows } from "./sagsforloeb.ts";

export interface SagLoadOptions {
  /** The URL of the same PostgreSQL database as `database`: rows then go in with COPY (fast). Ignored on PGlite. */
  pgUrl?: string;
  /** Rows per INSERT statement on the INSERT path (default 1000). */
  batchSize?: number;
  /** Called after each chunk with the running totals. */
  onProgress?: (counts: SagLoadCounts) => void;
}

export interface SagLoadCounts {
  /** citizens whose cases went in (SagChunk.borgere, or one per Sagsforloeb) */
  borgere: number;
  haendelser: number;
  jobplan: number;
  notater: number;
  dokumenter: number;
  method: "copy" | "insert";
}

export type SagSource = SagRows | Iterable<SagRows> | AsyncIterable<SagRows>;

export const HAENDELSE_COLUMNS = [
  "id",
  "kommunekode",
  "borger_id",
  "type",
  "dato",
  "maalgruppe",
  "kanal",
  "art",
  "uger",
  "kategori",
  "beskrivelse",
  "registreret",
  "registreret_af",
] as const satisfies readonly (keyof HaendelseRow)[];
export const JOBPLAN_COLUMNS = [
  "id",
  "kommunekode",
  "borger_id",
  "art",
  "titel",
  "beskrivelse",
  "status",
  "aftalt_med_borger",
  "start",
  "slut",
  "opdateret",
] as const satisfies readonly (keyof JobplanRow)[];
export const NOTAT_COLUMNS = [
  "id",
  "kommunekode",
  "borger_id",
  "dato",
  "kategori",
  "emne",
  "tekst",
  "forfatter_id",
  "forfatter_navn",
  "oprettet",
  "makro_id",
  "retter_id",
  "idempotens",
] as const satisfies readonly (keyof NotatRow)[];
/** dokument's columns: the row's own, then indhold (bytea) made from the text. */
export const DOKUMENT_COLUMNS = [
  "id",
  "kommunekode",
  "borger_id",
  "dato",
  "titel",
  "kategori",
  "helbred",
  "filnavn",
  "mimetype",
  "stoerrelse",
  "sha256",
  "tekst",
  "uploadet",
  "uploadet_af",
  "uploadet_af_navn",
  "idempotens",
] as const satisfies readonly (keyof DokumentRow)[];

function isRows(s: SagSource): s is SagRows {
  return "notater" in s && Array.isArray((s as SagRows).notater);
}

async function* chunksOf(source: SagSource): AsyncGenerator<SagRows> {
  if (isRows(source)) yield source;
  else yield* source;
}

function citizensIn(chunk: SagRows): number {
  if ("borgere" in chunk && typeof chunk.borgere === "number") return chunk.borgere;
  return "borger_id" in chunk ? 1 : 0;
}

/**
 * Inserts the case rows of a source (one case, a chunk, or a stream of chunks from sagsforloebChunks). Returns how many
 * rows went in and by which path. Everything goes in one transaction: a failure leaves nothing behind.
 */
export async function loadSagsforloeb(
  database: Database,
  source: SagSource,
  opts: SagLoadOptions = {},
): Promise<SagLoadCounts> {
  if (database.engine === "postgres" && opts.pgUrl) return loadWithCopy(opts.pgUrl, source, opts);
  return loadWithInserts(database, source, opts);
}

function newCounts(method: SagLoadCounts["method"]): SagLoadCounts {
  return { borgere: 0, haendelser: 0, jobplan: 0, notater: 0, dokumenter: 0, method };
}

function count(counts: SagLoadCounts, chunk: SagRows) {
  counts.borgere += citizensIn(chunk);
  counts.haendelser += chunk.haendelser.length;
  counts.jobplan += chunk.jobplan.length;
  counts.notater += chunk.notater.length;
  counts.dokumenter += chunk.dokumenter.length;
}

const documentRecord = (d: DokumentRow) => ({ ...d, indhold: Buffer.from(d.tekst, "utf8") });

async function loadWithInserts(database: Database, source: SagSource, opts: SagLoadOptions): Promise<SagLoadCounts> {
  const batch = opts.batchSize ?? 1000;
  const counts = newCounts("insert");
  await database.db.transaction().execute(async (tx) => {
    for await (const chunk of chunksOf(source)) {
      for (let i = 0; i < chunk.haendelser.length; i += batch) {
        await tx
          .insertInto("sag_haendelse")
          .values(chunk.haendelser.slice(i, i + batch))
          .execute();
      }
      for (let i = 0; i < chunk.jobplan.length; i += batch) {
        await tx
          .insertInto("jobplan_punkt")
          .values(chunk.jobplan.slice(i, i + batch))
          .execute();
      }
      for (let i = 0; i < chunk.notater.length; i += batch) {
        await tx
          .insertInto("notat")
          .values(chunk.notater.slice(i, i + batch))
          .execute();
      }
      for (let i = 0; i < chunk.dokumenter.length; i += batch) {
        await tx
          .insertInto("dokument")
          .values(chunk.dokumenter.slice(i, i + batch).map(documentRecord))
          .execute();
      }
      count(counts, chunk);
      opts.onProgress?.({ ...counts });
    }
  });
  return counts;
}

// ---------------------------------------------------------------------------------------------------------------------
// COPY: every value as COPY text (numbers as digits, booleans t/f, bytea as \x hex)
// ---------------------------------------------------------------------------------------------------------------------

const num = (n: number | null) => (n === null ? "\\N" : String(n));
const bool = (b: boolean) => (b ? "t" : "f");

function haendelseLine(r: HaendelseRow): string {
  return `${r.id}\t${r.kommunekode}\t${r.borger_id}\t${r.type}\t${r.dato}\t${copyField(r.maalgruppe)}\t${copyField(r.kanal)}\t${copyField(r.art)}\t${num(r.uger)}\t${num(r.kategori)}\t${copyField(r.beskrivelse)}\t${r.registreret}\t${copyField(r.registreret_af)}\n`;
}
function jobplanLine(r: JobplanRow): string {
  return `${r.id}\t${r.kommunekode}\t${r.borger_id}\t${r.art}\t${copyField(r.titel)}\t${copyField(r.beskrivelse)}\t${r.status}\t${bool(r.aftalt_med_borger)}\t${copyField(r.start)}\t${copyField(r.slut)}\t${r.opdateret}\n`;
}
function notatLine(r: NotatRow): string {
  return `${r.id}\t${r.kommunekode}\t${r.borger_id}\t${r.dato}\t${copyField(r.kategori)}\t${copyField(r.emne)}\t${copyField(r.tekst)}\t${copyField(r.forfatter_id)}\t${copyField(r.forfatter_navn)}\t${r.oprettet}\t${copyField(r.makro_id)}\t${copyField(r.retter_id)}\t${copyField(r.idempotens)}\n`;
}
function dokumentLine(r: DokumentRow): string {
  // bytea in hex; COPY text format needs the backslash of \x escaped
  const indhold = `\\\\x${Buffer.from(r.tekst, "utf8").toString("hex")}`;
  return `${r.id}\t${r.kommunekode}\t${r.borger_id}\t${r.dato}\t${copyField(r.titel)}\t${copyField(r.kategori)}\t${bool(r.helbred)}\t${copyField(r.filnavn)}\t${copyField(r.mimetype)}\t${r.stoerrelse}\t${r.sha256}\t${copyField(r.tekst)}\t${r.uploadet}\t${copyField(r.uploadet_af)}\t${copyField(r.uploadet_af_navn)}\t${copyField(r.idempotens)}\t${indhold}\n`;
}

async function loadWithCopy(url: string, source: SagSource, opts: SagLoadOptions): Promise<SagLoadCounts> {
  const counts = newCounts("copy");
  return withCopyTransaction(url, async ({ open, write, close }) => {
    /** One COPY per table and chunk (a connection carries one COPY at a time), written in batches. */
    async function copy<T>(table: string, columns: readonly string[], rows: readonly T[], encode: (r: T) => string) {
      if (!rows.length) return;
      const stream = open(table, columns);
      for (let i = 0; i < rows.length; i += COPY_BATCH) {
        let text = "";
        const end = Math.min(rows.length, i + COPY_BATCH);
        for (let j = i; j < end; j++) text += encode(rows[j]!);
        await write(stream, text);
      }
      await close(stream);
    }
    for await (const chunk of chunksOf(source)) {
      await copy("sag_haendelse", HAENDELSE_COLUMNS, chunk.haendelser, haendelseLine);
      await copy("jobplan_punkt", JOBPLAN_COLUMNS, chunk.jobplan, jobplanLine);
      await copy("notat", NOTAT_COLUMNS, chunk.notater, notatLine);
      await copy("dokument", [...DOKUMENT_COLUMNS, "indhold"], chunk.dokumenter, dokumentLine);
      count(counts, chunk);
      opts.onProgress?.({ ...counts });
    }
    return counts;
  });
}

/**
 * The chatbot's SQL: the municipality's articles and synonym groups, the index over them (cached per municipality
 * and rebuilt when an article or the synonym list changes), and the unanswered questions.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { byggIndeks, type Indeks } from "./indeks.ts";
import { maskerCpr } from "./tekst.ts";

export interface ArtikelInput {
  noegle: string;
  titel: string;
  spoergsmaal: string[];
  svar: string;
  svarEn?: string | null;
  link?: string | null;
  henvisning?: string | null;
  aktiv?: boolean;
}

const KOLONNER = [
  "id",
  "noegle",
  "titel",
  "spoergsmaal",
  "svar",
  "svar_en",
  "link",
  "henvisning",
  "aktiv",
  "opdateret",
  "opdateret_af",
] as const;

export type Artikel = Awaited<ReturnType<typeof artikler>>[number];

export async function artikler(tx: Tx, kunAktive = false) {
  let q = tx.selectFrom("chatbot_artikel").select(KOLONNER).orderBy("titel");
  if (kunAktive) q = q.where("aktiv", "=", true);
  return q.execute();
}

export async function artikel(tx: Tx, id: string) {
  return tx.selectFrom("chatbot_artikel").select(KOLONNER).where("id", "=", id).executeTakeFirst();
}

/** The duplicate-key error of a second article with the same key, as a field error. */
async function unikNoegle<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if ((e as { code?: string }).code === "23505")
      throw new AppError("VALIDATION_FAILED", [{ path: "noegle", message: "Nøglen er allerede brugt" }]);
    throw e;
  }
}

export async function opretArtikel(tx: Tx, a: ArtikelInput, af: string, now: Date, id: string = randomUUID()) {
  await unikNoegle(() =>
    tx
      .insertInto("chatbot_artikel")
      .values({
        id,
        kommunekode: sql<string>`current_kommunekode()`,
        noegle: a.noegle,
        titel: a.titel,
        spoergsmaal: a.spoergsmaal,
        svar: a.svar,
        svar_en: a.svarEn ?? null,
        link: a.link ?? null,
        henvisning: a.henvisning ?? null,
        aktiv: a.aktiv ?? true,
        oprettet: now,
        opdateret: now,
        opdateret_af: af,
      })
      .execute(),
  );
  glemIndeks();
  return (await artikel(tx, id))!;
}

export async function opdaterArtikel(tx: Tx, id: string, a: ArtikelInput, af: string, now: Date) {
  const r = await unikNoegle(() =>
    tx
      .updateTable("chatbot_artikel")
      .set({
        noegle: a.noegle,
        titel: a.titel,
        spoergsmaal: a.spoergsmaal,
        svar: a.svar,
        svar_en: a.svarEn ?? null,
        link: a.link ?? null,
        henvisning: a.henvisning ?? null,
        aktiv: a.aktiv ?? true,
        opdateret: now,
        opdateret_af: af,
      })
      .where("id", "=", id)
      .executeTakeFirst(),
  );
  if (Number(r.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  glemIndeks();
  return (await artikel(tx, id))!;
}

export async function synonymer(tx: Tx): Promise<string[][]> {
  return (await tx.selectFrom("chatbot_synonym").select("ord").orderBy("plads").execute()).map((r) => r.ord);
}

/** Replaces the whole synonym list (the administrator edits it as one list). */
export async function gemSynonymer(tx: Tx, grupper: string[][], now: Date) {
  await tx.deleteFrom("chatbot_synonym").execute();
  const rene = grupper
    .map((g) => [...new Set(g.map((x) => x.trim().toLowerCase()).filter(Boolean))])
    .filter((g) => g.length >= 2);
  if (rene.length > 0)
    await tx
      .insertInto("chatbot_synonym")
      .values(
        rene.map((ord, i) => ({
          id: randomUUID(),
          plads: i,
          kommunekode: sql<string>`current_kommunekode()`,
          ord,
          opdateret: now,
        })),
      )
      .execute();
  glemIndeks();
  return synonymer(tx);
}

// --------------------------------------------------------------------------------------------------- the index

/**
 * The index of each municipality, kept with the stamp it was built from: the number of active articles and their
 * latest change, and a digest of the synonym list, read in one query on each question. An edit on another server instance changes
 * the stamp, so every instance rebuilds when the knowledge base changes; an edit on this one also clears the cache.
 */
const cache = new Map<string, { stempel: string; indeks: Indeks; artikler: Map<string, Artikel> }>();

export function glemIndeks() {
  cache.clear();
}

export async function indeksFor(tx: Tx) {
  const s = await sql<{ k: string; stempel: string }>`
    select current_kommunekode() as k,
           (select count(*) || '|' || coalesce(max(opdateret)::text, '') from chatbot_artikel where aktiv) || '|' ||
           (select coalesce(md5(string_agg(array_to_string(ord, ','), '|' order by plads)), '')
              from chatbot_synonym) as stempel`.execute(tx);
  const { k, stempel } = s.rows[0]!;
  const fundet = cache.get(k);
  if (fundet && fundet.stempel === stempel) return fundet;
  const [as, syn] = await Promise.all([artikler(tx, true), synonymer(tx)]);
  const ny = { stempel, indeks: byggIndeks(as, syn), artikler: new Map(as.map((a) => [a.id, a])) };
  cache.set(k, ny);
  return ny;
}

// ------------------------------------------------------------------------------------------ unanswered questions

/** Saves an unanswered question, masked, once per key; a retry answers the first row. */
export async function gemUbesvaret(
  tx: Tx,
  borgerId: string,
  tekst: string,
  idempotens: string,
  now: Date,
  id: string = randomUUID(),
) {
  await tx
    .insertInto("chatbot_ubesvaret")
    .values({
      id,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: borgerId,
      tekst: maskerCpr(tekst).slice(0, 500),
      oprettet: now,
      idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .execute();
  const r = await tx
    .selectFrom("chatbot_ubesvaret")
    .select(["id", "borger_id"])
    .where("idempotens", "=", idempotens)
    .executeTakeFirstOrThrow();
  if (r.borger_id !== borgerId) throw new AppError("VALIDATION_FAILED");
  return r.id;
}

export async function ubesvaret(tx: Tx, id: string) {
  return tx.selectFrom("chatbot_ubesvaret").selectAll().where("id", "=", id).executeTakeFirst();
}

/** A row locked for forwarding (two clicks at once wait for each other). */
export async function laasUbesvaret(tx: Tx, id: string) {
  return tx.selectFrom("chatbot_ubesvaret").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}

export async function markerVideresendt(tx: Tx, id: string, traadId: string, now: Date) {
  await tx
    .updateTable("chatbot_ubesvaret")
    .set({ traad_id: traadId, videresendt: now })
    .where("id", "=", id)
    .where("traad_id", "is", null)
    .execute();
}

/** The open unanswered questions for the administrator: the text and when, never who asked. */
export async function aabneUbesvarede(tx: Tx) {
  return tx
    .selectFrom("chatbot_ubesvaret")
    .select(["id", "tekst", "oprettet", "videresendt"])
    .where("behandlet", "is", null)
    .orderBy("oprettet", "desc")
    .limit(200)
    .execute();
}

export async function behandlUbesvaret(tx: Tx, id: string, artikelId: string | null, now: Date) {
  const q = await laasUbesvaret(tx, id);
  if (!q) throw new AppError("NOT_FOUND");
  // handled already (a second click): the first handling stands
  if (q.behandlet !== null) return;
  await tx
    .updateTable("chatbot_ubesvaret")
    .set({ behandlet: now, artikel_id: artikelId })
    .where("id", "=", id)
    .execute();
}

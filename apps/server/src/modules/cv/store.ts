/**
 * The CV's SQL (docs/matching.md, "CV"). One CV per citizen, created on the first change. Every change locks the CV
 * row, changes what it changes and bumps `cv.version` and `opdateret` in the same transaction (the matching index
 * compares the version). Experience and education rows are saved once per browser key: the key is the row's id, so a
 * retry or a double click answers the first row. Labels come from the ESCO tables (Danish, else English).
 */
import { type Insertable, type Kysely, sql } from "kysely";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { DB } from "../../platform/db/schema.ts";
import type { CvSprog } from "../../platform/db/schema-job.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { faerdighedsnavne } from "../esco/store.ts";
import { AppError } from "../../platform/http/errors.ts";
import type { ErhvervMedFaerdigheder } from "./model.ts";

type Sprog = "da" | "en";

export interface CvGrundlag {
  timerMin: number;
  timerMax: number;
  maxAfstandKm: number;
  tilgaengeligFra: string | null;
  koerekort: string[];
  certifikater: string[];
  sprog: CvSprog[];
  omMig: string | null;
  synlig: boolean;
  synligNaboer: boolean;
}

export interface NyErfaring {
  erhvervUri: string | null;
  titel: string;
  arbejdsgiver: string | null;
  fra: string;
  til: string | null;
  beskrivelse: string | null;
}

export interface NyUddannelse {
  titel: string;
  institution: string | null;
  niveau: string;
  fra: string | null;
  til: string | null;
  afsluttet: boolean;
}

export interface Jobmaal {
  erhvervUri: string;
  brancheskift: boolean;
  prioritet: number;
}

const STANDARD: CvGrundlag = {
  timerMin: 0,
  timerMax: 37,
  maxAfstandKm: 30,
  tilgaengeligFra: null,
  koerekort: [],
  certifikater: [],
  sprog: [],
  omMig: null,
  synlig: true,
  synligNaboer: false,
};

const fejl = (path: string, message: string) => new AppError("VALIDATION_FAILED", [{ path, message }]);

/* ------------------------------------------------------------------ occupations and their skills */

/** The occupations with their essential and optional skills, in the order asked. */
export async function erhvervMedFaerdigheder(
  tx: Kysely<DB>,
  liste: readonly { uri: string; kilde: "erfaring" | "jobmaal" }[],
  sprog: Sprog,
): Promise<ErhvervMedFaerdigheder[]> {
  if (liste.length === 0) return [];
  const uris = [...new Set(liste.map((e) => e.uri))];
  const [titler, rel] = await Promise.all([
    faerdighedsnavne(tx, uris, sprog),
    tx
      .selectFrom("esco_erhverv_faerdighed as r")
      .innerJoin("esco_faerdighed as f", "f.uri", "r.faerdighed_uri")
      .select(["r.erhverv_uri", "r.faerdighed_uri", "r.relation"])
      .where("r.erhverv_uri", "in", uris)
      .where("f.udgaaet", "=", false)
      .orderBy("r.erhverv_uri")
      .orderBy("r.faerdighed_uri")
      .execute(),
  ]);
  return liste
    .filter((e) => titler.has(e.uri))
    .map((e) => ({
      uri: e.uri,
      titel: titler.get(e.uri)!,
      kilde: e.kilde,
      essentielle: rel
        .filter((r) => r.erhverv_uri === e.uri && r.relation === "essentiel")
        .map((r) => r.faerdighed_uri),
      valgfrie: rel.filter((r) => r.erhverv_uri === e.uri && r.relation === "valgfri").map((r) => r.faerdighed_uri),
    }));
}

async function tjekErhverv(tx: Tx, uris: readonly string[], path: string) {
  if (uris.length === 0) return;
  const fundet = await tx
    .selectFrom("esco_erhverv")
    .select("uri")
    .where("uri", "in", [...new Set(uris)])
    .execute();
  if (fundet.length < new Set(uris).size) throw fejl(path, "Vælg et erhverv fra listen");
}

/* ------------------------------------------------------------------ reading */

/** The citizen's CV with labels; a citizen without a CV gets the defaults and empty lists (`findes` false). */
export async function hentCv(tx: Tx, access: CitizenAccess, sprog: Sprog) {
  const b = access.borgerId;
  const [cv, erfaring, uddannelse, faerdigheder, jobmaal] = await Promise.all([
    tx.selectFrom("cv").selectAll().where("borger_id", "=", b).executeTakeFirst(),
    tx.selectFrom("cv_erfaring").selectAll().where("borger_id", "=", b).orderBy("fra", "desc").orderBy("id").execute(),
    tx
      .selectFrom("cv_uddannelse")
      .selectAll()
      .where("borger_id", "=", b)
      .orderBy(sql`coalesce(til, fra) desc nulls last`)
      .orderBy("id")
      .execute(),
    tx
      .selectFrom("cv_faerdighed")
      .select(["faerdighed_uri", "kilde", "tilfoejet"])
      .where("borger_id", "=", b)
      .orderBy("tilfoejet")
      .orderBy("faerdighed_uri")
      .execute(),
    tx
      .selectFrom("cv_jobmaal")
      .select(["erhverv_uri", "brancheskift", "prioritet"])
      .where("borger_id", "=", b)
      .orderBy("prioritet")
      .orderBy("erhverv_uri")
      .execute(),
  ]);
  const erhvervUris = [
    ...erfaring.flatMap((e) => (e.erhverv_uri ? [e.erhverv_uri] : [])),
    ...jobmaal.map((j) => j.erhverv_uri),
  ];
  // one lookup labels both the occupations and the skills
  const titler = await faerdighedsnavne(tx, [...erhvervUris, ...faerdigheder.map((f) => f.faerdighed_uri)], sprog);
  const grundlag: CvGrundlag = cv
    ? {
        timerMin: cv.timer_min,
        timerMax: cv.timer_max,
        maxAfstandKm: cv.max_afstand_km,
        tilgaengeligFra: cv.tilgaengelig_fra,
        koerekort: cv.koerekort,
        certifikater: cv.certifikater,
        sprog: cv.sprog,
        omMig: cv.om_mig,
        synlig: cv.synlig,
        synligNaboer: cv.synlig_naboer,
      }
    : STANDARD;
  const erhverv = (uri: string) => ({ uri, titel: titler.get(uri) ?? uri });
  return {
    findes: !!cv,
    version: cv?.version ?? 0,
    opdateret: cv ? new Date(cv.opdateret).toISOString() : null,
    ...grundlag,
    erfaring: erfaring.map((e) => ({
      id: e.id,
      erhverv: e.erhverv_uri ? erhverv(e.erhverv_uri) : null,
      titel: e.titel,
      arbejdsgiver: e.arbejdsgiver,
      fra: e.fra,
      til: e.til,
      beskrivelse: e.beskrivelse,
    })),
    uddannelse: uddannelse.map((u) => ({
      id: u.id,
      titel: u.titel,
      institution: u.institution,
      niveau: u.niveau,
      fra: u.fra,
      til: u.til,
      afsluttet: u.afsluttet,
    })),
    faerdigheder: faerdigheder.map((f) => ({
      uri: f.faerdighed_uri,
      titel: titler.get(f.faerdighed_uri) ?? f.faerdighed_uri,
      kilde: f.kilde,
    })),
    jobmaal: jobmaal.map((j) => ({
      erhverv: erhverv(j.erhverv_uri),
      brancheskift: j.brancheskift,
      prioritet: j.prioritet,
    })),
  };
}

export type Cv = Awaited<ReturnType<typeof hentCv>>;

/** The CV's occupations (experience, then goals) and its skills, for suggestions and inspiration. */
export async function cvErhvervOgFaerdigheder(tx: Tx, borgerId: string) {
  const [erfaring, jobmaal, faerdigheder] = await Promise.all([
    tx
      .selectFrom("cv_erfaring")
      .select("erhverv_uri")
      .where("borger_id", "=", borgerId)
      .where("erhverv_uri", "is not", null)
      .orderBy("fra", "desc")
      .orderBy("id")
      .execute(),
    tx
      .selectFrom("cv_jobmaal")
      .select("erhverv_uri")
      .where("borger_id", "=", borgerId)
      .orderBy("prioritet")
      .orderBy("erhverv_uri")
      .execute(),
    tx.selectFrom("cv_faerdighed").select("faerdighed_uri").where("borger_id", "=", borgerId).execute(),
  ]);
  return {
    erhverv: [
      ...erfaring.map((e) => ({ uri: e.erhverv_uri!, kilde: "erfaring" as const })),
      ...jobmaal.map((j) => ({ uri: j.erhverv_uri, kilde: "jobmaal" as const })),
    ],
    faerdigheder: new Set(faerdigheder.map((f) => f.faerdighed_uri)),
  };
}

/* ------------------------------------------------------------------ writing */

/**
 * Makes sure the citizen has a CV and locks it for the rest of the transaction, so changes to one CV happen one
 * after the other (and the version goes up once per change).
 */
async function laasCv(tx: Tx, borgerId: string, now: Date) {
  await tx
    .insertInto("cv")
    .values({ borger_id: borgerId, kommunekode: sql<string>`current_kommunekode()`, opdateret: now })
    .onConflict((oc) => oc.column("borger_id").doNothing())
    .execute();
  return tx
    .selectFrom("cv")
    .select(["borger_id", "version"])
    .where("borger_id", "=", borgerId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Bumps the version and the time of the last change (inside the transaction that made the change). */
async function bump(tx: Tx, borgerId: string, now: Date) {
  await tx
    .updateTable("cv")
    .set({ version: sql<number>`version + 1`, opdateret: now })
    .where("borger_id", "=", borgerId)
    .execute();
}

/** Sets the CV's basics (hours, distance, availability, licences, certificates, languages, about me, visibility). */
export async function gemGrundlag(tx: Tx, borgerId: string, g: CvGrundlag, now: Date) {
  await laasCv(tx, borgerId, now);
  await tx
    .updateTable("cv")
    .set({
      timer_min: g.timerMin,
      timer_max: g.timerMax,
      max_afstand_km: g.maxAfstandKm,
      tilgaengelig_fra: g.tilgaengeligFra,
      koerekort: g.koerekort,
      certifikater: g.certifikater,
      sprog: JSON.stringify(g.sprog),
      om_mig: g.omMig,
      synlig: g.synlig,
      synlig_naboer: g.synligNaboer,
    })
    .where("borger_id", "=", borgerId)
    .execute();
  await bump(tx, borgerId, now);
}

const noegleBrugt = () => fejl("body.idempotensnoegle", "Nøglen er allerede brugt til noget andet. Prøv igen.");

/**
 * Adds a row of the citizen's experience or education once per key: the key is the row's id and its idempotency key,
 * so a retry (or a parallel duplicate) answers the same row, and a key already used for another citizen is refused.
 * The CV's version goes up only when the row is new.
 */
async function opretEnGang<T extends "cv_erfaring" | "cv_uddannelse">(
  tx: Tx,
  tabel: T,
  borgerId: string,
  noegle: string,
  now: Date,
  kolonner: Omit<Insertable<DB[T]>, "id" | "kommunekode" | "borger_id" | "idempotens">,
): Promise<string> {
  await laasCv(tx, borgerId, now);
  // both tables have the key columns; Kysely cannot type one insert into either of two tables, so it is typed as
  // the first (the callers' columns are checked against their own table above)
  const ny = await tx
    .insertInto(tabel as "cv_erfaring")
    .values({
      ...(kolonner as Omit<Insertable<DB["cv_erfaring"]>, "id" | "kommunekode" | "borger_id" | "idempotens">),
      id: noegle,
      kommunekode: sql<string>`current_kommunekode()`,
      borger_id: borgerId,
      idempotens: noegle,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  const row = await tx
    .selectFrom(tabel as "cv_erfaring")
    .select(["id", "borger_id"])
    .where("id", "=", noegle)
    .executeTakeFirst();
  if (!row || row.borger_id !== borgerId) throw noegleBrugt();
  if (ny) await bump(tx, borgerId, now);
  return row.id;
}

/** An experience's columns as stored. */
function erfaringKolonner(e: NyErfaring) {
  return {
    erhverv_uri: e.erhvervUri,
    titel: e.titel,
    arbejdsgiver: e.arbejdsgiver,
    fra: e.fra,
    til: e.til,
    beskrivelse: e.beskrivelse,
  };
}

/** Adds an experience once per key (the key is the row's id). */
export async function opretErfaring(tx: Tx, borgerId: string, e: NyErfaring, noegle: string, now: Date) {
  if (e.erhvervUri) await tjekErhverv(tx, [e.erhvervUri], "body.erhvervUri");
  return opretEnGang(tx, "cv_erfaring", borgerId, noegle, now, erfaringKolonner(e));
}

/** Changes one of the citizen's experiences (anything not hers is not found). */
export async function retErfaring(tx: Tx, borgerId: string, id: string, e: NyErfaring, now: Date) {
  if (e.erhvervUri) await tjekErhverv(tx, [e.erhvervUri], "body.erhvervUri");
  await laasCv(tx, borgerId, now);
  const r = await tx
    .updateTable("cv_erfaring")
    .set(erfaringKolonner(e))
    .where("id", "=", id)
    .where("borger_id", "=", borgerId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  await bump(tx, borgerId, now);
}

/** Removes one of the citizen's experiences or educations (anything not hers is not found). */
async function sletRaekke(tx: Tx, tabel: "cv_erfaring" | "cv_uddannelse", borgerId: string, id: string, now: Date) {
  await laasCv(tx, borgerId, now);
  const r = await tx.deleteFrom(tabel).where("id", "=", id).where("borger_id", "=", borgerId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new AppError("NOT_FOUND");
  await bump(tx, borgerId, now);
}

export const sletErfaring = (tx: Tx, borgerId: string, id: string, now: Date) =>
  sletRaekke(tx, "cv_erfaring", borgerId, id, now);

/** Adds an education once per key (the key is the row's id). */
export async function opretUddannelse(tx: Tx, borgerId: string, u: NyUddannelse, noegle: string, now: Date) {
  return opretEnGang(tx, "cv_uddannelse", borgerId, noegle, now, {
    titel: u.titel,
    institution: u.institution,
    niveau: u.niveau,
    fra: u.fra,
    til: u.til,
    afsluttet: u.afsluttet,
  });
}

export async function retUddannelse(tx: Tx, borgerId: string, id: string, u: NyUddannelse, now: Date) {
  await laasCv(tx, borgerId, now);
  const r = await tx
    .updateTable("cv_uddannelse")
    .set({
      titel: u.titel,
      institution: u.institution,
      niveau: u.niveau,
      fra: u.fra,
      til: u.til,
      afsluttet: u.afsluttet,
    })
    .where("id", "=", id)
    .where("borger_id", "=", borgerId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new AppError("NOT_FOUND");
  await bump(tx, borgerId, now);
}

export const sletUddannelse = (tx: Tx, borgerId: string, id: string, now: Date) =>
  sletRaekke(tx, "cv_uddannelse", borgerId, id, now);

/**
 * Adds skills (a skill already on the CV stays as it was: adding is idempotent by the skill's URI). The version goes
 * up only when something was added.
 */
export async function tilfoejFaerdigheder(
  tx: Tx,
  borgerId: string,
  uris: readonly string[],
  kilde: "forslag" | "egen",
  now: Date,
) {
  const unikke = [...new Set(uris)];
  const fundet = await tx.selectFrom("esco_faerdighed").select("uri").where("uri", "in", unikke).execute();
  if (fundet.length < unikke.length) throw fejl("body.uris", "Vælg kompetencer fra listen");
  await laasCv(tx, borgerId, now);
  const nye = await tx
    .insertInto("cv_faerdighed")
    .values(
      unikke.map((uri) => ({
        borger_id: borgerId,
        kommunekode: sql<string>`current_kommunekode()`,
        faerdighed_uri: uri,
        kilde,
        tilfoejet: now,
      })),
    )
    .onConflict((oc) => oc.columns(["borger_id", "faerdighed_uri"]).doNothing())
    .returning("faerdighed_uri")
    .execute();
  if (nye.length > 0) await bump(tx, borgerId, now);
  return nye.length;
}

/** Removes a skill from the CV; removing one that is not there changes nothing. */
export async function fjernFaerdighed(tx: Tx, borgerId: string, uri: string, now: Date) {
  await laasCv(tx, borgerId, now);
  const r = await tx
    .deleteFrom("cv_faerdighed")
    .where("borger_id", "=", borgerId)
    .where("faerdighed_uri", "=", uri)
    .executeTakeFirst();
  if (Number(r.numDeletedRows) > 0) await bump(tx, borgerId, now);
}

/** Replaces the job goals as a whole (the list is the citizen's priority order). */
export async function saetJobmaal(tx: Tx, borgerId: string, liste: readonly Jobmaal[], now: Date) {
  const uris = liste.map((j) => j.erhvervUri);
  if (new Set(uris).size < uris.length) throw fejl("body.jobmaal", "Det samme jobmål står der flere gange");
  await tjekErhverv(tx, uris, "body.jobmaal");
  await laasCv(tx, borgerId, now);
  await tx.deleteFrom("cv_jobmaal").where("borger_id", "=", borgerId).execute();
  if (liste.length > 0)
    await tx
      .insertInto("cv_jobmaal")
      .values(
        liste.map((j) => ({
          borger_id: borgerId,
          kommunekode: sql<string>`current_kommunekode()`,
          erhverv_uri: j.erhvervUri,
          brancheskift: j.brancheskift,
          prioritet: j.prioritet,
        })),
      )
      .execute();
  await bump(tx, borgerId, now);
}

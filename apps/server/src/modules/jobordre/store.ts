/**
 * The job orders' SQL (docs/matching.md "Jobordrer"): create once per browser key, edit with the version the editor
 * saw, change status with a history row each time, and read one or a list with the number of candidates contacted
 * and accepted. Every function runs inside the caller's tenant transaction (row-level security by municipality); an
 * employer user is further bound to their own CVR number by `Ejer`.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { EscoRelation, JobordreArt, JobordreStatus } from "../../platform/db/schema-job.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { kanSkifte, rensListe, STATUS_NAVN } from "./model.ts";

/** Whose orders the caller may touch: an employer only their own CVR's, staff every order of the municipality. */
export type Ejer = { cvr: string } | "kommune";

export interface Forfatter {
  id: string;
  navn: string;
}

export interface OrdreData {
  titel: string;
  erhvervUri: string;
  beskrivelse?: string | null | undefined;
  annonceTekst?: string | null | undefined;
  art: JobordreArt;
  timerMin: number;
  timerMax: number;
  postnr: string;
  arbejdssted: string;
  start: string;
  slut?: string | null | undefined;
  antal: number;
  uddannelseskrav: string[];
  certifikater: string[];
  koerekort: string[];
  opgaveboers: boolean;
  tilladNaboer: boolean;
  faerdigheder: { uri: string; relation: EscoRelation }[];
}

/** A 409 for a stale edit. */
export function versionKonflikt(): AppError {
  return new AppError("JOBORDRE_AENDRET");
}
function statusIkkeTilladt(fra: JobordreStatus, til: JobordreStatus): AppError {
  const tekst = `En jobordre med status ${STATUS_NAVN[fra].toLowerCase()} kan ikke skifte til ${STATUS_NAVN[til].toLowerCase()}.`;
  return new AppError("JOBORDRE_STATUS_IKKE_TILLADT", [{ path: "body.status", message: tekst }]);
}

const noegleBrugt = () =>
  new AppError("VALIDATION_FAILED", [
    { path: "body.idempotensnoegle", message: "Nøglen er allerede brugt til noget andet. Prøv igen." },
  ]);

/** The company must be one of the municipality's; else it is not found (also a CVR of another municipality). */
export async function virksomhedNavn(tx: Tx, cvr: string): Promise<string> {
  const v = await tx.selectFrom("virksomhed").select("navn").where("cvr", "=", cvr).executeTakeFirst();
  if (!v) throw new AppError("NOT_FOUND");
  return v.navn;
}

/** The municipality's companies (for the company consultant's choice). */
export async function virksomheder(tx: Tx) {
  return tx.selectFrom("virksomhed").select(["cvr", "navn"]).orderBy("navn").execute();
}

/** The occupation, every skill and the postcode must exist (the occupation also not be obsolete for a new order). */
async function tjekReferencer(tx: Tx, d: OrdreData, ny: boolean): Promise<void> {
  const fejl: { path: string; message: string }[] = [];
  const erhverv = await tx
    .selectFrom("esco_erhverv")
    .select(["uri", "udgaaet"])
    .where("uri", "=", d.erhvervUri)
    .executeTakeFirst();
  if (!erhverv || (ny && erhverv.udgaaet))
    fejl.push({ path: "body.erhvervUri", message: "Vælg en stilling fra listen" });
  const uris = [...new Set(d.faerdigheder.map((f) => f.uri))];
  if (uris.length) {
    const fundne = new Set(
      (await tx.selectFrom("esco_faerdighed").select("uri").where("uri", "in", uris).execute()).map((r) => r.uri),
    );
    d.faerdigheder.forEach((f, i) => {
      if (!fundne.has(f.uri))
        fejl.push({ path: `body.faerdigheder.${i}.uri`, message: "Kompetencen findes ikke i kompetencelisten" });
    });
  }
  const post = await tx.selectFrom("postnummer").select("postnr").where("postnr", "=", d.postnr).executeTakeFirst();
  if (!post) fejl.push({ path: "body.postnr", message: "Postnummeret findes ikke" });
  if (fejl.length) throw new AppError("VALIDATION_FAILED", fejl);
}

function kolonner(d: OrdreData) {
  return {
    titel: d.titel,
    erhverv_uri: d.erhvervUri,
    beskrivelse: d.beskrivelse || null,
    annonce_tekst: d.annonceTekst || null,
    art: d.art,
    timer_min: d.timerMin,
    timer_max: d.timerMax,
    postnr: d.postnr,
    arbejdssted: d.arbejdssted,
    start: d.start,
    slut: d.slut || null,
    antal: d.antal,
    uddannelseskrav: rensListe(d.uddannelseskrav),
    certifikater: rensListe(d.certifikater),
    koerekort: rensListe(d.koerekort),
    opgaveboers: d.opgaveboers,
    tillad_naboer: d.tilladNaboer,
  };
}

async function saetFaerdigheder(tx: Tx, ordreId: string, fs: OrdreData["faerdigheder"]) {
  await tx.deleteFrom("jobordre_faerdighed").where("ordre_id", "=", ordreId).execute();
  // one row per skill; essential wins when a skill is given twice
  const pr = new Map<string, EscoRelation>();
  for (const f of fs) if (pr.get(f.uri) !== "essentiel") pr.set(f.uri, f.relation);
  if (!pr.size) return;
  await tx
    .insertInto("jobordre_faerdighed")
    .values(
      [...pr].map(([uri, relation]) => ({
        ordre_id: ordreId,
        kommunekode: sql<string>`current_kommunekode()`,
        faerdighed_uri: uri,
        relation,
      })),
    )
    .execute();
}

/**
 * A history row. Its time is never before the order's last row (a clock that stands still in a test, or two changes
 * within a millisecond), so the history reads in the order things happened.
 */
async function statusRaekke(tx: Tx, ordreId: string, status: string, tekst: string | null, af: Forfatter, now: Date) {
  const sidste = await tx
    .selectFrom("jobordre_status")
    .select((eb) => eb.fn.max("tidspunkt").as("t"))
    .where("ordre_id", "=", ordreId)
    .executeTakeFirst();
  const foer = sidste?.t ? new Date(sidste.t).getTime() : Number.NEGATIVE_INFINITY;
  const tidspunkt = now.getTime() > foer ? now : new Date(foer + 1);
  await tx
    .insertInto("jobordre_status")
    .values({
      id: randomUUID(),
      kommunekode: sql<string>`current_kommunekode()`,
      ordre_id: ordreId,
      status,
      tekst,
      af_navn: af.navn,
      tidspunkt,
    })
    .execute();
}

/**
 * Creates an order once per key as a draft (kladde), with its skills and a first history row. A second request with
 * the same key (a double click, a retry, or two at the same moment) answers the first order: the unique constraint
 * decides a race, and ON CONFLICT makes the loser wait for the winner and read its row.
 */
export async function opretOrdre(
  tx: Tx,
  cvr: string,
  d: OrdreData,
  idempotens: string,
  af: Forfatter,
  now: Date,
  id: string = randomUUID(),
): Promise<string> {
  await virksomhedNavn(tx, cvr);
  await tjekReferencer(tx, d, true);
  const ny = await tx
    .insertInto("jobordre")
    .values({
      id,
      kommunekode: sql<string>`current_kommunekode()`,
      cvr,
      ...kolonner(d),
      status: "kladde",
      oprettet_af: af.id,
      oprettet_af_navn: af.navn,
      oprettet: now,
      opdateret: now,
      version: 1,
      idempotens,
    })
    .onConflict((oc) => oc.columns(["kommunekode", "idempotens"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (ny) {
    await saetFaerdigheder(tx, id, d.faerdigheder);
    await statusRaekke(tx, id, "kladde", "Oprettet", af, now);
    return id;
  }
  const foer = await tx
    .selectFrom("jobordre")
    .select(["id", "cvr", "oprettet_af"])
    .where("idempotens", "=", idempotens)
    .executeTakeFirstOrThrow();
  if (foer.cvr !== cvr || foer.oprettet_af !== af.id) throw noegleBrugt();
  return foer.id;
}

/** Locks the order for a change; not found when it is not the caller's (another CVR or municipality). */
async function laas(tx: Tx, id: string, ejer: Ejer) {
  let q = tx.selectFrom("jobordre").select(["id", "status", "version", "cvr"]).where("id", "=", id);
  if (ejer !== "kommune") q = q.where("cvr", "=", ejer.cvr);
  const o = await q.forUpdate().executeTakeFirst();
  if (!o) throw new AppError("NOT_FOUND");
  return o;
}

/** Edits an order the caller saw at `version`; a later change by someone else is a conflict. A closed order is final. */
export async function retOrdre(
  tx: Tx,
  id: string,
  ejer: Ejer,
  version: number,
  d: OrdreData,
  af: Forfatter,
  now: Date,
) {
  const o = await laas(tx, id, ejer);
  if (o.version !== version) throw versionKonflikt();
  if (o.status === "lukket") throw statusIkkeTilladt("lukket", "lukket");
  await tjekReferencer(tx, d, false);
  await tx
    .updateTable("jobordre")
    .set({ ...kolonner(d), opdateret: now, version: o.version + 1 })
    .where("id", "=", id)
    .execute();
  await saetFaerdigheder(tx, id, d.faerdigheder);
  await statusRaekke(tx, id, o.status, `Rettet af ${af.navn}`, af, now);
}

/**
 * Changes an order's status with a history row. Asking for the status it already has changes nothing (a retry of a
 * publish is harmless); a change that is not allowed is refused. With a version, a stale one is a conflict.
 */
export async function skiftStatus(
  tx: Tx,
  id: string,
  ejer: Ejer,
  til: JobordreStatus,
  tekst: string | null,
  version: number | undefined,
  af: Forfatter,
  now: Date,
) {
  const o = await laas(tx, id, ejer);
  if (o.status === til) return;
  if (version !== undefined && o.version !== version) throw versionKonflikt();
  if (!kanSkifte(o.status, til)) throw statusIkkeTilladt(o.status, til);
  await tx
    .updateTable("jobordre")
    .set({ status: til, opdateret: now, version: o.version + 1 })
    .where("id", "=", id)
    .execute();
  await statusRaekke(tx, id, til, tekst, af, now);
}

const ORDRE_KOLONNER = [
  "jobordre.id",
  "jobordre.cvr",
  "virksomhed.navn as virksomhed",
  "jobordre.titel",
  "jobordre.erhverv_uri",
  "jobordre.beskrivelse",
  "jobordre.annonce_tekst",
  "jobordre.art",
  "jobordre.timer_min",
  "jobordre.timer_max",
  "jobordre.postnr",
  "jobordre.arbejdssted",
  "jobordre.start",
  "jobordre.slut",
  "jobordre.antal",
  "jobordre.uddannelseskrav",
  "jobordre.certifikater",
  "jobordre.koerekort",
  "jobordre.opgaveboers",
  "jobordre.tillad_naboer",
  "jobordre.status",
  "jobordre.oprettet_af_navn",
  "jobordre.oprettet",
  "jobordre.opdateret",
  "jobordre.version",
] as const;

export interface Filter {
  status?: JobordreStatus | undefined;
  art?: JobordreArt | undefined;
  cvr?: string | undefined;
  q?: string | undefined;
  id?: string | undefined;
}

/**
 * Orders with their occupation's title and the number of candidates contacted and accepted (the contacts of the
 * municipality's own citizens; a neighbour municipality's citizens' answers are counted where they are kept).
 */
export async function listOrdrer(tx: Tx, ejer: Ejer, f: Filter = {}) {
  let q = tx
    .selectFrom("jobordre")
    .innerJoin("virksomhed", (j) =>
      j.onRef("virksomhed.cvr", "=", "jobordre.cvr").onRef("virksomhed.kommunekode", "=", "jobordre.kommunekode"),
    )
    .innerJoin("esco_erhverv", "esco_erhverv.uri", "jobordre.erhverv_uri")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("kontaktanmodning")
          .select((k) => [
            "ordre_id",
            k.fn.countAll<string>().as("kontaktet"),
            k.fn.count<string>(k.case().when("status", "=", "accepteret").then(1).end()).as("accepteret"),
          ])
          .groupBy("ordre_id")
          .as("k"),
      (j) => j.onRef("k.ordre_id", "=", "jobordre.id"),
    )
    .select([...ORDRE_KOLONNER, "esco_erhverv.titel_da", "esco_erhverv.titel_en", "k.kontaktet", "k.accepteret"]);
  if (ejer !== "kommune") q = q.where("jobordre.cvr", "=", ejer.cvr);
  if (f.id) q = q.where("jobordre.id", "=", f.id);
  if (f.status) q = q.where("jobordre.status", "=", f.status);
  if (f.art) q = q.where("jobordre.art", "=", f.art);
  if (f.cvr) q = q.where("jobordre.cvr", "=", f.cvr);
  if (f.q) {
    const s = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb("jobordre.titel", "ilike", s), eb("virksomhed.navn", "ilike", s)]));
  }
  const rows = await q.orderBy("jobordre.opdateret", "desc").orderBy("jobordre.id").execute();
  return rows.map((r) => ({
    ...r,
    kontaktet: Number(r.kontaktet ?? 0),
    accepteret: Number(r.accepteret ?? 0),
  }));
}

export type OrdreRaekke = Awaited<ReturnType<typeof listOrdrer>>[number];

/** One order with its skills (labels), its status history and counts; not found when not the caller's. */
export async function hentOrdre(tx: Tx, id: string, ejer: Ejer) {
  const [o] = await listOrdrer(tx, ejer, { id });
  if (!o) throw new AppError("NOT_FOUND");
  const faerdigheder = await tx
    .selectFrom("jobordre_faerdighed")
    .innerJoin("esco_faerdighed", "esco_faerdighed.uri", "jobordre_faerdighed.faerdighed_uri")
    .select([
      "jobordre_faerdighed.faerdighed_uri as uri",
      "jobordre_faerdighed.relation",
      "esco_faerdighed.titel_da",
      "esco_faerdighed.titel_en",
    ])
    .where("jobordre_faerdighed.ordre_id", "=", id)
    .orderBy("jobordre_faerdighed.relation")
    .orderBy("esco_faerdighed.titel_da")
    .execute();
  const historik = await tx
    .selectFrom("jobordre_status")
    .select(["status", "tekst", "af_navn", "tidspunkt"])
    .where("ordre_id", "=", id)
    .orderBy("tidspunkt")
    .orderBy("id")
    .execute();
  return { ...o, faerdigheder, historik };
}

export type Ordre = Awaited<ReturnType<typeof hentOrdre>>;

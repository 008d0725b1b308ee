/**
 * The matching service's SQL (docs/matching.md): the visible CVs and open orders of the transaction's municipality
 * as the matching core's profiles and orders, their high-water marks, the opted-in CVs of the neighbouring
 * municipalities (through the SECURITY DEFINER functions of db/migrations/0015_job_naboer.sql), and the contact
 * requests. The taxonomy context is the ESCO module's (esco/kontekst.ts).
 */
import { sql } from "kysely";
import type { JobordreArt, KontaktKilde, KontaktStatus } from "../../platform/db/schema-job.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import type { Koordinat, MatchOrdre, MatchProfil } from "./match/model.ts";

/** A date column as YYYY-MM-DD (both engines return strings; a Date is tolerated). */
export function isoDato(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}

/* ------------------------------------------------------------------------------------------- profiles */

export interface Erfaring {
  titel: string;
  erhverv: string | null;
  fra: string;
  til: string | null;
}

/** A CV as the index keeps it: the matching core's profile and what the anonymised candidate shows. */
export interface ProfilInfo {
  profil: MatchProfil;
  version: number;
  kommunekode: string;
  erfaring: Erfaring[];
  /** from a neighbouring municipality (read through job_nabokandidater) */
  nabo: boolean;
}

/** High-water marks of the municipality's CVs and orders: one cheap query per request. */
export async function vandmaerker(tx: Tx): Promise<{ cv: string; ordre: string }> {
  const r = await sql<{ cv: string; ordre: string }>`select
      (select count(*)::text || ':' || coalesce(sum(version), 0)::text || ':' || coalesce(max(opdateret)::text, '') from cv) as cv,
      (select count(*)::text || ':' || coalesce(sum(version), 0)::text || ':' || coalesce(max(opdateret)::text, '') from jobordre) as ordre`.execute(
    tx,
  );
  return r.rows[0]!;
}

/** Every CV's id, version and visibility (to find what changed since the index was built). */
export async function cvVersioner(tx: Tx) {
  return tx.selectFrom("cv").select(["borger_id", "version", "synlig"]).execute();
}

const koord = (lat: unknown, lon: unknown): Koordinat | null =>
  lat === null || lon === null || lat === undefined || lon === undefined
    ? null
    : { lat: Number(lat), lon: Number(lon) };

/**
 * The municipality's CVs as profiles (the visible ones only unless `ogSkjulte`), all of them or those named.
 * Home is the citizen's postcode's coordinate (job_hjem).
 */
export async function laesProfiler(
  tx: Tx,
  ids?: readonly string[],
  opts: { ogSkjulte?: boolean } = {},
): Promise<ProfilInfo[]> {
  if (ids && ids.length === 0) return [];
  let q = tx
    .selectFrom("cv as c")
    .innerJoin("borger as b", "b.id", "c.borger_id")
    .select([
      "c.borger_id",
      "c.kommunekode",
      "c.version",
      "c.max_afstand_km",
      "c.timer_min",
      "c.timer_max",
      "c.tilgaengelig_fra",
      sql<number | null>`(select h.lat from job_hjem(b.postnr, c.kommunekode) h)`.as("lat"),
      sql<number | null>`(select h.lon from job_hjem(b.postnr, c.kommunekode) h)`.as("lon"),
    ]);
  if (!opts.ogSkjulte) q = q.where("c.synlig", "=", true);
  if (ids) q = q.where("c.borger_id", "in", ids);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const borgere = rows.map((r) => r.borger_id);
  const [erfaring, jobmaal, faerdigheder] = await Promise.all([
    tx
      .selectFrom("cv_erfaring")
      .select(["borger_id", "titel", "erhverv_uri", "fra", "til"])
      .where("borger_id", "in", borgere)
      .orderBy("fra", "desc")
      .execute(),
    tx
      .selectFrom("cv_jobmaal")
      .select(["borger_id", "erhverv_uri"])
      .where("borger_id", "in", borgere)
      .orderBy("prioritet")
      .orderBy("erhverv_uri")
      .execute(),
    tx
      .selectFrom("cv_faerdighed")
      .select(["borger_id", "faerdighed_uri"])
      .where("borger_id", "in", borgere)
      .orderBy("faerdighed_uri")
      .execute(),
  ]);
  const grupper = <T extends { borger_id: string }>(l: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of l) m.set(r.borger_id, [...(m.get(r.borger_id) ?? []), r]);
    return m;
  };
  const e = grupper(erfaring);
  const j = grupper(jobmaal);
  const f = grupper(faerdigheder);
  return rows.map((r) => {
    const erf = (e.get(r.borger_id) ?? []).map((x) => ({
      titel: x.titel,
      erhverv: x.erhverv_uri,
      fra: isoDato(x.fra)!,
      til: isoDato(x.til),
    }));
    return {
      profil: {
        id: r.borger_id,
        erhverv: [...new Set(erf.flatMap((x) => (x.erhverv ? [x.erhverv] : [])))].sort(),
        jobmaal: (j.get(r.borger_id) ?? []).map((x) => x.erhverv_uri),
        faerdigheder: (f.get(r.borger_id) ?? []).map((x) => x.faerdighed_uri),
        sted: koord(r.lat, r.lon),
        maxAfstandKm: r.max_afstand_km,
        timerMin: r.timer_min,
        timerMax: r.timer_max,
        tilgaengeligFra: isoDato(r.tilgaengelig_fra),
      },
      version: r.version,
      kommunekode: r.kommunekode,
      erfaring: erf,
      nabo: false,
    };
  });
}

/** The opted-in, visible CVs of the neighbouring municipalities, anonymised (job_nabokandidater). */
export async function laesNaboProfiler(tx: Tx): Promise<ProfilInfo[]> {
  const r = await sql<{
    borger_id: string;
    kommunekode: string;
    version: number;
    erhverv: string[];
    jobmaal: string[];
    faerdigheder: string[];
    lat: number | null;
    lon: number | null;
    max_afstand_km: number;
    timer_min: number;
    timer_max: number;
    tilgaengelig_fra: string | null;
    erfaring: { titel: string; erhverv: string | null; fra: string; til: string | null }[] | string;
  }>`select * from job_nabokandidater()`.execute(tx);
  return r.rows.map((x) => {
    const erf = (typeof x.erfaring === "string" ? JSON.parse(x.erfaring) : x.erfaring) as Erfaring[];
    return {
      profil: {
        id: x.borger_id,
        erhverv: [...x.erhverv].sort(),
        jobmaal: x.jobmaal,
        faerdigheder: x.faerdigheder,
        sted: koord(x.lat, x.lon),
        maxAfstandKm: x.max_afstand_km,
        timerMin: x.timer_min,
        timerMax: x.timer_max,
        tilgaengeligFra: isoDato(x.tilgaengelig_fra),
      },
      version: x.version,
      kommunekode: x.kommunekode,
      erfaring: erf.map((y) => ({ titel: y.titel, erhverv: y.erhverv, fra: isoDato(y.fra)!, til: isoDato(y.til) })),
      nabo: true,
    };
  });
}

export async function naboMaerke(tx: Tx): Promise<string> {
  const r = await sql<{ antal: number; versioner: number }>`select * from job_nabo_vandmaerke()`.execute(tx);
  const m = r.rows[0];
  return m ? `${m.antal}:${m.versioner}` : "0:0";
}

/* ------------------------------------------------------------------------------------------- orders */

export interface OrdreInfo {
  ordre: MatchOrdre;
  version: number;
  status: string;
  titel: string;
  cvr: string;
  virksomhed: string;
  art: JobordreArt;
  arbejdssted: string;
  postnr: string;
  bynavn: string | null;
  slut: string | null;
  beskrivelse: string | null;
  opgaveboers: boolean;
  tilladNaboer: boolean;
  timerMin: number;
  timerMax: number;
  start: string;
}

export async function ordreVersioner(tx: Tx) {
  return tx.selectFrom("jobordre").select(["id", "version", "status"]).execute();
}

/** The municipality's orders (open ones unless `alle`), all of them or those named, as the matching core's orders. */
export async function laesOrdrer(tx: Tx, ids?: readonly string[], opts: { alle?: boolean } = {}): Promise<OrdreInfo[]> {
  if (ids && ids.length === 0) return [];
  let q = tx
    .selectFrom("jobordre as o")
    .innerJoin("virksomhed as v", (j) => j.onRef("v.kommunekode", "=", "o.kommunekode").onRef("v.cvr", "=", "o.cvr"))
    .select([
      "o.id",
      "o.version",
      "o.status",
      "o.titel",
      "o.cvr",
      "v.navn as virksomhed",
      "o.erhverv_uri",
      "o.art",
      "o.arbejdssted",
      "o.postnr",
      "o.timer_min",
      "o.timer_max",
      "o.start",
      "o.slut",
      "o.beskrivelse",
      "o.opgaveboers",
      "o.tillad_naboer",
      sql<number | null>`(select h.lat from job_hjem(o.postnr, o.kommunekode) h)`.as("lat"),
      sql<number | null>`(select h.lon from job_hjem(o.postnr, o.kommunekode) h)`.as("lon"),
      sql<string | null>`(select min(p.bynavn) from postnummer p where p.postnr = o.postnr)`.as("bynavn"),
    ]);
  if (!opts.alle) q = q.where("o.status", "=", "aaben");
  if (ids) q = q.where("o.id", "in", ids);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const f = await tx
    .selectFrom("jobordre_faerdighed")
    .select(["ordre_id", "faerdighed_uri", "relation"])
    .where(
      "ordre_id",
      "in",
      rows.map((r) => r.id),
    )
    .orderBy("faerdighed_uri")
    .execute();
  const ess = new Map<string, string[]>();
  const val = new Map<string, string[]>();
  for (const r of f) {
    const m = r.relation === "essentiel" ? ess : val;
    m.set(r.ordre_id, [...(m.get(r.ordre_id) ?? []), r.faerdighed_uri]);
  }
  return rows.map((r) => ({
    ordre: {
      id: r.id,
      erhverv: r.erhverv_uri,
      essentielle: ess.get(r.id) ?? [],
      valgfrie: val.get(r.id) ?? [],
      sted: koord(r.lat, r.lon),
      timerMin: r.timer_min,
      timerMax: r.timer_max,
      start: isoDato(r.start)!,
    },
    version: r.version,
    status: r.status,
    titel: r.titel,
    cvr: r.cvr,
    virksomhed: r.virksomhed,
    art: r.art,
    arbejdssted: r.arbejdssted,
    postnr: r.postnr,
    bynavn: r.bynavn,
    slut: isoDato(r.slut),
    beskrivelse: r.beskrivelse,
    opgaveboers: r.opgaveboers,
    tilladNaboer: r.tillad_naboer,
    timerMin: r.timer_min,
    timerMax: r.timer_max,
    start: isoDato(r.start)!,
  }));
}

/* ------------------------------------------------------------------------------------------- contact */

export interface OrdreKontakt {
  id: string;
  borger_id: string;
  kommunekode: string;
  kilde: KontaktKilde;
  status: KontaktStatus;
  besked: string | null;
  score: number | null;
  anmodet: Date;
  besvaret: Date | null;
  fornavn: string | null;
  efternavn: string | null;
  telefon: string | null;
  email: string | null;
}

/** An order's contact requests (also to citizens of neighbouring municipalities); identity only where accepted. */
export async function ordreKontakter(tx: Tx, ordreId: string): Promise<OrdreKontakt[]> {
  const r = await sql<OrdreKontakt>`select * from job_ordre_kontakter(${ordreId}::uuid)`.execute(tx);
  return r.rows;
}

/** The orders (possibly of a neighbouring municipality) that the citizen's contact requests refer to. */
export async function kontaktOrdrer(tx: Tx, borgerId: string) {
  const r = await sql<{
    id: string;
    kommunekode: string;
    titel: string;
    virksomhed: string;
    arbejdssted: string;
    postnr: string;
    art: JobordreArt;
    timer_min: number;
    timer_max: number;
    start: string;
    slut: string | null;
    beskrivelse: string | null;
    status: string;
  }>`select * from job_kontakt_ordrer(${borgerId}::uuid)`.execute(tx);
  return new Map(r.rows.map((o) => [o.id, { ...o, start: isoDato(o.start)!, slut: isoDato(o.slut) }]));
}

/** A contact request to a citizen of a neighbouring municipality (job_nabo_kontakt); undefined when not allowed. */
export async function naboKontakt(
  tx: Tx,
  a: {
    id: string;
    ordreId: string;
    borgerId: string;
    besked: string | null;
    score: number;
    forklaring: unknown;
    af: { id: string; navn: string };
    tid: Date;
    idempotens: string;
    beskedId: string;
    beskedEmne: string;
    beskedTekst: string;
  },
): Promise<{ id: string; status: KontaktStatus; anmodet: Date; ny: boolean } | undefined> {
  const r = await sql<{ id: string; status: KontaktStatus; anmodet: Date; ny: boolean }>`select * from job_nabo_kontakt(
      ${a.id}::uuid, ${a.ordreId}::uuid, ${a.borgerId}::uuid, ${a.besked}, ${a.score}::real,
      ${JSON.stringify(a.forklaring)}::jsonb, ${a.af.id}::uuid, ${a.af.navn}, ${a.tid}::timestamptz, ${a.idempotens},
      ${a.beskedId}::uuid, ${a.beskedEmne}, ${a.beskedTekst})`.execute(tx);
  return r.rows[0];
}

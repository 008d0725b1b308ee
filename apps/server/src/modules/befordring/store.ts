import { nyBorgerBesked } from "../samtale/store.ts";
/**
 * Transport allowance claims: their SQL and use cases (docs/befordring.md). Every function runs inside the caller's
 * tenant transaction; a claim, its case event and (on decision) the citizen's message are written in that one
 * transaction, so a crash leaves all or nothing.
 */
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { CitizenAccess } from "../../platform/audit/access.ts";
import type { Tx } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/errors.ts";
import { danishDate } from "../../platform/time.ts";
import { dagFraIso, erArbejdsdag, isoFraDag } from "../regler/kalender.ts";
import { skrivHaendelse } from "../sag/store.ts";
import {
  type AfstandForklaring,
  afgoerelseTekst,
  afstand,
  type BefordringRegel,
  type Beregning,
  beregn,
  kroner,
  maaFlytte,
  type Sted,
} from "./model.ts";
import { NATIONALE_REGLER } from "./regler.ts";

/** How far back a citizen can pick days to claim (the list of days offered). */
export const DAGE_TILBAGE = 92;
/** The most days one claim can hold. */
export const MAKS_DAGE = 62;

export const HAENDELSE_ANSOEGT = "BEFORDRING_ANSOEGT";
export const HAENDELSE_AFGJORT = "BEFORDRING_AFGJORT";

/* ------------------------------------------------------------------ rules */

/** The municipality's rule versions, oldest first; the national ones where the municipality has none of its own. */
export async function regler(tx: Tx): Promise<BefordringRegel[]> {
  const rows = await tx.selectFrom("befordring_regel").selectAll().orderBy("gyldig_fra").execute();
  if (rows.length === 0) return [...NATIONALE_REGLER];
  return rows.map((r) => ({
    id: r.id,
    titel: { da: r.titel_da, en: r.titel_en },
    tekst: { da: r.tekst_da, en: r.tekst_en },
    henvisning: { lov: r.lov, paragraf: r.paragraf, url: r.url },
    gyldigFra: r.gyldig_fra,
    gyldigTil: r.gyldig_til,
    taerskelKm: r.taerskel_km,
    satsOere: r.sats_oere,
    maksPrMaanedOere: r.maks_maaned_oere,
    afrundKrone: r.afrund_krone,
    sikkerhed: r.sikkerhed,
    kilde: r.kilde,
  }));
}

/** Writes rule versions as the current municipality's own (a version already there is left as it is). */
export async function gemRegler(tx: Tx, list: readonly BefordringRegel[]) {
  for (const r of list)
    await tx
      .insertInto("befordring_regel")
      .values({
        kommunekode: sql<string>`current_kommunekode()`,
        id: r.id,
        titel_da: r.titel.da,
        titel_en: r.titel.en,
        tekst_da: r.tekst.da,
        tekst_en: r.tekst.en,
        lov: r.henvisning.lov,
        paragraf: r.henvisning.paragraf,
        url: r.henvisning.url,
        gyldig_fra: r.gyldigFra,
        gyldig_til: r.gyldigTil,
        taerskel_km: r.taerskelKm,
        sats_oere: r.satsOere,
        maks_maaned_oere: r.maksPrMaanedOere,
        afrund_krone: r.afrundKrone,
        sikkerhed: r.sikkerhed,
        kilde: r.kilde,
      })
      .onConflict((oc) => oc.columns(["kommunekode", "id"]).doNothing())
      .execute();
}

/* ------------------------------------------------------------------ distance */

/**
 * Where a postcode lies: its own approximate coordinates when the project has them, else the centroid of its
 * municipality (the mean of the centroids where the postcode spans several). Undefined for an unknown postcode.
 */
export async function sted(tx: Tx, postnr: string): Promise<Sted | undefined> {
  const kommuner = await tx
    .selectFrom("postnummer as p")
    .innerJoin("kommune as k", "k.kommunekode", "p.kommunekode")
    .select(["p.bynavn", "k.navn", "k.centroid_lat", "k.centroid_lon"])
    .where("p.postnr", "=", postnr)
    .orderBy("k.kommunekode")
    .execute();
  if (kommuner.length === 0) return undefined;
  const bynavn = kommuner[0]!.bynavn;
  const egen = await tx
    .selectFrom("postnummer_koordinat")
    .select(["lat", "lon"])
    .where("postnr", "=", postnr)
    .executeTakeFirst();
  if (egen) return { postnr, bynavn, kilde: "postnummer", kommuner: [], lat: egen.lat, lon: egen.lon };
  const med = kommuner.filter((k) => k.centroid_lat !== null && k.centroid_lon !== null);
  if (med.length === 0) return undefined;
  return {
    postnr,
    bynavn,
    kilde: "kommune",
    kommuner: med.map((k) => k.navn),
    lat: med.reduce((s, k) => s + Number(k.centroid_lat), 0) / med.length,
    lon: med.reduce((s, k) => s + Number(k.centroid_lon), 0) / med.length,
  };
}

/** The distance between two postcodes with how it was found; undefined names the postcode that is unknown. */
export async function afstandMellem(
  tx: Tx,
  fraPostnr: string,
  tilPostnr: string,
): Promise<{ ok: true; afstand: AfstandForklaring } | { ok: false; ukendt: "fra" | "til" }> {
  const fra = await sted(tx, fraPostnr);
  if (!fra) return { ok: false, ukendt: "fra" };
  const til = await sted(tx, tilPostnr);
  if (!til) return { ok: false, ukendt: "til" };
  return { ok: true, afstand: afstand(fra, til) };
}

/* ------------------------------------------------------------------ activities */

export interface Aktivitet {
  art: "jobplan" | "tilmelding";
  id: string;
  titel: string;
  start: string | null;
  slut: string | null;
  /** the place when the activity has one (a physical module's address) */
  sted: string | null;
  /** the postcode of the place, when it is known */
  postnr: string | null;
  /** the days the citizen can claim for: days of the activity up to today, not already claimed */
  dage: string[];
  /** days of the activity already in a claim that is not rejected */
  allerdeSoegt: string[];
}

const POSTNR_I_ADRESSE = /\b(\d{4})\s+\p{L}/u;

/** Days already in the citizen's claims that are submitted or approved. */
async function soegteDage(tx: Tx, borgerId: string): Promise<Set<string>> {
  const rows = await tx
    .selectFrom("befordring_ansoegning")
    .select("dage")
    .where("borger_id", "=", borgerId)
    .where("status", "<>", "afvist")
    .execute();
  return new Set(rows.flatMap((r) => r.dage));
}

/**
 * The activities a citizen can claim transport for: the activities of their jobplan with a start date (every working
 * day from the start to the end or today), and their marketplace enrolments with physical modules (the days of the
 * modules held so far, at the module's place).
 */
export async function aktiviteter(tx: Tx, access: CitizenAccess, idag: string): Promise<Aktivitet[]> {
  const soegt = await soegteDage(tx, access.borgerId);
  const fraDag = Math.max(dagFraIso(idag) - DAGE_TILBAGE, 0);
  const ud: Aktivitet[] = [];
  const plan = await tx
    .selectFrom("jobplan_punkt")
    .select(["id", "titel", "start", "slut", "status"])
    .where("borger_id", "=", access.borgerId)
    .where("art", "=", "aktivitet")
    .where("start", "is not", null)
    .where("start", "<=", idag)
    .orderBy("start", "desc")
    .execute();
  for (const p of plan) {
    const alle: string[] = [];
    const til = Math.min(dagFraIso(p.slut ?? idag), dagFraIso(idag));
    for (let d = Math.max(dagFraIso(p.start!), fraDag); d <= til; d++) if (erArbejdsdag(d)) alle.push(isoFraDag(d));
    ud.push({
      art: "jobplan",
      id: p.id,
      titel: p.titel,
      start: p.start,
      slut: p.slut,
      sted: null,
      postnr: null,
      dage: alle.filter((d) => !soegt.has(d)),
      allerdeSoegt: alle.filter((d) => soegt.has(d)),
    });
  }
  const moduler = await tx
    .selectFrom("tilmelding as t")
    .innerJoin("udbud as u", "u.id", "t.udbud_id")
    .innerJoin("tilmelding_modul as tm", "tm.tilmelding_id", "t.id")
    .innerJoin("udbud_modul as m", "m.id", "tm.modul_id")
    .select(["t.id", "u.titel", "t.start", "t.slut", "m.start as modul_start", "m.sted"])
    .where("t.borger_id", "=", access.borgerId)
    .where("t.status", "<>", "afmeldt")
    .where("m.form", "=", "fysisk")
    .orderBy("m.start")
    .execute();
  const perTilmelding = new Map<string, Aktivitet>();
  for (const m of moduler) {
    const dag = danishDate(new Date(m.modul_start));
    let a = perTilmelding.get(m.id);
    if (!a) {
      const postnr = POSTNR_I_ADRESSE.exec(m.sted ?? "")?.[1] ?? null;
      a = {
        art: "tilmelding",
        id: m.id,
        titel: m.titel,
        start: m.start,
        slut: m.slut,
        sted: m.sted,
        postnr,
        dage: [],
        allerdeSoegt: [],
      };
      perTilmelding.set(m.id, a);
    }
    if (dag > idag || dagFraIso(dag) < fraDag) continue;
    if (soegt.has(dag)) a.allerdeSoegt.push(dag);
    else if (!a.dage.includes(dag)) a.dage.push(dag);
  }
  ud.push(...perTilmelding.values());
  return ud;
}

/* ------------------------------------------------------------------ claims */

export interface AnsoegningInput {
  aktivitet: { art: "jobplan" | "tilmelding"; id: string };
  tilPostnr: string;
  dage: string[];
}

export interface Forberedt {
  aktivitet: Aktivitet;
  fraPostnr: string;
  afstand: AfstandForklaring;
  beregning: Beregning;
  regler: BefordringRegel[];
}

const felt = (path: string, message: string) => new AppError("VALIDATION_FAILED", [{ path, message }]);

/**
 * Checks a claim against the citizen's activities, address and the rules, and computes it, without saving: the
 * summary the citizen sees before submitting is exactly what is saved.
 */
export async function forbered(
  tx: Tx,
  access: CitizenAccess,
  input: AnsoegningInput,
  idag: string,
): Promise<Forberedt> {
  const aktivitet = (await aktiviteter(tx, access, idag)).find(
    (a) => a.art === input.aktivitet.art && a.id === input.aktivitet.id,
  );
  // an activity that is not the citizen's is as unknown as one that does not exist
  if (!aktivitet) throw new AppError("NOT_FOUND");
  const dage = [...new Set(input.dage)].sort();
  if (dage.length === 0) throw felt("body.dage", "Vælg de dage, du har været af sted.");
  if (dage.length > MAKS_DAGE) throw felt("body.dage", `Du kan søge for højst ${MAKS_DAGE} dage ad gangen.`);
  const forkerte = dage.filter((d) => !aktivitet.dage.includes(d));
  if (forkerte.length > 0)
    throw felt(
      "body.dage",
      aktivitet.allerdeSoegt.some((d) => forkerte.includes(d))
        ? "Du har allerede søgt om godtgørelse for en eller flere af dagene."
        : "En eller flere af dagene ligger ikke i aktivitetens periode eller er endnu ikke kommet.",
    );
  const hjem = await tx.selectFrom("borger").select("postnr").where("id", "=", access.borgerId).executeTakeFirst();
  if (!hjem?.postnr) throw felt("body.fraPostnr", "Vi kender ikke dit postnummer. Ret dine oplysninger først.");
  const a = await afstandMellem(tx, hjem.postnr, input.tilPostnr);
  if (!a.ok)
    throw a.ukendt === "til"
      ? felt("body.tilPostnr", "Postnummeret findes ikke. Skriv postnummeret, hvor aktiviteten foregår.")
      : felt("body.fraPostnr", "Dit postnummer findes ikke. Ret dine oplysninger først.");
  const alleRegler = await regler(tx);
  const b = beregn(alleRegler, dage, a.afstand.enkeltturHm);
  if (!b.ok) throw felt("body.dage", "Der er ingen regel for befordringsgodtgørelse for en eller flere af dagene.");
  return { aktivitet, fraPostnr: hjem.postnr, afstand: a.afstand, beregning: b.beregning, regler: alleRegler };
}

const KOLONNER = [
  "id",
  "borger_id",
  "kvitteringsnr",
  "aktivitet_art",
  "aktivitet_id",
  "aktivitet_titel",
  "fra_postnr",
  "til_postnr",
  "enkelttur_hm",
  "afstand",
  "dage",
  "beregning",
  "beloeb_oere",
  "status",
  "indsendt",
  "rettet_hm",
  "rettet_begrundelse",
  "godkendt_oere",
  "afgjort",
  "afgjort_af_navn",
  "begrundelse",
  "afgoerelse_tekst",
] as const;

export type AnsoegningRaekke = Awaited<ReturnType<typeof ansoegning>> & {};

export function ansoegning(tx: Tx, id: string) {
  return tx
    .selectFrom("befordring_ansoegning")
    .select([...KOLONNER])
    .where("id", "=", id)
    .executeTakeFirst();
}

export function ansoegningerFor(tx: Tx, borgerId: string) {
  return tx
    .selectFrom("befordring_ansoegning")
    .select([...KOLONNER])
    .where("borger_id", "=", borgerId)
    .orderBy("indsendt", "desc")
    .execute();
}

/**
 * Saves a claim once per client key: a retry (or a second request racing the first) answers the first claim. The
 * citizen's claims are serialised by a transaction lock, so two claims can never take the same day twice. The case
 * gets an event in the same transaction.
 */
export async function ansoeg(
  tx: Tx,
  access: CitizenAccess,
  input: AnsoegningInput & { idempotens: string; id?: string },
  now: Date,
): Promise<{ ansoegning: NonNullable<AnsoegningRaekke>; ny: boolean }> {
  await sql`select pg_advisory_xact_lock(hashtext(${`befordring:${access.borgerId}`}))`.execute(tx);
  const foer = await tx
    .selectFrom("befordring_ansoegning")
    .select(["id", "borger_id"])
    .where("idempotens", "=", input.idempotens)
    .executeTakeFirst();
  if (foer) {
    if (foer.borger_id !== access.borgerId) throw new AppError("IDEMPOTENS_KONFLIKT");
    return { ansoegning: (await ansoegning(tx, foer.id))!, ny: false };
  }
  const f = await forbered(tx, access, input, danishDate(now));
  const id = input.id ?? randomUUID();
  const kvitteringsnr = `BEF-${danishDate(now).replaceAll("-", "")}-${id.replaceAll("-", "").slice(-6).toUpperCase()}`;
  await tx
    .insertInto("befordring_ansoegning")
    .values({
      id,
      kommunekode: access.kommunekode,
      borger_id: access.borgerId,
      kvitteringsnr,
      aktivitet_art: f.aktivitet.art,
      aktivitet_id: f.aktivitet.id,
      aktivitet_titel: f.aktivitet.titel,
      fra_postnr: f.fraPostnr,
      til_postnr: input.tilPostnr,
      enkelttur_hm: f.afstand.enkeltturHm,
      afstand: JSON.stringify(f.afstand),
      dage: JSON.stringify([...new Set(input.dage)].sort()),
      beregning: JSON.stringify(f.beregning),
      beloeb_oere: f.beregning.udbetalesOere,
      status: "indsendt",
      indsendt: now,
      idempotens: input.idempotens,
    })
    .execute();
  await skrivHaendelse(
    tx,
    {
      id: randomUUID(),
      borgerId: access.borgerId,
      type: HAENDELSE_ANSOEGT,
      dato: danishDate(now),
      beskrivelse: `Ansøgning om befordringsgodtgørelse modtaget (${kvitteringsnr}): ${f.aktivitet.titel}, ${[...new Set(input.dage)].length} dage, ${kroner(f.beregning.udbetalesOere)}`,
      af: null,
    },
    now,
  );
  return { ansoegning: (await ansoegning(tx, id))!, ny: true };
}

export interface Afgoerelse {
  beslutning: "godkendt" | "afvist";
  begrundelse: string | null;
  /** the caseworker's corrected one-way distance (hectometres) with its reason */
  rettet: { hm: number; begrundelse: string } | null;
}

/**
 * Decides a submitted claim: one conditional update moves it from 'indsendt', so two decisions at once leave one; the
 * other gets BEFORDRING_AFGJORT. A corrected distance recomputes the amount under the same rules. The decision cites
 * the rule, is written to the case and sent to the citizen as a message, all in this transaction.
 */
export async function afgoer(
  tx: Tx,
  id: string,
  aktoer: { id: string; navn: string; rolle: string },
  a: Afgoerelse,
  now: Date,
) {
  const c = await ansoegning(tx, id);
  if (!c) throw new AppError("NOT_FOUND");
  if (!maaFlytte(c.status, a.beslutning, aktoer.rolle)) {
    if (c.status !== "indsendt") throw new AppError("BEFORDRING_AFGJORT");
    throw new AppError("FORBIDDEN");
  }
  if (a.beslutning === "afvist" && !a.begrundelse)
    throw felt("body.begrundelse", "Skriv en begrundelse, når du afviser.");
  const alleRegler = await regler(tx);
  let beregning: Beregning = c.beregning;
  if (a.rettet) {
    const b = beregn(alleRegler, c.dage, a.rettet.hm);
    if (!b.ok) throw felt("body.afstandKm", "Der er ingen regel for en eller flere af dagene.");
    beregning = b.beregning;
  }
  const tekst = afgoerelseTekst({
    beslutning: a.beslutning,
    begrundelse: a.begrundelse,
    beregning,
    regler: alleRegler,
    rettet: a.rettet ? { fraHm: c.enkelttur_hm, tilHm: a.rettet.hm, begrundelse: a.rettet.begrundelse } : null,
  });
  const opdateret = await tx
    .updateTable("befordring_ansoegning")
    .set({
      status: a.beslutning,
      afgjort: now,
      afgjort_af: aktoer.id,
      afgjort_af_navn: aktoer.navn,
      begrundelse: a.begrundelse,
      rettet_hm: a.rettet?.hm ?? null,
      rettet_begrundelse: a.rettet?.begrundelse ?? null,
      godkendt_oere: a.beslutning === "godkendt" ? beregning.udbetalesOere : null,
      afgoerelse_tekst: tekst,
      ...(a.rettet ? { beregning: JSON.stringify(beregning) } : {}),
    })
    .where("id", "=", id)
    .where("status", "=", "indsendt")
    .returning("id")
    .executeTakeFirst();
  if (!opdateret) throw new AppError("BEFORDRING_AFGJORT");
  await skrivHaendelse(
    tx,
    {
      id: randomUUID(),
      borgerId: c.borger_id,
      type: HAENDELSE_AFGJORT,
      dato: danishDate(now),
      beskrivelse: `Befordringsgodtgørelse ${a.beslutning === "godkendt" ? `godkendt: ${kroner(beregning.udbetalesOere)}` : "afvist"} (${c.kvitteringsnr})`,
      af: aktoer.id,
    },
    now,
  );
  await nyBorgerBesked(
    tx,
    {
      id: randomUUID(),
      borgerId: c.borger_id,
      art: "befordring",
      emne: `Afgørelse om befordringsgodtgørelse (${c.kvitteringsnr})`,
      tekst,
    },
    now,
  );
  return (await ansoegning(tx, id))!;
}

/**
 * Historic outcomes for the demo's marketplace, so the measured effect of the offers (modules/marked/effekt.ts) has
 * something to measure: extra citizens who were on benefit in the past one or two years, some of whom took one of the
 * municipality's approved offers, and the day each left benefit for work or education, if they did.
 *
 * The citizens come from the population generator (tools/population) with a seed of their own, chosen so the target
 * groups are those of people looking for work (a quota per group, taken in the generator's order, so every row stays
 * as the generator made it). They get no caseworker (so the named caseworkers' caseloads are unchanged) and no
 * generated case file: only their benefit events (YDELSE_START, YDELSE_OPHOER) and their enrolments.
 *
 * The outcome model is a hazard: each target group has its own daily rate of leaving benefit for work or education
 * (dagpenge fastest, activity-ready cash benefit slowest). A citizen who takes no offer leaves at that rate from the
 * start of benefit. A citizen who completes an offer cannot leave in the first two weeks after completing (a new job
 * starts after notice: the lock-in every activation offer has) and from then on leaves at the group's rate times the
 * offer's multiplier: some offers work well (×2.2), some somewhat (×1.6), some not at all (×1.0) and some keep people
 * off the labour market (×0.7). Offers differ in popularity as well, and a few get so few participants that their
 * effect cannot be shown. Because the exits are memoryless, the effect method's comparison (similar citizens on
 * benefit in the same week) recovers the multipliers: an offer that does nothing shows a small negative effect (the
 * lock-in), a good one a clear positive one.
 *
 * Deterministic: the same municipality, number and day give the same rows, and another day gives the same story moved
 * in time (the random draws do not depend on the day, so the same offers are popular and effective on every day).
 * Idempotent: a second call finds its citizens and does nothing. Call it after the municipality's generated population
 * is loaded (the generator deals CPR numbers per municipality, so a citizen whose number the population already holds
 * is skipped) and after the offers are approved; it ends by recomputing the municipality's effect figures.
 */
import type { Insertable } from "kysely";
import { MAALGRUPPER, type Maalgruppe } from "#contracts/maalgrupper.ts";
import { citizenRecord } from "../../../../tools/population/load.ts";
import { type CitizenRow, generatePopulation, Rng, seededRandom } from "../../../../tools/population/model.ts";
import { genberegnEffekter } from "../modules/marked/effekt-store.ts";
import { dagFraIso, isoFraDag } from "../modules/regler/kalender.ts";
import { lokalTilUtc } from "../modules/samtale/tider.ts";
import type { CprVault } from "../platform/crypto/cpr-vault.ts";
import type { Database } from "../platform/db/database.ts";
import type { SagHaendelseTable, TilmeldingTable } from "../platform/db/schema.ts";
import { withTenant } from "../platform/db/tenant.ts";

/**
 * The target groups of the historic citizens: their share, their daily rate of leaving benefit for work or education,
 * the share of those leaving who go into education, and the chance of taking an offer (for a citizen still on benefit
 * a few weeks in). Most are on dagpenge or job-ready cash benefit, where the offers are used the most.
 */
const GRUPPER: { maalgruppe: Maalgruppe; andel: number; rate: number; uddannelse: number; deltager: number }[] = [
  // mean time to work about 5 months
  { maalgruppe: "DAGPENGE", andel: 0.5, rate: 1 / 150, uddannelse: 0.1, deltager: 0.5 },
  { maalgruppe: "KONTANTHJAELP_JOBPARAT", andel: 0.25, rate: 1 / 260, uddannelse: 0.15, deltager: 0.55 },
  { maalgruppe: "SYGEDAGPENGE", andel: 0.1, rate: 1 / 220, uddannelse: 0.02, deltager: 0.25 },
  { maalgruppe: "KONTANTHJAELP_AKTIVITETSPARAT", andel: 0.08, rate: 1 / 700, uddannelse: 0.1, deltager: 0.3 },
  // the education-ready young mostly leave for education
  { maalgruppe: "UDDANNELSESHJAELP_UDDANNELSESPARAT", andel: 0.07, rate: 1 / 200, uddannelse: 0.8, deltager: 0.3 },
];

/**
 * By an offer's rank in popularity: its weight when a citizen picks among the offers open to them, and how much it
 * changes the rate of leaving for work after completion. The most popular offers get enough participants to be
 * measured, and differ in effect; the least popular few get too few.
 */
const POPULARITET = [10, 7, 5, 2.5, 1.2, 0.6, 0.3, 0.2] as const;
const VIRKNING = [2.2, 1.0, 1.6, 0.7, 1.6, 2.2, 1.0, 0.7] as const;
/** Share of enrolments broken off before the end. */
const AFBRUDT = 0.15;
/** Days after completion before a job can start. */
const LAAS = 14;
const BATCH = 500;

export interface HistorikTal {
  borgere: number;
  tilmeldinger: number;
  haendelser: number;
  effekter: number;
}

function uuid(rng: Rng): string {
  let h = "";
  for (let i = 0; i < 4; i++) h += (rng.int(0x100000000) >>> 0).toString(16).padStart(8, "0");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** An exponential waiting time in whole days (at least 1) for a daily rate. */
const vent = (rng: Rng, rate: number) => Math.max(1, Math.ceil(-Math.log(1 - rng.next()) / rate));

/** An instant on a Danish day at a time of day (minutes after midnight). */
const paaDag = (dag: number, minut: number) => new Date(lokalTilUtc(dag, minut));

/**
 * Adds `antal` historic citizens with benefit events and enrolments to the municipality and recomputes the effect of
 * its offers. Answers what was added (all zero when the history was already there).
 */
export async function seedMarkedHistorik(
  database: Database,
  vault: CprVault,
  kommunekode: string,
  antal: number,
  today: string,
): Promise<HistorikTal> {
  const db = database.db;
  const idag = dagFraIso(today);
  const postnumre = (
    await db.selectFrom("postnummer").select("postnr").where("kommunekode", "=", kommunekode).execute()
  ).map((r) => r.postnr);

  // Citizens: a quota per target group, taken in the generator's order from a pool large enough for the rarest group.
  const kvote = new Map(GRUPPER.map((g) => [g.maalgruppe, Math.round(g.andel * antal)]));
  const pulje = generatePopulation({
    kommunekode,
    citizens: antal * 12,
    seed: `historik-${kommunekode}`,
    postnumre,
    today,
  }).citizens;
  const kandidater = new Map<Maalgruppe, CitizenRow[]>();
  for (const c of pulje) {
    const k = kvote.get(c.maalgruppe);
    if (k === undefined) continue;
    const liste = kandidater.get(c.maalgruppe) ?? [];
    // some spare: a citizen whose CPR number the municipality's population already holds is skipped
    if (liste.length < Math.ceil(k * 1.2) + 5) liste.push(c);
    kandidater.set(c.maalgruppe, liste);
  }
  const alle = [...kandidater.values()].flat();
  if (alle.length === 0) return { borgere: 0, tilmeldinger: 0, haendelser: 0, effekter: 0 };
  const findes = await db
    .selectFrom("borger")
    .select("id")
    .where(
      "id",
      "in",
      alle.map((c) => c.id),
    )
    .limit(1)
    .execute();
  if (findes.length > 0) return { borgere: 0, tilmeldinger: 0, haendelser: 0, effekter: 0 };
  const hashes = new Map(alle.map((c) => [vault.hash(c.cpr), c.id]));
  const optaget = new Set<string>();
  for (let i = 0; i < alle.length; i += BATCH) {
    const del = [...hashes.keys()].slice(i, i + BATCH);
    const rows = await db.selectFrom("borger").select("cpr_hash").where("cpr_hash", "in", del).execute();
    for (const r of rows) optaget.add(hashes.get(r.cpr_hash)!);
  }
  const borgere: CitizenRow[] = [];
  for (const g of GRUPPER) {
    const valgt = (kandidater.get(g.maalgruppe) ?? []).filter((c) => !optaget.has(c.id));
    borgere.push(...valgt.slice(0, kvote.get(g.maalgruppe)!));
  }

  // The municipality's approved offers, each with its effect and popularity (fixed by the offer's place in id order).
  const udbud = await db
    .selectFrom("udbud")
    .select(["id", "maalgrupper", "varighed_uger"])
    .where("kommunekode", "=", kommunekode)
    .where("status", "=", "godkendt")
    .orderBy("id")
    .execute();
  // not seeded with the day: the offers' ranks and every draw below are the same whichever day the demo is seeded,
  // so the same offers are measured (and the same few are not) on every day; only the dates move with it
  const rng = new Rng(seededRandom(`historik|${kommunekode}`));
  // the offers' ranks: a shuffle (Fisher–Yates) of their places
  const rang = udbud.map((_, i) => i);
  for (let i = rang.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [rang[i], rang[j]] = [rang[j]!, rang[i]!];
  }
  const profil = udbud.map((u, i) => ({
    ...u,
    popularitet: POPULARITET[rang[i]! % POPULARITET.length]!,
    virkning: VIRKNING[rang[i]! % VIRKNING.length]!,
  }));

  const haendelser: Insertable<SagHaendelseTable>[] = [];
  const tilmeldinger: Insertable<TilmeldingTable>[] = [];
  const starter = new Map<string, number>();
  const registreret = (dag: number) => paaDag(dag, 8 * 60 + rng.int(8 * 60));
  for (const c of borgere) {
    const g = GRUPPER.find((x) => x.maalgruppe === c.maalgruppe)!;
    // on benefit from some day between 23 and 8 months ago
    const start = idag - 240 - rng.int(460);
    starter.set(c.id, start);
    haendelser.push({
      id: uuid(rng),
      kommunekode,
      borger_id: c.id,
      type: "YDELSE_START",
      dato: isoFraDag(start),
      maalgruppe: c.maalgruppe,
      kanal: null,
      art: null,
      uger: null,
      kategori: null,
      afholder: null,
      tilbudsart: null,
      foreloebigt: null,
      beskrivelse: `Start på ${MAALGRUPPER[c.maalgruppe].da.toLowerCase()}`,
      registreret: registreret(start),
      registreret_af: null,
    });
    let ud = start + vent(rng, g.rate);

    // Perhaps an offer, taken some weeks into the benefit if the citizen is still on it then.
    const aabne = profil.filter((u) => u.maalgrupper.length === 0 || u.maalgrupper.includes(c.maalgruppe));
    const tilmeldt = start + 7 + rng.int(50);
    if (aabne.length > 0 && ud > tilmeldt && rng.chance(g.deltager)) {
      let x = rng.next() * aabne.reduce((s, u) => s + u.popularitet, 0);
      let u = aabne[aabne.length - 1]!;
      for (const o of aabne) {
        x -= o.popularitet;
        if (x < 0) {
          u = o;
          break;
        }
      }
      const slut = tilmeldt + Math.min(u.varighed_uger, 26) * 7 - 1;
      const afbrudt = rng.chance(AFBRUDT);
      const stop = afbrudt ? tilmeldt + 1 + rng.int(slut - tilmeldt) : slut;
      const id = uuid(rng);
      const igang = stop >= idag;
      tilmeldinger.push({
        id,
        kommunekode,
        udbud_id: u.id,
        borger_id: c.id,
        kilde: "borger",
        formelt_tilbud: false,
        status: igang ? "startet" : afbrudt ? "afbrudt" : "gennemfoert",
        start: isoFraDag(tilmeldt),
        slut: isoFraDag(slut),
        tokens: 0,
        fremskridt: igang ? 50 : afbrudt ? 10 + rng.int(60) : 100,
        tilmeldt: paaDag(tilmeldt - 2, 10 * 60),
        tilmeldt_af: null,
        startet: paaDag(tilmeldt, 9 * 60),
        afsluttet: igang ? null : paaDag(stop, 15 * 60),
        afmeldt_aarsag: null,
        idempotens: `historik:${id}`,
      });
      // After completing, no job in the lock-in weeks, then the offer's rate; a drop-out keeps the group's rate.
      if (!igang && !afbrudt) ud = stop + LAAS + vent(rng, g.rate * u.virkning);
      else if (!igang) ud = Math.max(ud, stop + 1);
      else ud = Math.max(ud, idag);
    }
    if (ud < idag) {
      const art = rng.chance(g.uddannelse) ? "uddannelse" : "job";
      haendelser.push({
        id: uuid(rng),
        kommunekode,
        borger_id: c.id,
        type: "YDELSE_OPHOER",
        dato: isoFraDag(ud),
        maalgruppe: null,
        kanal: null,
        art,
        uger: null,
        kategori: null,
        afholder: null,
        tilbudsart: null,
        foreloebigt: null,
        beskrivelse: art === "job" ? "Ophør: i arbejde" : "Ophør: påbegyndt uddannelse",
        registreret: registreret(ud),
        registreret_af: null,
      });
    }
  }

  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < borgere.length; i += BATCH) {
      await tx
        .insertInto("borger")
        .values(
          borgere.slice(i, i + BATCH).map((c) => ({
            ...citizenRecord(c, vault),
            ydelse_start: isoFraDag(starter.get(c.id)!),
            // no caseworker: the named caseworkers' caseloads stay as they are
            sagsbehandler_id: null,
          })),
        )
        .execute();
    }
    for (let i = 0; i < haendelser.length; i += BATCH) {
      await tx
        .insertInto("sag_haendelse")
        .values(haendelser.slice(i, i + BATCH))
        .execute();
    }
    for (let i = 0; i < tilmeldinger.length; i += BATCH) {
      await tx
        .insertInto("tilmelding")
        .values(tilmeldinger.slice(i, i + BATCH))
        .execute();
    }
  });
  const { raekker } = await withTenant(db, kommunekode, (tx) =>
    genberegnEffekter(tx, kommunekode, new Date(lokalTilUtc(idag, 12 * 60))),
  );
  return {
    borgere: borgere.length,
    tilmeldinger: tilmeldinger.length,
    haendelser: haendelser.length,
    effekter: raekker,
  };
}

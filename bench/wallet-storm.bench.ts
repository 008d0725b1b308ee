/**
 * Benchmark `wallet-storm`: one citizen's wallet holds tokens for exactly 100 enrolments (1,000 tokens; every offer
 * costs 10), and 1,000 enrolments on 1,000 different approved offers are fired at once against the PostgreSQL server.
 * Each attempt is what the citizen's enrol route does: one tenant transaction (row-level security) with `tilmeld`,
 * which locks the wallet's row, derives the balance from the ledger under the lock, and writes the enrolment and its
 * spend entry; a refusal (not enough tokens) writes nothing.
 *
 * Expected: exactly 100 enrolments, each with exactly one spend entry; the balance is 0 and was never negative (no
 * prefix of the ledger in time order goes below zero); the ledger is conserved (budget = the municipality's balance +
 * the citizens' balances + spent + expired); the 900 others were told "not enough tokens".
 *
 * Baseline beside it, in the same run on fresh data: the naive way without the lock (read the balance, then write the
 * spend, each in its own transaction, as a check-then-act would) — it overspends, which is why the lock is there.
 *
 *   npm run bench -- wallet-storm [--pool 20] [--attempts 1000] [--affordable 100]
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import {
  konto,
  saldo,
  tilfoejBudget,
  tildel,
  tilmeld,
  tokenOverblik,
} from "../apps/server/src/modules/marked/store.ts";
import { type Database, migrate, openDatabase } from "../apps/server/src/platform/db/database.ts";
import { withTenant } from "../apps/server/src/platform/db/tenant.ts";
import { AppError } from "../apps/server/src/platform/http/errors.ts";
import { say, secs } from "./support/figures.ts";
import { keptDatabase, loadBenchPopulation } from "./support/koebenhavn.ts";

export const name = "wallet-storm";
export const description =
  "tokenstorm: 1.000 samtidige tilmeldinger fra samme tegnebog med tokens til 100 (mål: præcis 100, aldrig negativ saldo)";

const KOMMUNE = "0101";
const TODAY = "2026-11-23";
const PRIS = 10;
const SYSTEM = { id: null, navn: "Benchmark" };

/** A fresh database: 20 citizens of one municipality, a provider and `offers` approved offers at 10 tokens each. */
async function prepare(offers: number, tokens: number): Promise<{ d: Database; borgerId: string; udbud: string[] }> {
  const url = await keptDatabase({
    name: "ju_bench_wallet",
    fresh: true,
    build: async (d, u) => {
      await migrate(d.db);
      await loadBenchPopulation(d, u, {
        kommunekode: KOMMUNE,
        citizens: 20,
        seed: "wallet",
        today: TODAY,
        caseworkersPer: 20,
      });
      await sql`create table bench_klar ()`.execute(d.db);
    },
  });
  const d = await openDatabase({ kind: "postgres", url });
  const now = new Date(`${TODAY}T09:00:00Z`);
  const borger = await d.db.selectFrom("borger").select(["id", "maalgruppe"]).orderBy("id").executeTakeFirstOrThrow();
  const udbud: string[] = [];
  await withTenant(d.db, KOMMUNE, async (tx) => {
    await tx
      .insertInto("kommune_indstillinger")
      .values({
        kommunekode: KOMMUNE,
        jobcenter_navn: "Jobcenter København",
        adresse: "Kalvebod Brygge 45",
        postnr: "1560",
        bynavn: "København V",
        telefon: null,
        email: null,
        aabningstider: "[]",
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const leverandoerId = randomUUID();
    await tx
      .insertInto("leverandoer")
      .values({ id: leverandoerId, kommunekode: KOMMUNE, navn: "Benchmark Kurser ApS", cvr: "12345678" })
      .execute();
    const rows = Array.from({ length: offers }, (_, i) => ({
      id: randomUUID(),
      kommunekode: KOMMUNE,
      leverandoer_id: leverandoerId,
      titel: `Onlinekursus ${i + 1}`,
      beskrivelse: "Et onlinekursus til benchmarken, der starter med det samme.",
      art: "online" as const,
      sprog: ["da"],
      niveau: "begynder" as const,
      varighed_uger: 2,
      timer_pr_uge: 3,
      pris_tokens: PRIS,
      status: "godkendt" as const,
      oprettet: now,
      opdateret: now,
      idempotens: null,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto("udbud")
        .values(rows.slice(i, i + 500))
        .execute();
    udbud.push(...rows.map((r) => r.id));
    await tilfoejBudget(tx, 100_000, "Benchmarkbudget", randomUUID(), SYSTEM, now);
    const regelId = randomUUID();
    await tx
      .insertInto("token_regel")
      .values({
        id: regelId,
        kommunekode: KOMMUNE,
        maalgruppe: borger.maalgruppe,
        tokens: tokens,
        gyldig_fra: "2026-01-01",
        gyldig_til: null,
        udloeb_dage: null,
        oprettet_af: null,
        oprettet: now,
      })
      .execute();
    await tildel(tx, regelId, SYSTEM, now);
  });
  return { d, borgerId: borger.id, udbud };
}

interface Udfald {
  ok: number;
  afvist: number;
  andet: string[];
  sekunder: number;
}

/** The real thing: `tilmeld` in one tenant transaction per attempt, all fired at once. */
async function storm(d: Database, borgerId: string, udbud: string[]): Promise<Udfald> {
  const now = new Date(`${TODAY}T09:00:00Z`);
  const t0 = performance.now();
  const res = await Promise.allSettled(
    udbud.map((udbudId) =>
      withTenant(d.db, KOMMUNE, (tx) =>
        tilmeld(
          tx,
          { udbudId, borgerId, kilde: "borger", formelt: false, idempotens: randomUUID() },
          { id: null, navn: "Borgeren" },
          now,
        ),
      ),
    ),
  );
  const sekunder = (performance.now() - t0) / 1000;
  const andet: string[] = [];
  let ok = 0;
  let afvist = 0;
  for (const r of res) {
    if (r.status === "fulfilled") ok++;
    else if (r.reason instanceof AppError && r.reason.code === "TOKEN_SALDO_UTILSTRAEKKELIG") afvist++;
    else andet.push(String(r.reason));
  }
  return { ok, afvist, andet, sekunder };
}

/** The baseline: check the balance, then spend, without locking the wallet. */
async function naiv(d: Database, borgerId: string, udbud: string[]): Promise<Udfald> {
  const now = new Date(`${TODAY}T09:00:00Z`);
  const t0 = performance.now();
  const res = await Promise.allSettled(
    udbud.map(async (udbudId) => {
      const kontoId = await withTenant(d.db, KOMMUNE, (tx) => konto(tx, borgerId, now));
      const s = await withTenant(d.db, KOMMUNE, (tx) => saldo(tx, kontoId));
      if (s < PRIS) throw new AppError("TOKEN_SALDO_UTILSTRAEKKELIG");
      await withTenant(d.db, KOMMUNE, (tx) =>
        tx
          .insertInto("token_post")
          .values({
            id: randomUUID(),
            kommunekode: KOMMUNE,
            konto_id: kontoId,
            art: "forbrug",
            antal: -PRIS,
            overfoersel: randomUUID(),
            tilmelding_id: null,
            regel_id: null,
            tekst: `Naiv: ${udbudId}`,
            af_bruger_id: null,
            af_navn: "Borgeren",
            tidspunkt: now,
            noegle: randomUUID(),
          })
          .execute(),
      );
    }),
  );
  const sekunder = (performance.now() - t0) / 1000;
  let ok = 0;
  let afvist = 0;
  for (const r of res) r.status === "fulfilled" ? ok++ : afvist++;
  return { ok, afvist, andet: [], sekunder };
}

/** The invariants, read back from the database. */
async function efterproev(d: Database, borgerId: string) {
  return withTenant(d.db, KOMMUNE, async (tx) => {
    const kontoId = await konto(tx, borgerId, new Date());
    const poster = await tx
      .selectFrom("token_post")
      .select(["antal", "art", "tilmelding_id"])
      .where("konto_id", "=", kontoId)
      .orderBy("tidspunkt")
      .orderBy(sql`xmin::text::bigint`)
      .execute();
    let loebende = 0;
    let laveste = Number.POSITIVE_INFINITY;
    for (const p of poster) {
      loebende += p.antal;
      laveste = Math.min(laveste, loebende);
    }
    const tilmeldinger = await tx
      .selectFrom("tilmelding")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("borger_id", "=", borgerId)
      .executeTakeFirstOrThrow();
    const forbrug = poster.filter((p) => p.art === "forbrug");
    const medTilmelding = new Set(forbrug.map((p) => p.tilmelding_id));
    return {
      saldo: loebende,
      laveste,
      tilmeldinger: tilmeldinger.n,
      forbrug: forbrug.length,
      forbrugUdenTilmelding: forbrug.filter((p) => !p.tilmelding_id).length,
      enPostPrTilmelding: medTilmelding.size === forbrug.length,
      regnskab: await tokenOverblik(tx),
    };
  });
}

export async function run(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { attempts: { type: "string", default: "1000" }, affordable: { type: "string", default: "100" } },
  });
  const forsoeg = Number(values.attempts);
  const raad = Number(values.affordable);
  console.log(
    `wallet-storm: ${forsoeg} samtidige tilmeldinger, tokens til ${raad} (${raad * PRIS} tokens, ${PRIS} pr. forløb)`,
  );

  const a = await prepare(forsoeg, raad * PRIS);
  let resultat: Udfald;
  let v: Awaited<ReturnType<typeof efterproev>>;
  try {
    resultat = await storm(a.d, a.borgerId, a.udbud);
    v = await efterproev(a.d, a.borgerId);
  } finally {
    await a.d.close();
  }
  console.log("\nMed lås på tegnebogen (tilmeld, som ruten gør):");
  say("tilmeldt", `${resultat.ok} af ${forsoeg} (mål: ${raad})`);
  say("afvist: ikke tokens nok", String(resultat.afvist));
  say("andre fejl", resultat.andet.length ? resultat.andet.slice(0, 3).join("; ") : "0");
  say("saldo til sidst / laveste nogensinde", `${v.saldo} / ${v.laveste}`);
  say(
    "tilmeldinger i databasen",
    `${v.tilmeldinger}, forbrugsposter ${v.forbrug}, én post pr. tilmelding: ${v.enPostPrTilmelding ? "ja" : "NEJ"}`,
  );
  say(
    "regnskabet går op",
    v.regnskab.bevaret
      ? `ja (budget ${v.regnskab.budget} = kommunen ${v.regnskab.kommunensSaldo} + borgerne ${v.regnskab.borgernesSaldo} + forbrugt ${v.regnskab.forbrugt} + udløbet ${v.regnskab.udloebet})`
      : "NEJ",
  );
  say("tid", `${secs(resultat.sekunder)} s, ${Math.round(forsoeg / resultat.sekunder)} forsøg/s`);

  const b = await prepare(forsoeg, raad * PRIS);
  let naive: Udfald;
  let nv: Awaited<ReturnType<typeof efterproev>>;
  try {
    naive = await naiv(b.d, b.borgerId, b.udbud);
    nv = await efterproev(b.d, b.borgerId);
  } finally {
    await b.d.close();
  }
  console.log("\nBaseline uden lås (læs saldoen, skriv så forbruget):");
  say("forbrug skrevet", `${naive.ok} af ${forsoeg} (kun ${raad} var dækket)`);
  say("saldo til sidst / laveste nogensinde", `${nv.saldo} / ${nv.laveste}`);
  say("tid", `${secs(naive.sekunder)} s`);

  const korrekt =
    resultat.ok === raad &&
    resultat.afvist === forsoeg - raad &&
    resultat.andet.length === 0 &&
    v.saldo === 0 &&
    v.laveste >= 0 &&
    v.tilmeldinger === raad &&
    v.enPostPrTilmelding &&
    v.forbrugUdenTilmelding === 0 &&
    v.regnskab.bevaret;
  console.log(
    `\nwallet-storm: ${resultat.ok} tilmeldinger af ${forsoeg} (mål: præcis ${raad}; laveste saldo ${v.laveste}, regnskab ${v.regnskab.bevaret ? "bevaret" : "IKKE bevaret"}; ${korrekt ? "alle krav holder" : "KRAV BRUDT"}; uden lås: ${naive.ok} og saldo ${nv.saldo})`,
  );
  if (!korrekt) process.exitCode = 1;
}

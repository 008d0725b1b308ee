import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "../../config.ts";
import { createCprVault } from "../../platform/crypto/cpr-vault.ts";
import { withTenant } from "../../platform/db/tenant.ts";
import { DEMO, DEMO_CITIZENS, seedDemoIfEmpty } from "../../seed/demo.ts";
import { demoId } from "../../seed/ids.ts";
import { engines, freshDatabase, type TestDatabase } from "../../testing/databases.ts";
import { ESCO_FAERDIGHEDER, erhvervForMaal, faerdighedVedNavn, manglendeFaerdigheder } from "./esco.ts";
import { type ForslagUdbud, foreslaa } from "./forslag.ts";
import { genberegnEffekter } from "./effekt-store.ts";
import { forslagForBorger } from "./forslag-store.ts";

const NU = new Date("2026-11-23T09:00:00Z");
const f = (da: string) => faerdighedVedNavn(da).uri;
const MODTAGE = f("modtage varer");
const PLUKKE = f("plukke ordrer til forsendelse");
const BETJENE = f("betjene palleløftere og andet lagerudstyr");
const LOEFTE = f("løfte tunge byrder korrekt");
const IT = f("grundlæggende IT-færdigheder");
const WMS = f("bruge lagerstyringssystemer (WMS)");
/** the demo's providers: Kursushuset Sjælland (Roskilde) and Sprogskolen Køge */
const LEV_ROSKILDE = demoId(901);
const LEV_KOEGE = demoId(902);
const jonas = DEMO_CITIZENS.find((c) => c.subject === "borger-jonas")!;

describe.each(engines())("suggestions for a citizen from the database on %s", (engine) => {
  let t: TestDatabase;
  const P: string = randomUUID(); // our citizen in Roskilde, on dagpenge, wants to work in a warehouse
  const Q: string = randomUUID(); // another citizen in Roskilde, with no job goal
  const R: string = randomUUID(); // on job-ready cash benefit, wants to work in a warehouse
  const S: string = randomUUID(); // on sickness benefit, wants to work in a warehouse
  const id = {
    eff: randomUUID(),
    effKj: randomUUID(),
    k3: randomUUID(),
    k1: randomUUID(),
    neg: randomUUID(),
    it: randomUUID(),
    it2: randomUUID(),
    aktiv: randomUUID(),
    lukket: randomUUID(),
    indsendt: randomUUID(),
    koege: randomUUID(),
  };
  const mine = new Set<string>(Object.values(id));

  beforeAll(async () => {
    t = await freshDatabase(engine);
    await seedDemoIfEmpty(t, createCprVault(loadConfig({ LOG_LEVEL: "silent" }).cpr), undefined, "2026-11-23");
    const db = t.db;
    const borger = (bid: string, maalgruppe = "DAGPENGE") => ({
      id: bid,
      kommunekode: DEMO.roskilde,
      cpr_krypteret: "x",
      cpr_noegle_id: "test",
      cpr_hash: bid,
      fornavn: "Test",
      efternavn: "Borger",
      foedselsdato: "1990-01-01",
      koen: "M" as const,
      maalgruppe,
      uddannelse: "GRUNDSKOLE",
    });
    await db
      .insertInto("borger")
      .values([borger(P), borger(Q), borger(R, "KONTANTHJAELP_JOBPARAT"), borger(S, "SYGEDAGPENGE")])
      .execute();
    const maal = (titel: string, status: "i_gang" | "afbrudt", opdateret: string, borger_id = P) => ({
      id: randomUUID(),
      kommunekode: DEMO.roskilde,
      borger_id,
      art: "maal" as const,
      titel,
      beskrivelse: null,
      status,
      aftalt_med_borger: true,
      start: "2026-09-01",
      slut: null,
      opdateret,
    });
    await db
      .insertInto("jobplan_punkt")
      .values([
        maal("Job som lagermedarbejder", "i_gang", "2026-09-01T10:00:00Z"),
        maal("Job som kok", "afbrudt", "2026-10-01T10:00:00Z"), // broken off
        maal("Komme i gang igen", "i_gang", "2026-11-01T10:00:00Z"), // names no occupation
        maal("Job som lagermedarbejder", "i_gang", "2026-09-01T10:00:00Z", R),
        maal("Job som lagermedarbejder", "planlagt" as "i_gang", "2026-09-01T10:00:00Z", S),
      ])
      .execute();
    const udbud = (
      uid: string,
      titel: string,
      kompetencer: string[],
      x: { maalgrupper?: string[]; status?: "godkendt" | "indsendt"; kommunekode?: string; pris?: number } = {},
    ) => ({
      id: uid,
      kommunekode: x.kommunekode ?? DEMO.roskilde,
      leverandoer_id: x.kommunekode === DEMO.koege ? LEV_KOEGE : LEV_ROSKILDE,
      titel,
      beskrivelse: "Et forløb til test af forslag.",
      art: "online" as const,
      sprog: ["da"],
      niveau: "begynder" as const,
      varighed_uger: 4,
      timer_pr_uge: 10,
      kompetencer,
      maalgrupper: x.maalgrupper ?? [],
      pris_tokens: x.pris ?? 100,
      status: x.status ?? "godkendt",
      oprettet: "2026-01-01T00:00:00Z",
      opdateret: "2026-01-01T00:00:00Z",
    });
    await db
      .insertInto("udbud")
      .values([
        udbud(id.eff, "Jobsøgning der virker", []),
        udbud(id.effKj, "Kun målt for kontanthjælp", []),
        udbud(id.k3, "Lagerets grundbog", [MODTAGE, PLUKKE, BETJENE], { pris: 150 }),
        udbud(id.k1, "Løfteteknik", [LOEFTE]),
        udbud(id.neg, "Lagersystemer", [WMS]),
        udbud(id.it, "IT for begyndere", [IT]),
        udbud(id.it2, "IT igen", [IT]),
        udbud(id.aktiv, "Truck og palleløfter", [BETJENE, LOEFTE]),
        udbud(id.lukket, "Kun for kontanthjælp", [MODTAGE], { maalgrupper: ["KONTANTHJAELP_JOBPARAT"] }),
        udbud(id.indsendt, "Ikke godkendt endnu", [MODTAGE], { status: "indsendt" }),
        udbud(id.koege, "Køges lagerkursus", [MODTAGE, PLUKKE], { kommunekode: DEMO.koege }),
      ])
      .execute();
    const effekt = (
      uid: string,
      maalgruppe: string,
      i: number,
      o: number,
      k: number,
      kommunekode: string = DEMO.roskilde,
    ) => ({
      kommunekode,
      udbud_id: uid,
      maalgruppe,
      beregnet: NU,
      gennemfoert: o,
      i_arbejde_13: i,
      observeret_13: o,
      i_arbejde_26: 0,
      observeret_26: 0,
      kontrol_andel_13: k,
      kontrol_andel_26: null,
      kontrol_antal: 812,
    });
    await db
      .insertInto("udbud_effekt")
      .values([
        effekt(id.eff, "DAGPENGE", 31, 50, 0.41),
        effekt(id.effKj, "KONTANTHJAELP_JOBPARAT", 40, 40, 0.1),
        effekt(id.neg, "DAGPENGE", 10, 40, 0.3), // worse than similar citizens: suggested for its skill only
        effekt(id.koege, "DAGPENGE", 40, 40, 0.1, DEMO.koege),
      ])
      .execute();
    const tilmelding = (udbud_id: string, status: "gennemfoert" | "tilmeldt") => ({
      id: randomUUID(),
      kommunekode: DEMO.roskilde,
      udbud_id,
      borger_id: P,
      kilde: "borger" as const,
      status,
      start: "2026-10-01",
      slut: "2026-10-28",
      tilmeldt: "2026-09-30T10:00:00Z",
      tilmeldt_af: null,
      startet: null,
      afsluttet: status === "gennemfoert" ? "2026-10-28T10:00:00Z" : null,
      afmeldt_aarsag: null,
      idempotens: randomUUID(),
    });
    await db
      .insertInto("tilmelding")
      .values([tilmelding(id.it, "gennemfoert"), tilmelding(id.aktiv, "tilmeldt")])
      .execute();
  });
  afterAll(() => t?.dispose());

  const forslag = async (borgerId: string, kommunekode: string = DEMO.roskilde) =>
    (await withTenant(t.db, kommunekode, (tx) => forslagForBorger(tx, borgerId, NU, 100))).filter((x) =>
      mine.has(x.udbudId),
    );

  test("measured effect first, then the skills missing for the goal; nothing taken, closed or unapproved", async () => {
    const fs = await forslag(P);
    expect(fs.map((x) => [x.udbudId, x.kilde, x.score])).toEqual([
      [id.eff, "effekt", 21],
      [id.k3, "kompetence", 3],
      [id.k1, "kompetence", 1],
      [id.neg, "kompetence", 0.5],
    ]);
    expect(fs[0]).toMatchObject({
      titel: "Jobsøgning der virker",
      art: "online",
      prisTokens: 100,
      abonnement: false,
      grund:
        "62 % af 50 borgere, der gennemførte, var i job eller uddannelse 13 uger efter " +
        "(lignende borgere uden forløbet: 41 % af 812) – 21 procentpoint bedre.",
    });
    // the goal is the warehouse one (the later goals are broken off or name no occupation); IT is already learnt
    expect(fs[1]).toMatchObject({
      titel: "Lagerets grundbog",
      prisTokens: 150,
      grund:
        "Lærer dig 3 af de færdigheder, du mangler som lagerarbejder: modtage varer, plukke ordrer til forsendelse " +
        "og betjene palleløftere og andet lagerudstyr.",
    });
  });

  test("without a job goal only offers with a measured effect are suggested", async () => {
    expect((await forslag(Q)).map((x) => x.udbudId)).toEqual([id.eff]);
  });

  test("at most the number asked for", async () => {
    const fs = await withTenant(t.db, DEMO.roskilde, (tx) => forslagForBorger(tx, P, NU, 2));
    expect(fs.length).toBeLessThanOrEqual(2);
  });

  test("a citizen of another municipality, or no citizen, is not found", async () => {
    await expect(forslag(jonas.id)).rejects.toMatchObject({ code: "CITIZEN_NOT_FOUND" });
    await expect(forslag("ikke-et-id")).rejects.toMatchObject({ code: "CITIZEN_NOT_FOUND" });
    await expect(forslag(randomUUID())).rejects.toMatchObject({ code: "CITIZEN_NOT_FOUND" });
  });

  test("in Køge, Køge's offers only", async () => {
    const fs = await forslag(jonas.id, DEMO.koege);
    expect(fs.every((x) => x.udbudId === id.koege)).toBe(true);
  });

  test("the suggestions from the database are exactly the pure function's pick over the whole catalogue", async () => {
    // 400 more offers with close effects (differences on both sides of 0 and of 1 point), tied skill scores and prices
    let x = 7;
    const r = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    const lager = [MODTAGE, PLUKKE, BETJENE, LOEFTE, IT, WMS];
    const andre = ESCO_FAERDIGHEDER.map((s) => s.uri);
    const nye = Array.from({ length: 400 }, (_, i) => ({
      id: randomUUID(),
      kommunekode: DEMO.roskilde,
      leverandoer_id: LEV_ROSKILDE,
      titel: `Testforløb ${i}`,
      beskrivelse: "Et forløb til test af forslag.",
      art: "online" as const,
      sprog: ["da"],
      niveau: "begynder" as const,
      varighed_uger: 4,
      timer_pr_uge: 10,
      kompetencer: [...Array.from({ length: r(3) }, () => lager[r(lager.length)]!), andre[r(andre.length)]!],
      maalgrupper: r(4) === 0 ? ["KONTANTHJAELP_JOBPARAT"] : [],
      pris_tokens: [0, 50, 100][r(3)]!,
      status: "godkendt" as const,
      oprettet: "2026-01-01T00:00:00Z",
      opdateret: "2026-01-01T00:00:00Z",
    }));
    await t.db.insertInto("udbud").values(nye).execute();
    const naer = [-0.02, -0.011, -0.01, -0.005, 0, 0.003, 0.005, 0.0099, 0.01, 0.0101, 0.015, 0.02, 0.05, 0.2];
    const smaa = [-0.05, -0.02, -0.011, -0.01, -0.005, 0, 0.003, 0.0099, 0.01, 0.0101, 0.03, 0.2];
    await t.db
      .insertInto("udbud_effekt")
      .values(
        nye
          .flatMap((u) => [
            ...(r(5) > 0 ? [{ u, maalgruppe: "DAGPENGE", forskel: naer }] : []),
            ...(r(8) === 0 ? [{ u, maalgruppe: "SYGEDAGPENGE", forskel: smaa }] : []),
          ])
          .map(({ u, maalgruppe, forskel }) => {
            const o = 15 + r(40);
            const i = r(o + 1);
            return {
              kommunekode: DEMO.roskilde,
              udbud_id: u.id,
              maalgruppe,
              beregnet: NU,
              gennemfoert: o,
              i_arbejde_13: i,
              observeret_13: o,
              i_arbejde_26: 0,
              observeret_26: 0,
              kontrol_andel_13: Math.min(1, Math.max(0, i / o - forskel[r(forskel.length)]!)),
              kontrol_andel_26: null,
              kontrol_antal: 100,
            };
          }),
      )
      .execute();

    const katalog = async (maalgruppe: string): Promise<ForslagUdbud[]> =>
      (
        await withTenant(t.db, DEMO.roskilde, (tx) =>
          tx
            .selectFrom("udbud")
            .leftJoin("udbud_effekt", (j) =>
              j.onRef("udbud_effekt.udbud_id", "=", "udbud.id").on("udbud_effekt.maalgruppe", "=", maalgruppe),
            )
            .select(["udbud.id", "titel", "art", "kompetencer", "maalgrupper", "pris_tokens"])
            .select([
              "gennemfoert",
              "i_arbejde_13",
              "observeret_13",
              "i_arbejde_26",
              "observeret_26",
              "kontrol_andel_13",
              "kontrol_andel_26",
              "kontrol_antal",
            ])
            .where("udbud.status", "=", "godkendt")
            .execute(),
        )
      ).map((u) => ({
        ...u,
        effekt:
          u.observeret_13 === null
            ? null
            : {
                gennemfoert: u.gennemfoert!,
                i_arbejde_13: u.i_arbejde_13!,
                observeret_13: u.observeret_13,
                i_arbejde_26: u.i_arbejde_26!,
                observeret_26: u.observeret_26!,
                kontrol_andel_13: u.kontrol_andel_13,
                kontrol_andel_26: u.kontrol_andel_26,
                kontrol_antal: u.kontrol_antal!,
              },
      }));
    const alle = await katalog("DAGPENGE");
    const har = new Set([IT]);
    const erhverv = erhvervForMaal("Job som lagermedarbejder")!;
    const mangler = manglendeFaerdigheder(erhverv, har);
    const profil = {
      maalgruppe: "DAGPENGE",
      har,
      maal: {
        erhverv: erhverv.da,
        essentielle: mangler.essentielle.map((s) => s.uri),
        valgfrie: mangler.valgfrie.map((s) => s.uri),
      },
      aktive: new Set([id.it, id.aktiv]),
    };
    for (const antal of [1, 2, 3, 6, 12]) {
      const fra = await withTenant(t.db, DEMO.roskilde, (tx) => forslagForBorger(tx, P, NU, antal));
      const ref = foreslaa(profil, alle, antal);
      expect(fra.map(({ udbudId, kilde, grund, score }) => ({ udbudId, kilde, grund, score }))).toEqual(ref);
      const udenMaal = await withTenant(t.db, DEMO.roskilde, (tx) => forslagForBorger(tx, Q, NU, antal));
      expect(udenMaal.map((f) => f.udbudId)).toEqual(
        foreslaa({ ...profil, maal: null, har: new Set(), aktive: new Set() }, alle, antal).map((f) => f.udbudId),
      );
    }
    // no effect rows for the group: skills only, with tied scores and prices; and a group whose effects lie around 0
    const lagerMaal = manglendeFaerdigheder(erhverv, new Set());
    const frisk = {
      har: new Set<string>(),
      aktive: new Set<string>(),
      maal: {
        erhverv: erhverv.da,
        essentielle: lagerMaal.essentielle.map((s) => s.uri),
        valgfrie: lagerMaal.valgfrie.map((s) => s.uri),
      },
    };
    for (const [borgerId, maalgruppe] of [
      [R, "KONTANTHJAELP_JOBPARAT"],
      [S, "SYGEDAGPENGE"],
    ] as const) {
      const k = await katalog(maalgruppe);
      for (const antal of [1, 3, 6, 20, 60]) {
        const fra = await withTenant(t.db, DEMO.roskilde, (tx) => forslagForBorger(tx, borgerId, NU, antal));
        expect(fra.map(({ udbudId, kilde, grund, score }) => ({ udbudId, kilde, grund, score }))).toEqual(
          foreslaa({ ...frisk, maalgruppe }, k, antal),
        );
      }
    }
    const s60 = await withTenant(t.db, DEMO.roskilde, (tx) => forslagForBorger(tx, S, NU, 60));
    expect(new Set(s60.map((f) => f.kilde))).toEqual(new Set(["effekt", "kompetence"]));
  });

  test("the cached catalogue follows approvals, withdrawals and recomputed effects", async () => {
    const ids = async (borgerId: string) => (await forslag(borgerId)).map((f) => f.udbudId);
    expect(await ids(P)).toContain(id.eff);
    // a withdrawal: the offer is no longer suggested
    await t.db.updateTable("udbud").set({ status: "tilbagetrukket", opdateret: NU }).where("id", "=", id.eff).execute();
    expect(await ids(P)).not.toContain(id.eff);
    // an approval: a new offer teaching a missing skill is suggested
    const ny = randomUUID();
    await t.db
      .insertInto("udbud")
      .values({
        id: ny,
        kommunekode: DEMO.roskilde,
        leverandoer_id: LEV_ROSKILDE,
        titel: "Nyt lagerkursus",
        beskrivelse: "Et forløb til test af forslag.",
        art: "online",
        sprog: ["da"],
        niveau: "begynder",
        varighed_uger: 2,
        timer_pr_uge: 10,
        kompetencer: [MODTAGE, PLUKKE, BETJENE, LOEFTE],
        pris_tokens: 0,
        status: "indsendt",
        oprettet: NU,
        opdateret: NU,
      })
      .execute();
    mine.add(ny);
    expect(await ids(R)).not.toContain(ny);
    await t.db.updateTable("udbud").set({ status: "godkendt", opdateret: NU }).where("id", "=", ny).execute();
    // after the offer measured for R's target group, the best at teaching what R lacks: four skills, for free
    expect((await forslag(R)).filter((f) => f.kilde === "kompetence")[0]?.udbudId).toBe(ny);
    // effects: recomputed (twice at the same moment), and a row added in between
    await withTenant(t.db, DEMO.roskilde, (tx) => genberegnEffekter(tx, DEMO.roskilde, NU));
    expect(await ids(Q)).not.toContain(ny);
    await t.db
      .insertInto("udbud_effekt")
      .values({
        kommunekode: DEMO.roskilde,
        udbud_id: ny,
        maalgruppe: "DAGPENGE",
        beregnet: NU,
        gennemfoert: 40,
        i_arbejde_13: 30,
        observeret_13: 40,
        i_arbejde_26: 0,
        observeret_26: 0,
        kontrol_andel_13: 0.3,
        kontrol_andel_26: null,
        kontrol_antal: 300,
      })
      .execute();
    expect(await ids(Q)).toContain(ny);
    await withTenant(t.db, DEMO.roskilde, (tx) => genberegnEffekter(tx, DEMO.roskilde, NU));
    expect(await ids(Q)).not.toContain(ny);
  });
});
